/**
 * The newsroom's site around the corpus: its Astro content config (the
 * `blog` collection issue 12 describes, a legacy `type: 'content'` folder)
 * and what that config imports — a module through tsconfig's `baseUrl`,
 * which itself imports a JSON file and an `.astro` component. The bench
 * opens the corpus as a trusted folder, so every file is judged by the
 * schema evaluated from this config, as on the real site.
 */

/** Where the articles live: the blog collection's folder. */
export const CONTENT_ROOT = 'src/content/blog';

/** The config file, site-relative. */
export const CONTENT_CONFIG = 'src/content.config.ts';

const contentConfig = `import { defineCollection, z } from 'astro:content';
import { DEFAULT_LANG, SENTIMENTS } from 'constants';

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

export const collections = { blog };
`;

const constants = `import site from './data/site.json';
import Badge from './components/Badge.astro';

export const SITE_NAME = site.name;
export const DEFAULT_LANG = site.defaultLang;
export const SENTIMENTS = site.sentiments as ['POSITIVE', 'NEGATIVE', 'NEUTRAL'];
export const BADGE = Badge;
`;

/** Every file of the site besides the articles, site-relative path → text. */
export const SITE_FILES: Readonly<Record<string, string>> = {
  [CONTENT_CONFIG]: contentConfig,
  'src/constants.ts': constants,
  'src/data/site.json': '{ "name": "The Newsroom", "defaultLang": "uk", "sentiments": ["POSITIVE", "NEGATIVE", "NEUTRAL"] }\n',
  'src/components/Badge.astro': '---\nconst { label } = Astro.props;\n---\n<span class="badge">{label}</span>\n',
  'astro.config.mjs': "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({\n  site: 'https://news.example.com',\n  i18n: { locales: ['en', 'uk', 'pt', 'es', 'de'], defaultLocale: 'uk' },\n});\n",
  'tsconfig.json': '{\n  "extends": "astro/tsconfigs/strict",\n  "compilerOptions": { "baseUrl": "src" },\n  "include": [".astro/types.d.ts", "**/*"],\n  "exclude": ["dist"]\n}\n',
  'package.json': '{\n  "name": "newsroom-bench",\n  "type": "module",\n  "private": true,\n  "dependencies": { "astro": "^5.16.0" }\n}\n',
  // Astro's starter .gitignore, as a site made from it has it (every article is judged against it).
  '.gitignore':
    '# build output\ndist/\n# generated types\n.astro/\n\n# dependencies\nnode_modules/\n\n# logs\nnpm-debug.log*\nyarn-debug.log*\nyarn-error.log*\npnpm-debug.log*\n\n' +
    '# environment variables\n.env\n.env.production\n\n# macOS-specific files\n.DS_Store\n\n# jetbrains setting folder\n.idea/\n',
};
