import type { ArticleRow } from '@shared/ipc/contract';
import { analyzeGroups, type GroupInput } from '../core/translation-groups';
import { makeSnippet, snippetTerms } from './fulltext-snippet';
import type { StatementCache } from './statement-cache';

/** The columns of one list row as `ROW_COLUMNS` selects them. */
export interface RowData {
  id: number;
  path: string;
  title: string;
  lang: string | null;
  publishedAt: string | null;
  category: string | null;
  collection: string | null;
  groupKey: string | null;
  translatedFrom: string | null;
  draft: number;
  valid: number;
  description: string | null;
  bodyLine: number;
}

export const ROW_COLUMNS = `a.id, a.path, a.title, a.lang, a.published_at AS publishedAt, a.category,
  a.collection, a.group_key AS groupKey, a.translated_from AS translatedFrom, a.draft, a.valid,
  a.description, a.body_line AS bodyLine`;

/**
 * The body of an indexed file as it is on disk now ('' when unreadable).
 * The full-text index is contentless, so snippets come from the files.
 */
export type BodyReader = (path: string, bodyLine: number) => string;

/**
 * Adds tags, group languages and snippets to a page of rows, with one query
 * each for the whole page; snippets read each row's file (a page is 20–100
 * files, a few hundred microseconds).
 */
export function decorateRows(
  statements: StatementCache,
  rows: RowData[],
  terms: string[],
  readBody: BodyReader,
): ArticleRow[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((row) => row.id));
  const tags = new Map<number, string[]>();
  for (const { id, tag } of statements
    .get<{ id: number; tag: string }>(
      'SELECT article_id AS id, tag FROM article_tags WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY tag',
    )
    .all(ids)) {
    const list = tags.get(id);
    if (list) list.push(tag);
    else tags.set(id, [tag]);
  }

  const groups = groupFacts(statements, rows);

  const highlight = snippetTerms(terms);
  return rows.map((row) => {
    const snippet =
      highlight.length === 0
        ? null
        : (makeSnippet(readBody(row.path, row.bodyLine), highlight) ?? makeSnippet(row.description ?? '', highlight));
    const ownLangs = row.lang === null ? [] : [row.lang];
    const group = groupOf(row) === null ? undefined : groups.get(groupOf(row) ?? '');
    return {
      path: row.path,
      title: row.title,
      lang: row.lang,
      publishedAt: row.publishedAt,
      category: row.category,
      tags: tags.get(row.id) ?? [],
      collection: row.collection,
      groupKey: row.groupKey,
      isOriginal: row.translatedFrom === null,
      draft: row.draft === 1,
      valid: row.valid === 1,
      groupLangs: group?.langs ?? ownLangs,
      originalPath: group?.original ?? null,
      ...(snippet !== null && { snippet }),
    };
  });
}

/** A row's group as one string (collection and group key joined by NUL), or null when it is in none. */
function groupOf(row: Pick<RowData, 'collection' | 'groupKey'>): string | null {
  return row.collection === null || row.groupKey === null ? null : `${row.collection}\u0000${row.groupKey}`;
}

/**
 * Per group on the page: the languages present (distinct, sorted) and the
 * original's path as `group.read` would name it (null when there is none),
 * so the pair view can read both files at once.
 */
function groupFacts(statements: StatementCache, rows: RowData[]): Map<string, { langs: string[]; original: string | null }> {
  const wanted = [...new Map(rows.flatMap((row) => (groupOf(row) === null ? [] : [[groupOf(row), [row.collection, row.groupKey]] as const]))).values()];
  const members = statements
    .get<GroupInput>(
      `SELECT a.path, a.collection, a.lang, a.path_lang AS pathLang, a.group_key AS groupKey, a.translated_from AS translatedFrom,
         a.valid = 1 AS valid
       FROM json_each(?) j JOIN articles a ON a.collection = j.value ->> 0 AND a.group_key = j.value ->> 1`,
    )
    .all(JSON.stringify(wanted))
    .map((member) => ({ ...member, valid: Boolean(member.valid) }));
  const facts = new Map<string, { langs: string[]; original: string | null }>();
  for (const group of analyzeGroups(members).groups) {
    const langs = [...new Set(group.members.flatMap((member) => (member.lang === null ? [] : [member.lang])))].sort();
    facts.set(`${group.collection}\u0000${group.groupKey}`, { langs, original: group.original });
  }
  return facts;
}
