import { z } from 'zod';
import { TRANSLATION_STATUSES } from './review-schema';

/** Kinds of Markdown block the review aligns. */
export const BLOCK_KINDS = ['heading', 'paragraph', 'list-item', 'code', 'quote', 'table', 'html', 'rule'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/**
 * One block of an article body. `from`/`to` are UTF-16 offsets into the body
 * (not the file), `line` is the 1-based body line where it starts.
 */
export const blockSchema = z.object({
  kind: z.enum(BLOCK_KINDS),
  /** Heading level 1–6, or list nesting depth (1 = item of a top-level list). */
  level: z.number().int().optional(),
  text: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  line: z.number().int(),
});
export type Block = z.infer<typeof blockSchema>;

/**
 * One row of a source/translation alignment: indices into the two block
 * lists. `missing`: the source block has no counterpart in the translation;
 * `extra`: the translation block has none in the source.
 */
export const alignedPairSchema = z.object({
  source: z.number().int().nullable(),
  target: z.number().int().nullable(),
  kind: z.enum(['match', 'missing', 'extra']),
});
export type AlignedPair = z.infer<typeof alignedPairSchema>;

/**
 * What repairs a check: a frontmatter edit (apply it with `editFields`), or a
 * replacement in the body (`from`/`to` are body offsets; it applies only
 * while the body there still reads `expected`).
 */
export const checkFixSchema = z.union([
  z.object({ path: z.array(z.string()).min(1), value: z.unknown() }),
  z.object({ path: z.array(z.string()).min(1), delete: z.literal(true) }),
  z.object({ body: z.object({ from: z.number().int().min(0), to: z.number().int().min(0), expected: z.string(), insert: z.string() }) }),
]);
export type CheckFix = z.infer<typeof checkFixSchema>;

/**
 * One consistency problem of a translation. Ids: `field:<dotted path>`,
 * `untranslated:title|description|body|block`, `lang-suffix`,
 * `translated-from`, `duplicate-lang`, `structure:headings`,
 * `structure:lists`, `links`, `images`, `length`, `repetition`, `numbers`,
 * `date`, `frontmatter`. A check about one block (or one frontmatter line)
 * carries its 1-based file `line`; such checks may fire once per block, so
 * `id` and `line` together name one.
 */
export const checkSchema = z.object({
  id: z.string(),
  message: z.string(),
  line: z.number().int().min(1).optional(),
  fix: checkFixSchema.optional(),
});
export type Check = z.infer<typeof checkSchema>;

export const languageCountsSchema = z.object({
  missing: z.number().int(),
  draft: z.number().int(),
  unreviewed: z.number().int(),
  'needs-work': z.number().int(),
  approved: z.number().int(),
  outdated: z.number().int(),
});
export type LanguageCounts = z.infer<typeof languageCountsSchema>;

/** One file as the review summary sees it. */
export const reviewRowSchema = z.object({
  path: z.string(),
  lang: z.string().nullable(),
  /** The file's translation group in its collection; null when its pairing rule places it in none. */
  groupKey: z.string().nullable(),
  isOriginal: z.boolean(),
  status: z.enum(TRANSLATION_STATUSES),
  /** Ids of the checks that fired. */
  checks: z.array(z.string()),
});
export type ReviewRow = z.infer<typeof reviewRowSchema>;

/** The shape of `copydesk review --json`. */
export const reviewSummarySchema = z.object({
  source: z.string(),
  languages: z.record(z.string(), languageCountsSchema),
  outdated: z.array(z.string()),
  inconsistent: z.array(z.object({ path: z.string(), checks: z.array(z.string()) })),
  orphans: z.array(z.string()),
});
export type ReviewSummary = z.infer<typeof reviewSummarySchema>;
