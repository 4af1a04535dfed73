import { z } from 'zod';
import type { FieldMeta } from './form-description';

/**
 * The default "news article" frontmatter schema. It validates what a YAML
 * parser produced; it never produces what gets written (zod output drops or
 * coerces values, and files must keep theirs).
 */

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

// zod's `.meta()` takes an index-signature type, which an interface is not assignable to.
const meta = (m: FieldMeta): FieldMeta & Record<string, unknown> => ({ ...m });

/** js-yaml turns unquoted dates into `Date`; the `yaml` package keeps strings. Accept both. */
const dateTime = z.union([
  z.date().refine((d) => !Number.isNaN(d.getTime()), 'Not a valid date'),
  z
    .string()
    .regex(ISO_DATE_TIME, { message: 'Expected an ISO 8601 date-time such as 2026-01-31T18:04:41.000Z', abort: true })
    .refine((s) => !Number.isNaN(Date.parse(s)), 'Not a real calendar date'),
]);

/** `externalId: 57619983` (a YAML number) means the same as `'57619983'`. */
const idString = z.union([z.string().min(1, 'Must not be empty'), z.number().int()]);

const url = z.string().url('Expected a URL such as https://example.com/image.jpg');

export const SENTIMENTS = ['POSITIVE', 'NEGATIVE', 'NEUTRAL'] as const;

export const articleSchema = z.looseObject({
  title: z.string().trim().min(1, 'Title must not be empty').meta(meta({ kind: 'text', label: 'Title' })),
  description: z.string().optional().meta(meta({ kind: 'longtext', label: 'Description' })),
  publishedAt: dateTime.meta(meta({ kind: 'datetime', label: 'Published' })),
  updatedAt: dateTime.optional().meta(meta({ kind: 'datetime', label: 'Updated' })),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Expected a language code such as en, uk or pt-BR')
    .meta(meta({ kind: 'text', label: 'Language' })),
  externalId: idString.meta(meta({ kind: 'text', label: 'External ID', help: 'Shared by an article and its translations' })),
  source: z
    .looseObject({
      name: z.string().optional().meta(meta({ kind: 'text', label: 'Name' })),
      key: z.string().optional().meta(meta({ kind: 'text', label: 'Key' })),
      type: z.string().optional().meta(meta({ kind: 'text', label: 'Type' })),
    })
    .optional()
    .meta(meta({ kind: 'group', label: 'Source' })),
  category: z.string().optional().meta(meta({ kind: 'text', label: 'Category' })),
  tags: z.array(z.string()).optional().meta(meta({ kind: 'tags', label: 'Tags' })),
  stickyWeight: z.number().optional().meta(meta({ kind: 'number', label: 'Sticky weight' })),
  sentiment: z.enum(SENTIMENTS).optional().meta(meta({ kind: 'enum', label: 'Sentiment' })),
  score: z.number().optional().meta(meta({ kind: 'number', label: 'Score' })),
  draft: z.boolean().optional().meta(meta({ kind: 'boolean', label: 'Draft' })),
  coverImage: z
    .looseObject({
      raw: url.optional().meta(meta({ kind: 'url', label: 'Raw' })),
      full: url.optional().meta(meta({ kind: 'url', label: 'Full' })),
      regular: url.optional().meta(meta({ kind: 'url', label: 'Regular' })),
      small: url.optional().meta(meta({ kind: 'url', label: 'Small' })),
      thumb: url.optional().meta(meta({ kind: 'url', label: 'Thumbnail' })),
      small_s3: url.optional().meta(meta({ kind: 'url', label: 'Small (S3)' })),
    })
    .optional()
    .meta(meta({ kind: 'group', label: 'Cover image' })),
  ai: z
    .looseObject({
      translatedFrom: idString.optional().meta(meta({ kind: 'text', label: 'Translated from' })),
      version: z.number().optional().meta(meta({ kind: 'number', label: 'Version' })),
    })
    .optional()
    .meta(meta({ kind: 'group', label: 'Machine translation' })),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
