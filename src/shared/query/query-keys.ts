import { TRANSLATION_STATUSES } from '../review/review-schema';

/**
 * The filter keys the search box understands. Add a key here (and a field
 * in `QueryFilters`) to extend the syntax; the parser is driven by this table.
 */
export type ListKey = 'lang' | 'tag' | 'category' | 'collection' | 'missing' | 'status';
export type BooleanKey = 'draft' | 'invalid' | 'changed';

export interface ListKeySpec {
  type: 'list';
  /** Canonical form of a value, or null with a warning when it cannot be right. */
  normalize?: (value: string) => { value: string } | { warning: string };
}

export interface BooleanKeySpec {
  type: 'boolean';
}

export const LIST_KEYS: Record<ListKey, ListKeySpec> = {
  lang: { type: 'list' },
  tag: { type: 'list' },
  category: { type: 'list' },
  // The content model's collection a file belongs to (`collection:docs`).
  collection: { type: 'list' },
  missing: { type: 'list' },
  // A translation's review status; the index does not know it, the review service does.
  status: {
    type: 'list',
    normalize: (value) => {
      const lower = value.toLowerCase();
      return (TRANSLATION_STATUSES as readonly string[]).includes(lower)
        ? { value: lower }
        : { warning: `Unknown status "${value}" (expected ${TRANSLATION_STATUSES.join(', ')})` };
    },
  },
};

export const BOOLEAN_KEYS: Record<BooleanKey, BooleanKeySpec> = {
  draft: { type: 'boolean' },
  invalid: { type: 'boolean' },
  // Differs from the last git commit; the index does not know it, the git service does.
  changed: { type: 'boolean' },
};

export const KNOWN_KEYS: readonly string[] = [...Object.keys(LIST_KEYS), ...Object.keys(BOOLEAN_KEYS)];

export function isListKey(key: string): key is ListKey {
  return Object.hasOwn(LIST_KEYS, key);
}

export function isBooleanKey(key: string): key is BooleanKey {
  return Object.hasOwn(BOOLEAN_KEYS, key);
}

const TRUE_WORDS = new Set(['true', 'yes', '1', 'on']);
const FALSE_WORDS = new Set(['false', 'no', '0', 'off']);

export function parseBoolean(value: string): boolean | null {
  const lower = value.toLowerCase();
  if (TRUE_WORDS.has(lower)) return true;
  if (FALSE_WORDS.has(lower)) return false;
  return null;
}
