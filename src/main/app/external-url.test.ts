import { describe, expect, it } from 'vitest';
import { externalUrlAction } from './external-url';

describe('externalUrlAction', () => {
  const cases = [
    { input: 'https://cointelegraph.com/news/x', expected: 'open' },
    { input: 'HTTPS://EXAMPLE.COM/', expected: 'open' },
    { input: 'http://example.com', expected: 'ask' },
    { input: 'file:///etc/passwd', expected: 'refuse' },
    { input: 'javascript:alert(1)', expected: 'refuse' },
    { input: 'smb://share/x', expected: 'refuse' },
    { input: 'ms-settings:', expected: 'refuse' },
    { input: 'app://copydesk/index.html', expected: 'refuse' },
    { input: 'mailto:desk@example.com', expected: 'refuse' },
    { input: 'https://user:pass@example.com', expected: 'refuse' },
    { input: 'http://user@example.com', expected: 'refuse' },
    { input: '/relative/path', expected: 'refuse' },
    { input: 'not a url', expected: 'refuse' },
  ] as const;
  for (const c of cases) {
    it(`${c.input} → ${c.expected}`, () => expect(externalUrlAction(c.input)).toBe(c.expected));
  }
});
