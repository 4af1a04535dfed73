import { describe, expect, it } from 'vitest';
import { readFrontmatterAny } from './read-frontmatter-any';

describe('readFrontmatterAny', () => {
  it('YAML as the indexer reads it: an unquoted date is a Date, a quoted one a string', () => {
    expect(readFrontmatterAny("---\ntitle: A\nat: 2026-01-02\nquoted: '2026-01-02'\n---\nbody\n")).toEqual({
      format: 'yaml',
      data: { title: 'A', at: new Date('2026-01-02T00:00:00Z'), quoted: '2026-01-02' },
    });
  });

  it('TOML between +++ lines, dates as Date', () => {
    const read = readFrontmatterAny("+++\ntitle = 'First light'\ndate = 2026-01-05T08:00:00Z\ntags = ['a', 'b']\n+++\nbody\n");
    expect(read).toEqual({ format: 'toml', data: { title: 'First light', date: new Date('2026-01-05T08:00:00Z'), tags: ['a', 'b'] } });
    expect((read.data as { date: Date }).date.constructor).toBe(Date);
  });

  it('JSON opening the file, closed by a line holding only }', () => {
    expect(readFrontmatterAny('{\n  "title": "J",\n  "nested": {\n    "a": 1\n}\n}\nbody {x}\n')).toEqual({ format: 'json', data: { title: 'J', nested: { a: 1 } } });
  });

  const broken = [
    { name: 'unclosed YAML', text: '---\ntitle: A\n', format: 'yaml', error: 'the --- block is never closed' },
    { name: 'unclosed TOML', text: "+++\ntitle = 'A'\n", format: 'toml', error: 'the +++ block is never closed' },
    { name: 'bad TOML', text: '+++\ntitle = \n+++\n', format: 'toml', error: expect.any(String) },
    { name: 'YAML list', text: '---\n- a\n---\n', format: 'yaml', error: 'the frontmatter is not a mapping of keys to values' },
    { name: 'bad JSON', text: '{\n  "title": \n}\n', format: 'json', error: expect.stringContaining('not closed') },
  ];
  it.each(broken)('$name → data null with a reason', ({ text, format, error }) => {
    expect(readFrontmatterAny(text)).toEqual({ format, data: null, error });
  });

  it('no frontmatter at all', () => {
    expect(readFrontmatterAny('Just text.\n')).toEqual({ format: 'none', data: null });
  });
});
