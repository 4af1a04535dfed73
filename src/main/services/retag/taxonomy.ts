import type { ChannelOutput, HandlerInput } from '@shared/ipc/contract';
import { roleFieldNames } from '@shared/model/role-fields';
import { groupTagVariants, type TagCount, type TagGroup } from '../../core/retag';
import type { Workspace } from '../workspace';

export type TaxonomyResult = ChannelOutput<'taxonomy.list'>;
type MatchCase = HandlerInput<'taxonomy.list'>['matchCase'];

/** One row per spelling: `exact` matching treats `Mining` and `MINING` as two tags. */
function exactRows(tags: readonly TagCount[]): TagGroup[] {
  return tags.map(({ tag, count, byLang }) => ({
    key: tag,
    variants: [{ tag, count }],
    total: count,
    byLang: { ...byLang },
    flags: count === 1 ? ['single-use'] : [],
  }));
}

const rowsOf = (counts: readonly TagCount[], matchCase: MatchCase): TagGroup[] => (matchCase === 'insensitive' ? groupTagVariants(counts) : exactRows(counts));

/**
 * Categories get what tags have: spellings that differ in case or spacing
 * grouped (when matching ignores case) and flagged, used-once flagged; the
 * row is named by its most used spelling.
 */
function categoryRows(ws: Workspace, matchCase: MatchCase): TaxonomyResult['categories'] {
  return rowsOf(ws.categories(), matchCase).map(({ variants, total, byLang, flags }) => ({ category: variants[0]?.tag ?? '', variants, total, byLang, flags }));
}

/**
 * The taxonomy view: the values of the collections' tag list and category
 * fields (their roles in the content model), variants grouped when matching
 * ignores case, with counts, and the names of those fields for the labels.
 * A role no collection has lists nothing, whatever the files hold under a
 * field of that name: bulk edits would skip every file anyway.
 */
export async function listTaxonomy(ws: Workspace, input: HandlerInput<'taxonomy.list'>): Promise<TaxonomyResult> {
  const model = await ws.contentModel();
  const fields = { tags: roleFieldNames(model, 'tags'), category: roleFieldNames(model, 'category') };
  return {
    fields,
    tags: fields.tags.length === 0 ? [] : rowsOf(ws.tags().tags, input.matchCase),
    categories: fields.category.length === 0 ? [] : categoryRows(ws, input.matchCase),
  };
}
