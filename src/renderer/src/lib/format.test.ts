import { describe, expect, it } from 'vitest';
import { formatDate, formatProgress, formatSummary, progressFraction } from './format';

describe('formatDate', () => {
  const cases = [
    { input: '2026-01-31T18:04:41.000Z', expected: '2026-01-31' },
    { input: '2026-01-31', expected: '2026-01-31' },
    { input: null, expected: '—' },
    { input: 'yesterday', expected: 'yesterday' },
  ];
  it.each(cases)('$input', ({ input, expected }) => expect(formatDate(input)).toBe(expected));
});

describe('formatProgress', () => {
  const cases = [
    { input: { phase: 'idle', done: 0, total: 0 } as const, expected: null },
    { input: { phase: 'scanning', done: 0, total: 0 } as const, expected: 'Scanning…' },
    { input: { phase: 'scanning', done: 1500, total: 0 } as const, expected: 'Scanning… 1,500 files' },
    { input: { phase: 'indexing', done: 250, total: 10_000 } as const, expected: 'Indexing 250/10,000' },
    { input: { phase: 'fulltext', done: 3, total: 9 } as const, expected: 'Building full-text 3/9' },
    { input: { phase: 'checking', done: 40, total: 1200 } as const, expected: 'Checking translations 40/1,200' },
  ];
  it.each(cases)('$input.phase $input.done', ({ input, expected }) => expect(formatProgress(input)).toBe(expected));
});

describe('progressFraction / formatSummary', () => {
  it('is null without a total and clamped otherwise', () => {
    expect(progressFraction({ phase: 'scanning', done: 5, total: 0 })).toBeNull();
    expect(progressFraction({ phase: 'indexing', done: 5, total: 20 })).toBe(0.25);
    expect(progressFraction({ phase: 'indexing', done: 30, total: 20 })).toBe(1);
  });
  it('summarises counts and languages', () => {
    expect(formatSummary({ files: 1234, invalid: 2, languages: ['en', 'uk'] })).toBe('1,234 articles · 2 invalid · en, uk');
    expect(formatSummary({ files: 1, invalid: 0, languages: [] })).toBe('1 article · 0 invalid');
  });
});
