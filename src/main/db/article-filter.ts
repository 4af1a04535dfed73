import type { QueryFilters } from '@shared/query/parse-query';
import { MATCH_IDS_SQL, matchParams } from './fulltext-match';

export type { QueryFilters } from '@shared/query/parse-query';

/** A SQL condition over `articles a` and its parameters, in order. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/**
 * The row's translation group (same collection and group key) has no file
 * in language `?` (given twice). A file in no group is a group of one: it
 * lacks every language but its own.
 */
const LACKS_LANG = `(CASE WHEN a.group_key IS NULL OR a.collection IS NULL THEN a.lang IS NULL OR a.lang <> ? COLLATE NOCASE
  ELSE NOT EXISTS (SELECT 1 FROM articles m WHERE m.collection = a.collection AND m.group_key = a.group_key
    AND m.lang = ? COLLATE NOCASE) END)`;

/**
 * Limits a query to (or, with `exclude`, away from) a set of paths decided
 * outside the index, e.g. by translation review status.
 */
export interface PathRestriction {
  paths: readonly string[];
  exclude?: boolean;
}

const placeholders = (values: readonly unknown[]): string => values.map(() => '?').join(', ');

/**
 * Turns query filters (and an optional FTS5 MATCH expression) into one WHERE
 * condition over `articles a`. Values of one filter are alternatives (OR);
 * different filters must all hold (AND); negated values (`-tag:x`) are all
 * excluded. Text values compare case-insensitively. `status` filters are not
 * columns: the caller turns them into `restrict`.
 */
export function buildArticleFilter(filters: QueryFilters, match: string | null, restrict?: PathRestriction): SqlCondition {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]): void => {
    parts.push(sql);
    params.push(...values);
  };

  const { not } = filters;
  for (const column of ['lang', 'category', 'collection'] as const) {
    const values = filters[column];
    if (values.length > 0) add(`a.${column} COLLATE NOCASE IN (${placeholders(values)})`, ...values);
    const excluded = not[column];
    if (excluded.length > 0) {
      add(`(a.${column} IS NULL OR a.${column} COLLATE NOCASE NOT IN (${placeholders(excluded)}))`, ...excluded);
    }
  }
  if (filters.tag.length > 0) {
    add(`a.id IN (SELECT article_id FROM article_tags WHERE tag IN (${placeholders(filters.tag)}))`, ...filters.tag);
  }
  if (not.tag.length > 0) {
    add(`a.id NOT IN (SELECT article_id FROM article_tags WHERE tag IN (${placeholders(not.tag)}))`, ...not.tag);
  }
  if (filters.draft !== null) add('a.draft = ?', filters.draft ? 1 : 0);
  if (filters.invalid !== null) add('a.valid = ?', filters.invalid ? 0 : 1);
  if (filters.missing.length > 0) {
    add(`(${filters.missing.map(() => LACKS_LANG).join(' OR ')})`, ...filters.missing.flatMap((lang) => [lang, lang]));
  }
  for (const lang of not.missing) add(`NOT ${LACKS_LANG}`, lang, lang);
  // Excluding nothing is no condition: keeps the unfiltered fast paths open.
  if (restrict && !(restrict.exclude && restrict.paths.length === 0)) {
    add(`a.path ${restrict.exclude ? 'NOT IN' : 'IN'} (SELECT value FROM json_each(?))`, JSON.stringify(restrict.paths));
  }
  if (match !== null) add(`a.id IN (${MATCH_IDS_SQL})`, ...matchParams(match));

  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}
