import { z } from 'zod';
import type { Channel, EventName } from './channels';
import { retagOperationSchema } from '../retag/operation';
import { retagSummarySchema } from '../retag/plan-summary';
import { diffHunkSchema } from '../text/diff-hunk';
import { gitContract, gitProgressSchema } from './git-contract';
import { repairContract } from './repair-contract';
import { reviewContract } from './review-contract';
import { contentModelSchema } from '../model/content-model-schema';

/**
 * The contract: for each channel, the zod schema of its one input and its one
 * output. `serve()` validates both sides; handlers and clients get their types
 * from here, so there is no hand-kept declaration file.
 */

export const articleIssue = z.object({
  code: z.enum(['no-frontmatter', 'yaml-syntax', 'schema', 'encoding', 'unreadable']),
  message: z.string(),
  field: z.string().optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});

/** Paths are always relative to the workspace root, with `/` separators. */
const relPath = z.string().min(1).max(4096);

/** `checking`: a review checks translations whose checks the index does not hold yet. */
export const indexPhase = z.enum(['idle', 'scanning', 'indexing', 'fulltext', 'checking']);

export const indexProgress = z.object({
  phase: indexPhase,
  done: z.number().int(),
  total: z.number().int(),
});

export const workspaceStatus = z.object({
  root: z.string(),
  name: z.string(),
  progress: indexProgress,
  files: z.number().int(),
  articles: z.number().int(),
  invalid: z.number().int(),
  languages: z.array(z.string()),
  /** Whether this caller may switch to another folder (false over HTTP). */
  canOpenOther: z.boolean(),
});

/** Whether the open folder's own code (its content config) runs to build the content model. */
export const workspaceTrust = z.object({
  trusted: z.boolean(),
  /** The folder has a content config that runs only when trusted: trusting it changes the model. */
  canRun: z.boolean(),
  /** That content config, relative to the folder (`src/content.config.ts`); null when `canRun` is false. */
  file: z.string().nullable(),
  /** The person has answered for this folder (Trust, Not now, Revoke), so the app does not ask again. */
  asked: z.boolean(),
  /** False over HTTP: trust follows `copydesk serve`'s flag (`--no-trust`) and the page cannot change it. */
  canChange: z.boolean(),
});

export const sortOrder = z.enum(['date-desc', 'date-asc', 'relevance', 'title']);

export const articleRow = z.object({
  path: relPath,
  title: z.string(),
  lang: z.string().nullable(),
  publishedAt: z.string().nullable(),
  category: z.string().nullable(),
  tags: z.array(z.string()),
  /** The content model's collection the file belongs to (null: none). */
  collection: z.string().nullable(),
  /** The translation group within the collection, from its pairing rule (null: the rule pairs nothing). */
  groupKey: z.string().nullable(),
  isOriginal: z.boolean(),
  draft: z.boolean(),
  valid: z.boolean(),
  /** Languages present in this article's translation group (including its own). */
  groupLangs: z.array(z.string()),
  /** The group's original as `group.read` names it (null: none, or no group); the pair view reads it at once. */
  originalPath: relPath.nullable(),
  /** FTS snippet with matches wrapped in U+E000 … U+E001 (never HTML). */
  snippet: z.string().optional(),
});

export const facetValue = z.object({ value: z.string(), count: z.number().int() });

export const facets = z.object({
  lang: z.array(facetValue),
  tag: z.array(facetValue),
  category: z.array(facetValue),
  collection: z.array(facetValue),
  validity: z.array(facetValue),
});

export const groupMember = z.object({
  path: relPath,
  lang: z.string().nullable(),
  title: z.string(),
  valid: z.boolean(),
  isOriginal: z.boolean(),
});

/** Commands the native menu can ask the renderer to run. */
export const appCommand = z.enum(['save', 'save-all', 'quick-open', 'find', 'undo-bulk-edit', 'show-shortcuts', 'show-collections']);
export type AppCommand = z.output<typeof appCommand>;

