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
  externalId: string | null;
  translatedFrom: string | null;
  draft: number;
  sentiment: string | null;
  valid: number;
  description: string | null;
  bodyLine: number;
}

export const ROW_COLUMNS = `a.id, a.path, a.title, a.lang, a.published_at AS publishedAt, a.category,
  a.external_id AS externalId, a.translated_from AS translatedFrom, a.draft, a.sentiment, a.valid,
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

  const externalIds = [...new Set(rows.flatMap((row) => (row.externalId === null ? [] : [row.externalId])))];
  const groups = groupFacts(statements, externalIds);

  const highlight = snippetTerms(terms);
  return rows.map((row) => {
    const snippet =
      highlight.length === 0
        ? null
        : (makeSnippet(readBody(row.path, row.bodyLine), highlight) ?? makeSnippet(row.description ?? '', highlight));
    const ownLangs = row.lang === null ? [] : [row.lang];
    return {
      path: row.path,
      title: row.title,
      lang: row.lang,
      publishedAt: row.publishedAt,
      category: row.category,
      tags: tags.get(row.id) ?? [],
      externalId: row.externalId,
      isOriginal: row.translatedFrom === null,
      draft: row.draft === 1,
      sentiment: row.sentiment,
      valid: row.valid === 1,
      groupLangs: row.externalId === null ? ownLangs : (groups.get(row.externalId)?.langs ?? ownLangs),
      originalPath: row.externalId === null ? null : (groups.get(row.externalId)?.original ?? null),
      ...(snippet !== null && { snippet }),
    };
  });
}

/**
 * Per externalId on the page: the languages present (distinct, sorted) and
 * the original's path as `group.read` would name it (null when there is
 * none or it is ambiguous), so the pair view can read both files at once.
 */
function groupFacts(statements: StatementCache, externalIds: string[]): Map<string, { langs: string[]; original: string | null }> {
  const members = statements
    .get<GroupInput>(
      `SELECT path, lang, external_id AS externalId, translated_from AS translatedFrom, valid = 1 AS valid FROM articles
       WHERE external_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(externalIds))
    .map((member) => ({ ...member, valid: Boolean(member.valid) }));
  const facts = new Map<string, { langs: string[]; original: string | null }>();
  for (const group of analyzeGroups(members).groups) {
    const langs = [...new Set(group.members.flatMap((member) => (member.lang === null ? [] : [member.lang])))].sort();
    facts.set(group.externalId, { langs, original: group.original });
  }
  return facts;
}
