import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseArticle } from './parse-article';

/* TOML (`+++`) and JSON frontmatter, as Hugo sites write them: read, indexed, validated — never "no frontmatter". */

const schema = z.looseObject({ title: z.string(), category: z.string(), draft: z.boolean().optional() });

const TOML = ['+++', "title = 'First light'", 'date = 2026-01-05T08:00:00Z', "tags = ['astronomy', 'camera']", 'draft = false', '+++', 'The camera saw its first light.', ''].join('\n');
const JSON_FM = ['{', '  "title": "Cold nights",', '  "draft": true,', '  "params": {', '    "mood": "cold"', '}', '}', 'Body {not json}.', ''].join('\n');

describe('parseArticle: TOML and JSON frontmatter', () => {
  it('TOML: the mapping (dates as Date), the title, the body and its line', () => {
    const parsed = parseArticle(TOML, null);
    expect(parsed.frontmatter).toEqual({ title: 'First light', date: new Date('2026-01-05T08:00:00Z'), tags: ['astronomy', 'camera'], draft: false });
    expect(parsed.meta.title).toBe('First light');
    expect(parsed.meta.tags).toEqual(['astronomy', 'camera']);
    expect(parsed.body).toBe('The camera saw its first light.\n');
    expect(parsed.bodyLine).toBe(7);
    expect(parsed.issues).toEqual([]);
  });

  it('JSON: the object up to the line holding only }, then the body', () => {
    const parsed = parseArticle(JSON_FM, null);
    expect(parsed.frontmatter).toEqual({ title: 'Cold nights', draft: true, params: { mood: 'cold' } });
    expect(parsed.meta).toMatchObject({ title: 'Cold nights', draft: true });
    expect(parsed.body).toBe('Body {not json}.\n');
    expect(parsed.bodyLine).toBe(8);
  });

  it('CRLF and a BOM do not move the body line', () => {
    const parsed = parseArticle(`\uFEFF${TOML.replace(/\n/g, '\r\n')}`, null);
    expect(parsed.frontmatter?.title).toBe('First light');
    expect(parsed.bodyLine).toBe(7);
    expect(parsed.body).toBe('The camera saw its first light.\n');
  });

  it('validated by the schema, problems on the line of their key', () => {
    expect(parseArticle(TOML, schema).issues).toEqual([{ code: 'schema', field: 'category', line: 1, message: 'category is required' }]);
    const wrongDraft = parseArticle(TOML.replace('draft = false', "draft = 'no'").replace("title = 'First light'", "title = 'First light'\ncategory = 'sky'"), schema);
    expect(wrongDraft.issues).toEqual([{ code: 'schema', field: 'draft', line: 6, message: 'draft must be true or false' }]);
    const json = parseArticle(JSON_FM.replace('"draft": true', '"draft": "yes"').replace('"title": "Cold nights",', '"title": "Cold nights",\n  "category": "sky",'), schema);
    expect(json.issues).toEqual([{ code: 'schema', field: 'draft', line: 4, message: 'draft must be true or false' }]);
  });

  const broken = [
    { name: 'TOML that does not parse', text: "+++\ntitle = \n+++\nbody\n", message: /^TOML syntax error in the frontmatter: / },
    { name: 'a +++ block never closed', text: "+++\ntitle = 'A'\nbody\n", message: /^TOML syntax error in the frontmatter: the \+\+\+ block is never closed/ },
    { name: 'JSON never closed', text: '{\n  "title": "A",\nbody\n', message: /^JSON syntax error in the frontmatter: / },
  ];
  it.each(broken)('$name is unreadable frontmatter (yaml-syntax), not "no frontmatter"', ({ text, message }) => {
    const parsed = parseArticle(text, schema);
    expect(parsed.frontmatter).toBeNull();
    expect(parsed.issues).toEqual([{ code: 'yaml-syntax', line: 1, message: expect.stringMatching(message) }]);
  });

  it('names the fields its schema requires when a file has no frontmatter at all', () => {
    expect(parseArticle('Just text.\n', schema).issues[0]?.message).toContain('on the first line (title, category) and closed');
    expect(parseArticle('Just text.\n', null).issues[0]?.message).toContain('on the first line and closed');
  });
});
