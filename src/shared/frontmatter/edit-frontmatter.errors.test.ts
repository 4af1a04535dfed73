import { describe, expect, it } from 'vitest';
import { editFields, setField, deleteField, DELETE, type FieldEdit } from './edit-frontmatter';
import type { FrontmatterErrorCode } from './frontmatter-error';
import { file, ptNoFrontmatter, ukSeed } from './test-support/fixtures';

interface ErrorCase {
  name: string;
  input: string;
  edits: FieldEdit[];
  code: FrontmatterErrorCode;
  line?: number;
}

const set = (path: string[], value: unknown): FieldEdit => ({ path, value });

const cases: ErrorCase[] = [
  { name: 'pt seed has no frontmatter', input: ptNoFrontmatter, edits: [set(['title'], 'x')], code: 'no-frontmatter', line: 1 },
  { name: 'opening --- never closed', input: file('---', 'title: x', 'Body'), edits: [set(['title'], 'y')], code: 'no-frontmatter', line: 1 },
  { name: 'unclosed quote points at its opening line', input: file('---', 'title: ok', "lang: 'unclosed", 'draft: true', '---'), edits: [set(['title'], 'y')], code: 'yaml-syntax', line: 3 },
  { name: 'duplicate key', input: file('---', 'title: a', 'lang: en', 'title: b', '---'), edits: [set(['lang'], 'uk')], code: 'yaml-syntax', line: 4 },
  { name: 'duplicate key, BOM + CRLF', input: '\uFEFF---\r\ntitle: a\r\ntitle: b\r\n---\r\n', edits: [set(['lang'], 'uk')], code: 'yaml-syntax', line: 3 },
  { name: 'tab indentation', input: file('---', 'title: a', '\tlang: en', '---'), edits: [set(['lang'], 'uk')], code: 'yaml-syntax', line: 3 },
  { name: 'top level is a list', input: file('---', '- a', '- b', '---'), edits: [set(['title'], 'x')], code: 'not-a-mapping', line: 2 },
  { name: 'path goes through a text value', input: ukSeed, edits: [set(['title', 'main'], 'x')], code: 'not-a-mapping', line: 2 },
  { name: 'path goes through a list', input: ukSeed, edits: [set(['tags', '0'], 'x')], code: 'not-a-mapping', line: 14 },
  { name: 'object value', input: ukSeed, edits: [set(['coverImage'], { thumb: 'x' })], code: 'unsupported-value' },
  { name: 'undefined value', input: ukSeed, edits: [set(['title'], undefined)], code: 'unsupported-value' },
  { name: 'nested list value', input: ukSeed, edits: [set(['tags'], [['a']])], code: 'unsupported-value' },
  { name: 'invalid Date', input: ukSeed, edits: [set(['publishedAt'], new Date('nope'))], code: 'unsupported-value' },
  { name: 'empty path', input: ukSeed, edits: [set([], 'x')], code: 'unsupported-value' },
  { name: 'a path inside another edited path', input: ukSeed, edits: [{ path: ['ai'], value: DELETE }, set(['ai', 'version'], 2)], code: 'conflicting-edits' },
];

describe('refused edits', () => {
  it.each(cases)('$name → $code', ({ input, edits, code, line }) => {
    const result = editFields(input, edits);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.line).toBe(line);
    expect(result.error.message.length).toBeGreaterThan(10);
    // Plain data: survives a JSON round trip unchanged (crosses IPC/HTTP).
    expect(JSON.parse(JSON.stringify(result.error))).toEqual(result.error);
  });

  it('the last of two edits to the same path wins', () => {
    const input = file('---', 'title: a', '---');
    expect(editFields(input, [set(['title'], 'b'), set(['title'], 'c')])).toEqual({
      ok: true,
      changes: [{ from: 11, to: 12, insert: 'c' }],
    });
  });
});

describe('never throws on file content', () => {
  it('handles every prefix of the seed and some garbage', () => {
    const inputs = [
      '',
      '---',
      '---\n',
      '---\n---',
      '---\n: \n---\n',
      '---\n? [a]\n: b\n---\n',
      '---\n!!binary x: 1\n---\n',
      '---\na: &x [1, 2]\nb: *x\nc: *y\n---\n',
      '---\na: b: c\n---\n',
      '---\n"\n---\n',
      '---\n\u0000\n---\n',
    ];
    for (let cut = 0; cut < 1700; cut += 7) inputs.push(ukSeed.slice(0, cut));
    for (const input of inputs) {
      expect(() => setField(input, ['coverImage', 'thumb'], 'https://x.test/a.jpg')).not.toThrow();
      expect(() => deleteField(input, ['tags'])).not.toThrow();
      expect(() => setField(input, ['tags'], ['A'])).not.toThrow();
    }
  });
});
