import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
// Resolved through tsconfig.json's baseUrl (src), as the newsroom's site does.
import { DEFAULT_LANG, SENTIMENTS } from 'constants';

/**
 * News articles: src/content/blog/YYYY/MM/<slug>.<lang>.md. An English
 * original and its translations share externalId; a translation also names
 * its original in ai.translatedFrom.
 */
const blog = defineCollection({
  type: 'content',
  schema: z.object({
    title: z.string(),
    description: z.string().optional(),
    publishedAt: z.coerce.date(),
    updatedAt: z.coerce.date().optional(),
    lang: z.string().default(DEFAULT_LANG),
    externalId: z.string(),
    source: z
      .object({
        name: z.string(),
        key: z.string(),
        type: z.string(),
        url: z.string().optional(),
      })
      .optional(),
    category: z.string(),
    tags: z.array(z.string()).default([]),
    cta: z.array(z.string()).default([]),
    stickyWeight: z.number().default(0),
    canonicalUrl: z.string().url().nullable().optional(),
    coverImage: z
      .object({
        raw: z.string(),
        full: z.string(),
        regular: z.string(),
        small: z.string(),
        thumb: z.string(),
        small_s3: z.string().optional(),
      })
      .nullable()
      .optional(),
    sentiment: z.enum(SENTIMENTS).optional(),
    score: z.number().optional(),
    draft: z.boolean().default(false),
    ai: z
      .object({
        rewritten: z.boolean().default(false),
        expandedAt: z.coerce.date().optional(),
        version: z.number().optional(),
        translatedFrom: z.string().optional(),
      })
      .nullable()
      .optional(),
  }),
});

/** Help pages for readers: src/content/docs/<name>.<lang>.md, paired by file name. */
const docs = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './src/content/docs' }),
  schema: z.object({
    title: z.string(),
    navTitle: z.string().optional(),
    description: z.string(),
    order: z.number().optional(),
    publishedAt: z.date().optional(),
    draft: z.boolean().default(false),
    lang: z.string().default(DEFAULT_LANG),
  }),
});

export const collections = { blog, docs };
