import { describe, expect, it } from 'vitest';
import { navigationAction } from './navigation-guard';
import { APP_ENTRY_URL } from './renderer-source';

describe('navigationAction', () => {
  const built = [
    { url: 'app://copydesk/index.html', expected: 'allow' },
    { url: 'app://copydesk/index.html#/pair', expected: 'allow' },
    { url: 'app://copydesk/', expected: 'allow' },
    { url: 'app://copydesk/assets/index.js', expected: 'deny' },
    { url: 'app://copydesk/api/remote-image?url=https%3A%2F%2Fx', expected: 'deny' },
    { url: 'app://other/index.html', expected: 'deny' },
    { url: 'https://cointelegraph.com/news/x', expected: 'deny' },
    { url: 'http://localhost:5173/', expected: 'deny' },
    { url: 'file:///work/out/renderer/index.html', expected: 'deny' },
    { url: 'javascript:alert(1)', expected: 'deny' },
    { url: 'data:text/html,<script>1</script>', expected: 'deny' },
    { url: 'about:blank', expected: 'deny' },
    { url: 'not a url', expected: 'deny' },
  ] as const;
  for (const c of built) {
    it(`built renderer: ${c.url} → ${c.expected}`, () => expect(navigationAction(c.url, { rendererUrl: APP_ENTRY_URL })).toBe(c.expected));
  }

  const dev = [
    { url: 'http://localhost:5173/', expected: 'allow' },
    { url: 'http://localhost:5173/src/main.tsx', expected: 'allow' },
    { url: 'http://localhost:5174/', expected: 'deny' },
    { url: 'http://127.0.0.1:5173/', expected: 'deny' },
    { url: 'app://copydesk/index.html', expected: 'deny' },
    { url: 'https://example.com/', expected: 'deny' },
  ] as const;
  for (const c of dev) {
    it(`dev server: ${c.url} → ${c.expected}`, () => expect(navigationAction(c.url, { rendererUrl: 'http://localhost:5173' })).toBe(c.expected));
  }
});
