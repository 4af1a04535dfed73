import type { ArticleIssue } from '@shared/errors';
import type { GroupInput } from '../core/translation-groups';
import type { IndexDatabase } from './open-database';

/** Counts over the whole index; "articles", languages and tags count valid files only. */
export interface IndexCounts {
  files: number;
  articles: number;
  invalid: number;
  languages: Record<string, number>;
  groups: number;
  tags: Record<string, number>;
}

export interface GroupMemberRow {
  path: string;
  lang: string | null;
  pathLang: string | null;
  title: string;
  valid: boolean;
  translatedFrom: string | null;
}

export interface TagCount {
  tag: string;
  count: number;
  byLang: Record<string, number>;
}

/** One file as quick open lists it. */
export interface FileEntry {
  path: string;
  title: string;
  lang: string | null;
  valid: boolean;
}

/** Whole-index reads: summary counts, tags, groups and invalid files. */
export class ArticleReports {
  constructor(private readonly db: IndexDatabase) {}

  counts(): IndexCounts {
    const totals = this.db
      .prepare<[], { files: number; articles: number | null; groups: number }>(
        // A group is (collection, group_key); NUL joins them (it occurs in neither).
        `SELECT count(*) AS files, sum(valid) AS articles,
           count(DISTINCT CASE WHEN valid = 1 AND group_key IS NOT NULL THEN ifnull(collection, '') || char(0) || group_key END) AS groups
         FROM articles`,
      )
      .get();
    const files = totals?.files ?? 0;
    const articles = totals?.articles ?? 0;
    return {
      files,
      articles,
      invalid: files - articles,
      languages: Object.fromEntries(this.languageCounts().map(({ lang, count }) => [lang, count])),
      groups: totals?.groups ?? 0,
      tags: Object.fromEntries(this.tagList().map(({ tag, count }) => [tag, count])),
    };
  }

  /** Languages of valid articles, most frequent first. */
  languageCounts(): { lang: string; count: number }[] {
    return this.db
      .prepare<[], { lang: string; count: number }>(
        `SELECT lang, count(*) AS count FROM articles WHERE valid = 1 AND lang IS NOT NULL
         GROUP BY lang ORDER BY count DESC, lang`,
      )
      .all();
  }

  /** Languages of the valid articles of one collection. */
  collectionLanguages(collection: string): string[] {
    return this.db
      .prepare<[string], string>('SELECT DISTINCT lang FROM articles WHERE collection = ? AND valid = 1 AND lang IS NOT NULL')
      .pluck()
      .all(collection);
  }

  /** Tags of valid articles with counts, overall and per language; most used first. */
  tagList(): TagCount[] {
    const rows = this.db
      .prepare<[], { tag: string; lang: string | null; count: number }>(
        // Spellings are kept apart (BINARY) so the taxonomy can show `Mining` and `MINING` as variants.
        'SELECT tag, lang, count(*) AS count FROM article_tags WHERE valid = 1 GROUP BY tag COLLATE BINARY, lang',
      )
      .all();
    const byTag = new Map<string, TagCount>();
    for (const { tag, lang, count } of rows) {
      let entry = byTag.get(tag);
      if (!entry) {
        entry = { tag, count: 0, byLang: {} };
        byTag.set(tag, entry);
      }
      entry.count += count;
      if (lang !== null) entry.byLang[lang] = (entry.byLang[lang] ?? 0) + count;
    }
    return [...byTag.values()].sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  }

  /** Categories of valid articles with counts, overall and per language, each spelling apart (BINARY) like tags; most used first. */
  categoryList(): TagCount[] {
    const rows = this.db
      .prepare<[], { category: string; lang: string | null; count: number }>(
        'SELECT category, lang, count(*) AS count FROM articles WHERE valid = 1 AND category IS NOT NULL GROUP BY category COLLATE BINARY, lang',
      )
      .all();
    const byCategory = new Map<string, TagCount>();
    for (const { category, lang, count } of rows) {
      let entry = byCategory.get(category);
      if (!entry) {
        entry = { tag: category, count: 0, byLang: {} };
        byCategory.set(category, entry);
      }
      entry.count += count;
      if (lang !== null) entry.byLang[lang] = (entry.byLang[lang] ?? 0) + count;
    }
    return [...byCategory.values()].sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  }

  /** Every file of one translation group (a collection's group key), sorted by path (valid or not). */
  groupMembers(collection: string, groupKey: string): GroupMemberRow[] {
    return this.db
      .prepare<[string, string], Omit<GroupMemberRow, 'valid'> & { valid: number }>(
        `SELECT path, lang, path_lang AS pathLang, title, valid, translated_from AS translatedFrom FROM articles
         WHERE collection = ? AND group_key = ? ORDER BY path`,
      )
      .all(collection, groupKey)
      .map((row) => ({ ...row, valid: row.valid === 1 }));
  }


  /** What translation pairing and counting need (`analyzeGroups`), for every file. */
  groupInputs(): GroupInput[] {
    return this.db
      .prepare<[], [string, string | null, string | null, string | null, string | null, string | null, number, number]>(
        // Unreadable: its frontmatter is missing or is not YAML (the two issue codes that say so), so its path must place it.
        `SELECT path, collection, lang, path_lang, group_key, translated_from, valid,
           valid = 0 AND (errors LIKE '%"code":"no-frontmatter"%' OR errors LIKE '%"code":"yaml-syntax"%') AS unreadable
         FROM articles`,
      )
      .raw()
      .all()
      .map(([path, collection, lang, pathLang, groupKey, translatedFrom, valid, unreadable]) => ({
        path,
        collection,
        lang,
        pathLang,
        groupKey,
        translatedFrom,
        valid: valid === 1,
        ...(unreadable === 1 && { readable: false }),
      }));
  }

  /** Every file's path, title, language and validity, newest first (undated last), one at a time. */
  *fileEntries(): Generator<FileEntry> {
    for (const [path, title, lang, valid] of this.db
      .prepare<[], [string, string, string | null, number]>(
        'SELECT path, title, lang, valid FROM articles ORDER BY published_at IS NULL, published_at DESC, path',
      )
      .raw()
      .iterate()) {
      yield { path, title, lang, valid: valid === 1 };
    }
  }

  /** Invalid files with their issues, sorted by path. */
  invalidFiles(): { path: string; issues: ArticleIssue[] }[] {
    return this.db
      .prepare<[], { path: string; errors: string | null }>(
        'SELECT path, errors FROM articles WHERE valid = 0 ORDER BY path',
      )
      .all()
      .map(({ path, errors }) => ({ path, issues: errors === null ? [] : (JSON.parse(errors) as ArticleIssue[]) }));
  }
}
