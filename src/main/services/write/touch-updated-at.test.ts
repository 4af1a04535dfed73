import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timestampLike, touchUpdatedAt } from './touch-updated-at';

// 04:05:06.789 UTC is 09:35:06.789 in Kolkata (+05:30, no daylight saving): local-time cases are fixed.
const NOW = new Date('2026-02-03T04:05:06.789Z');
const previousTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Kolkata';
});
afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

describe('timestampLike', () => {
  const cases = [
    { name: 'ms precision, Z', previous: '2026-01-31T18:29:36.980Z', expected: '2026-02-03T04:05:06.789Z' },
    { name: 'seconds, Z', previous: '2026-01-31T18:29:36Z', expected: '2026-02-03T04:05:06Z' },
    { name: 'one fraction digit', previous: '2026-01-31T18:29:36.9Z', expected: '2026-02-03T04:05:06.7Z' },
    { name: 'microseconds', previous: '2026-01-31T18:29:36.123456Z', expected: '2026-02-03T04:05:06.789000Z' },
    { name: 'offset with colon', previous: '2026-01-31T18:29:36+02:00', expected: '2026-02-03T06:05:06+02:00' },
    { name: 'negative offset without colon', previous: '2026-01-31T18:29:36-0530', expected: '2026-02-02T22:35:06-0530' },
    { name: 'space separator, minutes, short offset', previous: '2026-01-31 18:29 +02', expected: '2026-02-03 06:05 +02' },
    { name: 'date only (local date)', previous: '2026-01-31', expected: '2026-02-03' },
    { name: 'no zone (local time)', previous: '2026-01-31T18:29:36', expected: '2026-02-03T09:35:06' },
    { name: 'not a timestamp', previous: 'last Tuesday', expected: '2026-02-03T04:05:06.789Z' },
  ];
  it.each(cases)('$name', ({ previous, expected }) => {
    expect(timestampLike(previous, NOW)).toBe(expected);
  });
});

describe('touchUpdatedAt', () => {
  const doc = (updated: string, title = 'T'): string => `---\ntitle: ${title}\nupdatedAt: ${updated}\n---\nBody\n`;
  const cases = [
    { name: 'single quotes kept', text: doc("'2026-01-31T18:29:36.980Z'", 'New'), previous: doc("'2026-01-31T18:29:36.980Z'"), expected: doc("'2026-02-03T04:05:06.789Z'", 'New') },
    { name: 'plain date stays a plain date', text: doc('2026-01-31', 'New'), previous: doc('2026-01-31'), expected: doc('2026-02-03', 'New') },
    { name: 'double quotes kept', text: doc('"2026-01-31T18:29:36Z"', 'New'), previous: doc('"2026-01-31T18:29:36Z"'), expected: doc('"2026-02-03T04:05:06Z"', 'New') },
    { name: 'a new file (no previous text) is touched', text: doc('2026-01-31'), previous: null, expected: doc('2026-02-03') },
    { name: 'an updatedAt the person changed is kept', text: doc('2025-12-24', 'New'), previous: doc('2026-01-31'), expected: doc('2025-12-24', 'New') },
    { name: 'no updatedAt: none added', text: '---\ntitle: New\n---\nBody\n', previous: '---\ntitle: T\n---\nBody\n', expected: '---\ntitle: New\n---\nBody\n' },
    { name: 'CRLF kept', text: doc('2026-01-31', 'New').replaceAll('\n', '\r\n'), previous: doc('2026-01-31'), expected: doc('2026-02-03', 'New').replaceAll('\n', '\r\n') },
  ];
  it.each(cases)('$name', ({ text, previous, expected }) => {
    expect(touchUpdatedAt(text, previous, NOW, 'updatedAt')).toBe(expected);
  });

  it("touches the field the collection names (Hugo's lastmod), and no other", () => {
    const hugo = (lastmod: string, title = 'T'): string => `---\ntitle: ${title}\nlastmod: ${lastmod}\nupdatedAt: 2020-01-01\n---\nBody\n`;
    expect(touchUpdatedAt(hugo('2026-01-31', 'New'), hugo('2026-01-31'), NOW, 'lastmod')).toBe(hugo('2026-02-03', 'New'));
  });
});
