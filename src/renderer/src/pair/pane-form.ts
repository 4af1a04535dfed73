import type { z } from 'zod';
import type { ContentModel, ModelCollection } from '@shared/model/content-model';
import { collectionFor } from '@shared/model/collection-for';
import { validatorFor } from '@shared/model/validator-for';
import { describeForm } from '@shared/schema/describe-form';
import type { FormField } from '@shared/schema/form-description';

/** What a pane's form and lint are made of: the file's collection, its fields and its validator. */
export interface PaneForm {
  /** The collection the file belongs to; null for a file in none (or without a content model). */
  collection: ModelCollection | null;
  /** The described fields; none without a collection (every key is then listed as it is). */
  fields: readonly FormField[];
  /** The collection's validator; null checks nothing but the YAML. */
  schema: z.ZodType | null;
  /** What to know about this form: why it has no fields, or that they were inferred. */
  note: string | null;
}

const WITHOUT_MODEL: PaneForm = {
  collection: null,
  fields: [],
  schema: null,
  note: 'The site’s content model could not be read, so nothing is checked here: the fields are listed as they are; edit them in the text.',
};

const OUTSIDE_COLLECTIONS: PaneForm = {
  collection: null,
  fields: [],
  schema: null,
  note: 'This file is in no collection of the site’s content model, so nothing is required of it: its fields are listed as they are; edit them in the text.',
};

const cache = new WeakMap<ModelCollection, PaneForm>();

/**
 * The form of the file at `path` (site-relative): its collection's, from the
 * content model (`workspace.model`), so every collection of every site gets
 * its own fields and checks. The same object for the same collection, so
 * editors are not reconfigured for nothing.
 */
export function paneForm(model: ContentModel | null, path: string): PaneForm {
  if (model === null) return WITHOUT_MODEL;
  const collection = collectionFor(model, path);
  if (collection === null) return OUTSIDE_COLLECTIONS;
  let form = cache.get(collection);
  if (!form) {
    const inferred = collection.schema.source === 'inferred';
    form = {
      collection,
      fields: describeForm(collection),
      schema: validatorFor(collection),
      note: inferred ? `The ${collection.name} fields are inferred from its files: kinds from the values they use, nothing required.` : null,
    };
    cache.set(collection, form);
  }
  return form;
}

/** The pane shown while no model has answered (the warm-up): no fields, no checks, no note. */
export const EMPTY_FORM: PaneForm = { collection: null, fields: [], schema: null, note: null };
