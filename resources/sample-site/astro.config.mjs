// @ts-check
import { defineConfig } from 'astro/config';

// The site's pages are in Ukrainian first; the newsroom nevertheless writes its
// articles in English and translates them (see src/content.config.ts).
export default defineConfig({
  site: 'https://news.example.com',
  i18n: {
    locales: ['en', 'uk'],
    defaultLocale: 'uk',
  },
});
