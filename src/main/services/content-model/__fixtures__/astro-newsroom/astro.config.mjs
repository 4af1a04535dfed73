// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://news.example.com',
  i18n: {
    locales: ['en', 'uk'],
    defaultLocale: 'uk',
  },
});