export const contract = {
  'workspace.open': {
    input: z.object({ root: z.string().min(1) }),
    output: workspaceStatus,
  },
  'workspace.status': {
    input: z.object({}),
    output: workspaceStatus,
  },
  'workspace.reindex': {
    input: z.object({ full: z.boolean().default(false) }),
    output: workspaceStatus,
  },
  'workspace.recent': {
    input: z.object({}),
    output: z.object({ folders: z.array(z.string()) }),
  },
  /** Electron only: show the native folder picker, then open the chosen folder. `null` when cancelled. */
  'workspace.pick': {
    input: z.object({}),
    output: workspaceStatus.nullable(),
  },
  /** Whether the person allowed remote content (cover images) for the open folder. */
  'workspace.remoteContent': {
    input: z.object({}),
    output: z.object({ allowed: z.boolean() }),
  },
  /** Allows remote content for the open folder: the person clicked "Load remote images for this folder". */
  'workspace.allowRemoteContent': {
    input: z.object({}),
    output: z.object({ allowed: z.boolean() }),
  },
  /**
   * The open folder's content model: its collections with their schemas
   * (JSON Schema), pairing rules, languages and field roles, and the notes on
   * the sources that were tried. The form, lint and the Collections panel read it.
   */
  'workspace.model': {
    input: z.object({}),
    output: z.object({ model: contentModelSchema }),
  },
  /** Whether the open folder is trusted to run its content config, and whether that would change anything. */
  'workspace.trust': {
    input: z.object({}),
    output: workspaceTrust,
  },
  /**
   * Desktop only: the person trusts the open folder (or says not now, or
   * revokes). The content model is reloaded before the answer; the files are
   * judged again in the background (index progress shows it).
   */
  'workspace.setTrust': {
    input: z.object({ trusted: z.boolean() }),
    output: workspaceTrust,
  },
  'articles.query': {
    input: z.object({
      query: z.string().max(2000).default(''),
      sort: sortOrder.default('date-desc'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.object({
      total: z.number().int(),
      rows: z.array(articleRow),
      /** Problems understanding the query (unknown filter, bad syntax), shown to the user. */
      warnings: z.array(z.string()),
      /** Limits that cut the search short (e.g. only the first 32 different words were searched), shown to the user. */
      notices: z.array(z.string()).optional(),
    }),
  },
  'articles.facets': {
    input: z.object({ query: z.string().max(2000).default('') }),
    output: facets,
  },
  'article.read': {
    input: z.object({ path: relPath }),
    output: z.object({
      path: relPath,
      text: z.string(),
      /** sha256 of the file's bytes, hex; the write path compares against it. */
      hash: z.string(),
      mtimeMs: z.number(),
      lang: z.string().nullable(),
      collection: z.string().nullable(),
      groupKey: z.string().nullable(),
      valid: z.boolean(),
      issues: z.array(articleIssue),
    }),
  },
  'group.read': {
    /** A translation group: a collection and the group key its pairing rule gives the files (`articleRow.groupKey`). */
    input: z.object({ collection: z.string().min(1), groupKey: z.string().min(1) }),
    output: z.object({
      collection: z.string(),
      groupKey: z.string(),
      original: relPath.nullable(),
      members: z.array(groupMember),
      /** Languages of the group's collection (its valid files) this group has no file for. */
      missing: z.array(z.string()),
    }),
  },
  'tags.list': {
    input: z.object({}),
    output: z.object({
      tags: z.array(
        z.object({ tag: z.string(), count: z.number().int(), byLang: z.record(z.string(), z.number().int()) }),
      ),
    }),
  },
  'validation.report': {
    input: z.object({}),
    output: z.object({
      files: z.number().int(),
      invalid: z.array(z.object({ path: relPath, issues: z.array(articleIssue) })),
      /** Translations whose original (by their collection's pairing rule) is not in the workspace. */
      orphans: z.array(relPath),
      /** Files of one collection in the same translation group and language. */
      duplicates: z.array(z.array(relPath)),
      /** The language the path says (suffix or locale folder, by the collection's rule) disagreeing with the language field. */
      langMismatches: z.array(z.object({ path: relPath, lang: z.string(), suffix: z.string() })),
      /** Groups with an original and no file in some of their collection's languages (lower case; never the source's), as the Review tab counts them. */
      missing: z.array(z.object({ collection: z.string(), groupKey: z.string(), langs: z.array(z.string()) })),
    }),
  },
  /** Quick open: fuzzy match on title and path across the whole index, best first. */
  'articles.find': {
    input: z.object({ text: z.string().max(500), limit: z.number().int().min(1).max(100).default(30) }),
    output: z.object({
      results: z.array(z.object({ path: relPath, title: z.string(), lang: z.string().nullable(), valid: z.boolean() })),
    }),
  },
  /**
   * Writes an editor's text back, validated and atomically. Refused with
   * `invalid-article` (issues attached) when the text is invalid, and with
   * `conflict` when the file on disk no longer has `baseHash` (unless `force`).
   */
  'article.save': {
    input: z.object({
      path: relPath,
      text: z.string(),
      /** Hash the editor loaded (`article.read`'s hash); null for a file that was deleted on disk and is saved again. */
      baseHash: z.string().nullable(),
      /** Overwrite even though the disk changed (the user chose "overwrite"). */
      force: z.boolean().default(false),
      /** Set `updatedAt` to now, in the format already in the file, when the text changed. */
      touchUpdatedAt: z.boolean().default(true),
    }),
    output: z.object({
      path: relPath,
      /** False when the text equals the disk: nothing was written. */
      written: z.boolean(),
      hash: z.string(),
      mtimeMs: z.number(),
      /** The text as written; differs from the input when `updatedAt` was touched. */
      text: z.string(),
    }),
  },
  /** Computes a bulk retag plan and holds it in the main process under an id. Writes nothing. */
  'retag.plan': {
    input: z.object({
      selection: z.union([z.object({ query: z.string().max(2000) }), z.object({ paths: z.array(relPath).max(200_000) })]),
      /** Extend the selection to whole translation groups. */
      groups: z.boolean().default(false),
      operation: retagOperationSchema,
    }),
    output: z.object({
      planId: z.string(),
      summary: retagSummarySchema,
      /** Files in the selection (after group extension). */
      selected: z.number().int(),
    }),
  },
  /** A page of a plan's per-file results with the exact line diffs. */
  'retag.preview': {
    input: z.object({
      planId: z.string(),
      status: z.enum(['changed', 'unchanged', 'skipped']).default('changed'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.object({
      total: z.number().int(),
      files: z.array(
        z.object({
          path: relPath,
          status: z.enum(['changed', 'unchanged', 'skipped']),
          reason: z.string().optional(),
          message: z.string().optional(),
          hunks: z.array(diffHunkSchema),
        }),
      ),
    }),
  },
  /** Applies a plan: re-checks each file's hash, writes atomically, journals old bytes. Progress via `retag.progress`. */
  'retag.apply': {
    input: z.object({ planId: z.string() }),
    output: z.object({
      journalId: z.string(),
      changed: z.array(relPath),
      skipped: z.array(z.object({ path: relPath, reason: z.string(), message: z.string() })),
      failed: z.array(z.object({ path: relPath, message: z.string() })),
      cancelled: z.boolean(),
    }),
  },
  'retag.cancel': {
    input: z.object({ planId: z.string() }),
    output: z.object({ cancelled: z.boolean() }),
  },
  /** Restores the bytes a batch replaced; files edited since are skipped. Latest batch when no id. */
  'retag.undo': {
    input: z.object({ journalId: z.string().optional() }),
    output: z.object({
      journalId: z.string(),
      restored: z.array(relPath),
      skipped: z.array(z.object({ path: relPath, reason: z.string() })),
      /** False while a skipped file may still be restored (not writable, journal damaged): the batch stays undoable. */
      complete: z.boolean(),
    }),
  },
  'retag.journals': {
    input: z.object({}),
    output: z.object({
      journals: z.array(
        z.object({
          id: z.string(),
          at: z.string(),
          description: z.string(),
          files: z.number().int(),
          undone: z.boolean(),
        }),
      ),
    }),
  },
  /** Every tag and category with counts in total and per language; case/spacing variants grouped and flagged. */
  'taxonomy.list': {
    input: z.object({ matchCase: z.enum(['exact', 'insensitive']).default('insensitive') }),
    output: z.object({
      /** The fields the rows come from: the collections' tag list and category roles (`roleFieldNames`); [] when none has one. */
      fields: z.object({ tags: z.array(z.string()), category: z.array(z.string()) }),
      tags: z.array(
        z.object({
          key: z.string(),
          variants: z.array(z.object({ tag: z.string(), count: z.number().int() })),
          total: z.number().int(),
          byLang: z.record(z.string(), z.number().int()),
          flags: z.array(z.enum(['single-use', 'case-variants', 'spacing-variants'])),
        }),
      ),
      categories: z.array(
        z.object({
          /** The most used spelling. */
          category: z.string(),
          variants: z.array(z.object({ tag: z.string(), count: z.number().int() })),
          total: z.number().int(),
          byLang: z.record(z.string(), z.number().int()),
          flags: z.array(z.enum(['single-use', 'case-variants', 'spacing-variants'])),
        }),
      ),
    }),
  },
  ...reviewContract,
  ...repairContract,
  ...gitContract,
  /**
   * The languages of the articles open in the window, so the spell checker
   * follows them (Electron: the session's dictionaries; a browser checks by
   * each field's `lang` on its own). Answers the dictionaries now in use.
   */
  'spellcheck.languages': {
    input: z.object({ langs: z.array(z.string().max(35)).max(32) }),
    output: z.object({ checker: z.enum(['electron', 'browser']), languages: z.array(z.string()) }),
  },
} satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type HandlerInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const events = {
  'index.progress': indexProgress,
  /** The index was damaged: its files were moved aside and it is rebuilt from the articles. Sent once per rebuild. `movedTo`: file names of the copies, beside the index. */
  'index.recovered': z.object({ message: z.string(), movedTo: z.array(z.string()) }),
  'workspace.changed': z.object({ changed: z.array(relPath), removed: z.array(relPath) }),
  /** Another folder was opened (menu, recent list): the window switches without reloading. */
  'workspace.opened': workspaceStatus,
  'retag.progress': z.object({ planId: z.string(), done: z.number().int(), total: z.number().int() }),
  /** A menu item was chosen (Electron); the renderer runs the same command as its keyboard shortcut. */
  'app.command': z.object({ command: appCommand }),
  /** A line of git's progress during a pull or push. */
  'git.progress': gitProgressSchema,
} satisfies Record<EventName, z.ZodType>;

export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export type WorkspaceStatus = ChannelOutput<'workspace.status'>;
export type ArticleRow = z.output<typeof articleRow>;
export type Facets = z.output<typeof facets>;
export type IndexProgress = z.output<typeof indexProgress>;
