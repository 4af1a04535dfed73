import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isPlainSafe, isSimpleWord } from './plain-scalar';

describe('isPlainSafe', () => {
  const cases: { input: string; block: boolean; flow: boolean }[] = [
    { input: 'MINING', block: true, flow: true },
    { input: 'Hello world', block: true, flow: true },
    { input: 'Україна', block: true, flow: true },
    { input: 'https://example.com/a.jpg?x=1&y=2', block: true, flow: false },
    { input: 'a, b', block: true, flow: false },
    { input: '2026 report', block: true, flow: true },
    { input: '001', block: false, flow: false },
    { input: '2026', block: false, flow: false },
    { input: '1.5', block: false, flow: false },
    { input: '0x1F', block: false, flow: false },
    { input: '1e3', block: false, flow: false },
    { input: '1:30', block: false, flow: false },
    { input: '.inf', block: false, flow: false },
    { input: 'true', block: false, flow: false },
    { input: 'False', block: false, flow: false },
    { input: 'yes', block: false, flow: false },
    { input: 'off', block: false, flow: false },
    { input: 'null', block: false, flow: false },
    { input: '~', block: false, flow: false },
    { input: '2026-01-31', block: false, flow: false },
    { input: '2026-01-31T18:04:41.000Z', block: false, flow: false },
    { input: ': x', block: false, flow: false },
    { input: '- y', block: false, flow: false },
    { input: 'key: value', block: false, flow: false },
    { input: 'ends with colon:', block: false, flow: false },
    { input: ' leading', block: false, flow: false },
    { input: 'trailing ', block: false, flow: false },
    { input: '#tag', block: false, flow: false },
    { input: 'C# tips', block: false, flow: false },
    { input: 'a # b', block: false, flow: false },
    { input: "'quoted'", block: false, flow: false },
    { input: '"quoted"', block: false, flow: false },
    { input: '[x]', block: false, flow: false },
    { input: '{x}', block: false, flow: false },
    { input: '&anchor', block: false, flow: false },
    { input: '*alias', block: false, flow: false },
    { input: '!tag', block: false, flow: false },
    { input: '|', block: false, flow: false },
    { input: '>', block: false, flow: false },
    { input: '@home', block: false, flow: false },
    { input: '%x', block: false, flow: false },
    { input: '`x`', block: false, flow: false },
    { input: '---', block: false, flow: false },
    { input: 'two\nlines', block: false, flow: false },
    { input: 'tab\there', block: false, flow: false },
    { input: '', block: false, flow: false },
  ];
  it.each(cases)('$input', ({ input, block, flow }) => {
    expect(isPlainSafe(input)).toBe(block);
    expect(isPlainSafe(input, { flow: true })).toBe(flow);
  });

  it('every value it accepts reads back as the same string in block and flow context', () => {
    for (const { input, block, flow } of cases) {
      if (block) expect(parse(`k: ${input}\n`)).toEqual({ k: input });
      if (flow) expect(parse(`k: [${input}, x]\n`)).toEqual({ k: [input, 'x'] });
    }
  });

  it('accepts an unquoted timestamp only when asked to (the old value was one)', () => {
    expect(isPlainSafe('2026-02-01T09:00:00.000Z', { allowTimestamp: true })).toBe(true);
    expect(isPlainSafe('2026-02-01', { allowTimestamp: true })).toBe(true);
    expect(isPlainSafe('2026-02-01', { allowTimestamp: true, flow: true })).toBe(false);
  });
});

describe('isSimpleWord', () => {
  const cases = [
    { input: 'MINING', expected: true },
    { input: 'pt-BR', expected: true },
    { input: 'small_s3', expected: true },
    { input: 'Cointelegraph', expected: true },
    { input: 'Hello world', expected: false },
    { input: 'https://x.com', expected: false },
    { input: 'Україна', expected: false },
    { input: 'true', expected: false },
    { input: 'n', expected: false },
    { input: '57619983', expected: false },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(isSimpleWord(input)).toBe(expected);
  });
});
