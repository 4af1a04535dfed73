import { z } from 'zod';
import {
  alignedPairSchema,
  blockSchema,
  checkSchema,
  REVIEW_STATES,
  REVIEW_STATUSES,
  reviewSummarySchema,
  TRANSLATION_STATUSES,
} from '../review';

/**
 * The review channels' schemas, spread into `contract` (src/shared/ipc/contract.ts).
 * Kept in their own file so the review domain reads in one place.
 */

const relPath = z.string().min(1).max(4096);
const langCode = z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Expected a language code such as uk, pt or pt-BR');

/** What one cell of the groups × languages matrix shows. `original`: the group's original is in that language. */
export const REVIEW_CELL_STATUSES = ['original', 'missing', ...TRANSLATION_STATUSES] as const;
export type ReviewCellStatus = (typeof REVIEW_CELL_STATUSES)[number];

export const reviewCellSchema = z.object({
  status: z.enum(REVIEW_CELL_STATUSES),
  /** The file of that language (the first by path when there are duplicates); null when missing. */
  path: relPath.nullable(),
  /** Ids of the consistency checks that fired; non-empty means "inconsistent". */
  checks: z.array(z.string()),
  /** The reviewer's `review.note` (why it needs work, or why it was approved anyway). */
  note: z.string().optional(),
});
export type ReviewCell = z.infer<typeof reviewCellSchema>;

/** One translation group (the files its collection's pairing rule puts together) as a matrix row. */
export const reviewGroupSchema = z.object({
  /** The collection the group is in: group keys are unique within one collection only. */
  collection: z.string(),
  /** The group's key under its collection's pairing rule (a shared key's value, a path without its language). */
  groupKey: z.string(),
  /** The original's path; null for a group of translations only (orphans). */
  original: relPath.nullable(),
  title: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** By target language; a language the group has no file in and no original for is absent. */
  cells: z.record(z.string(), reviewCellSchema),
});
export type ReviewGroup = z.infer<typeof reviewGroupSchema>;

/** A translation's `review` field as read (the time always as an ISO string). */
export const reviewFieldSchema = z.object({
  status: z.enum(REVIEW_STATES),
  sourceHash: z.string().optional(),
  at: z.string().optional(),
  note: z.string().optional(),
});

/** A reviewer's note: why a translation needs work, or why it was approved despite a refusal. */
const reviewNote = z.string().trim().min(1, 'Write a note saying why').max(2000);

/**
 * A body split into blocks, without their text (the editor has it; a 1.5 MB
 * article would send it twice). Block offsets are into the body: file offset
 * = `bodyFrom + block.from`, file line = `bodyLine + block.line - 1`.
 */
export const bodyBlocksSchema = z.object({
  bodyFrom: z.number().int(),
  bodyLine: z.number().int(),
  blocks: z.array(blockSchema.omit({ text: true })),
});

/**
 * What changed in the source since approval. `git`: the approved version
 * came from the commit whose source hash matches (show a merge view of the
 * two texts). `blocks`: no such commit; indices into `sourceBody.blocks` of
 * the blocks changed or added since approval (from `review.blocks`). `unknown`:
 * neither is available.
 */
export const sourceChangesSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('git'), commit: z.string(), approvedSource: z.string(), currentSource: z.string() }),
  z.object({ mode: z.literal('blocks'), changedBlocks: z.array(z.number().int()) }),
  z.object({ mode: z.literal('unknown') }),
]);
export type SourceChanges = z.infer<typeof sourceChangesSchema>;

/**
 * One side of a pair: the sha256 of its bytes as analysed (pass as `baseHash`).
 * No text: the pane that shows the file has read it, and applies the blocks
 * only while its own base hash is this one.
 */
const pairFile = z.object({ path: relPath, lang: z.string().nullable(), hash: z.string() });

const reviewWrite = z.object({
  path: relPath,
  /** sha256 of the file's bytes after the write: the new `baseHash`. */
  hash: z.string(),
  status: z.enum(TRANSLATION_STATUSES),
  review: reviewFieldSchema,
});

