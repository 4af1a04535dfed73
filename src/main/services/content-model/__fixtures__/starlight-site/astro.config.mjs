import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Widget Docs',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        uk: { label: 'Українська' },
        'pt-br': { label: 'Português do Brasil', lang: 'pt-BR' },
      },
    }),
  ],
});
