import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from './external-url';

describe('isSafeExternalUrl', () => {
  const cases = [
    { input: 'https://cointelegraph.com/news/x', expected: true },
    { input: 'http://example.com', expected: true },
    { input: 'file:///etc/passwd', expected: false },
    { input: 'javascript:alert(1)', expected: false },
    { input: 'smb://share/x', expected: false },
    { input: 'ms-settings:', expected: false },
    { input: 'https://user:pass@example.com', expected: false },
    { input: '/relative/path', expected: false },
    { input: 'not a url', expected: false },
  ];
  for (const c of cases) {
    it(`${c.input} → ${c.expected}`, () => expect(isSafeExternalUrl(c.input)).toBe(c.expected));
  }
});