export const reviewContract = {
  /** Review overview: per-language counts, lists for CI, and one page of the groups × languages matrix. */
  'review.summary': {
    input: z.object({
      /** Target languages (other languages' translations are then left out of the lists); default: every language in the folder except the source language. */
      langs: z.array(langCode).max(100).optional(),
      /** The language originals are written in, for every collection; default: each collection's own source language. */
      sourceLang: langCode.optional(),
      /** Only groups with a cell of this status (`inconsistent`: a cell whose checks fired). */
      status: z.enum(REVIEW_STATUSES).optional(),
      /** Only look at this language's cells when filtering by status. */
      lang: langCode.optional(),
      /** Case-insensitive text in the title, group key or a member's path. */
      query: z.string().max(2000).default(''),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.object({
      summary: reviewSummarySchema,
      sourceLang: z.string(),
      langs: z.array(z.string()),
      /** Groups matching the filters (before paging). */
      total: z.number().int(),
      groups: z.array(reviewGroupSchema),
      /** Files left out because their frontmatter cannot be read (`copydesk validate` explains why). */
      skipped: z.array(relPath),
    }),
  },
  /** A translation beside its source: blocks, their alignment, checks, status, and what changed in the source. */
  'review.pair': {
    input: z.object({ path: relPath }),
    output: z.object({
      translation: pairFile,
      source: pairFile.extend({ contentHash: z.string().nullable() }).nullable(),
      status: z.enum(TRANSLATION_STATUSES),
      review: reviewFieldSchema.nullable(),
      /** Why a present `review` field was ignored (malformed); null when fine. */
      reviewWarning: z.string().nullable(),
      translationBody: bodyBlocksSchema,
      sourceBody: bodyBlocksSchema.nullable(),
      /** Indices into `sourceBody.blocks` / `translationBody.blocks`. */
      alignment: z.array(alignedPairSchema),
      checks: z.array(checkSchema),
      /** Why Approve is refused now (a draft, an invalid file, blocking checks); empty when it is not. */
      approvalBlockers: z.array(z.string()),
      /** Set when the translation is outdated. */
      changes: sourceChangesSchema.nullable(),
    }),
  },
  /**
   * Records approval: review.status approved, sourceHash, at, blocks. `refused` while the translation is a
   * draft, invalid or has a blocking check, unless `anyway` with a `note` (stored as review.note).
   * `conflict` when the file no longer has `baseHash`.
   */
  'review.approve': {
    input: z.object({ path: relPath, baseHash: z.string().optional(), anyway: z.boolean().optional(), note: reviewNote.optional() }),
    output: reviewWrite,
  },
  /** Marks a translation needs-work with the reviewer's note (review.note). */
  'review.needsWork': {
    input: z.object({ path: relPath, baseHash: z.string().optional(), note: reviewNote }),
    output: reviewWrite,
  },
  /** Applies one check's fix (a field copied from the source, or a figure written into the body) with a minimal edit. `line` picks one of several checks of that id. */
  'review.fix': {
    input: z.object({ path: relPath, checkId: z.string().min(1), line: z.number().int().min(1).optional(), baseHash: z.string().optional() }),
    output: z.object({ path: relPath, hash: z.string(), checks: z.array(checkSchema) }),
  },
  /**
   * Creates the `lang` translation of an original where its collection's pairing rule puts it, as a draft copy.
   * Never overwrites (`conflict`). `dryRun`: only says where it would go (and refuses as the real run would), writing nothing.
   */
  'review.createTranslation': {
    input: z.object({ path: relPath, lang: langCode, dryRun: z.boolean().optional() }),
    /** `hash`: sha256 of the bytes written (with `dryRun`, of the bytes that would be). */
    output: z.object({ path: relPath, hash: z.string() }),
  },
  /** The next translation (by path, wrapping around) with this status, after `after`; null when none. */
  'review.queue': {
    input: z.object({
      status: z.enum(['outdated', 'unreviewed', 'needs-work']),
      after: relPath.optional(),
      lang: langCode.optional(),
      langs: z.array(langCode).max(100).optional(),
      sourceLang: langCode.optional(),
    }),
    output: z.object({ path: relPath.nullable(), remaining: z.number().int(), /** The next translation's review.note. */ note: z.string().nullable() }),
  },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

/** The review channel names, in the order they are listed in CHANNELS. */
export type ReviewChannel = keyof typeof reviewContract;
