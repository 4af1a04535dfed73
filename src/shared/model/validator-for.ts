import type { z } from 'zod';
import type { ModelCollection } from './content-model';
import { jsonSchemaToZod } from './json-schema-to-zod';

const cache = new WeakMap<ModelCollection['schema'], z.ZodType>();

/**
 * The validator of a collection's frontmatter, built once per schema
 * object. Run it on the mapping the indexer parsed (js-yaml, so unquoted
 * dates are `Date`s); it fills in no defaults, so its output is its input.
 */
export function validatorFor(collection: ModelCollection): z.ZodType {
  let validator = cache.get(collection.schema);
  if (!validator) {
    validator = jsonSchemaToZod(collection.schema.json);
    cache.set(collection.schema, validator);
  }
  return validator;
}
