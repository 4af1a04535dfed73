import { describe, expect, it } from 'vitest';
import { tokenFromHash } from './token-hash';

describe('tokenFromHash', () => {
  const cases = [
    { input: '#token=abc123', expected: 'abc123' },
    { input: 'token=abc123', expected: 'abc123' },
    { input: '#foo=1&token=x-y_z', expected: 'x-y_z' },
    { input: '#token=', expected: null },
    { input: '', expected: null },
    { input: '#other=1', expected: null },
  ];
  it.each(cases)('$input', ({ input, expected }) => expect(tokenFromHash(input)).toBe(expected));
});
