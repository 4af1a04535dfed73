import { describe, expect, it } from 'vitest';
import { editFields, readFrontmatter } from './index';

/* TOML and JSON frontmatter are read by the indexer, but the form and field edits are YAML only: they say so instead of "no frontmatter". */

const TOML = "+++\ntitle = 'First light'\n+++\nBody.\n";
const JSON_FM = '{\n  "title": "Cold nights"\n}\nBody.\n';

describe('frontmatter the form cannot edit', () => {
  it.each([
    { name: 'TOML', text: TOML, says: /TOML \(between \+\+\+ lines\), which the form cannot edit/ },
    { name: 'TOML after a BOM, CRLF', text: `\uFEFF${TOML.replace(/\n/g, '\r\n')}`, says: /TOML/ },
    { name: 'JSON', text: JSON_FM, says: /is JSON, which the form cannot edit/ },
  ])('$name: read refused as other-format, with the reason', ({ text, says }) => {
    const read = readFrontmatter(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe('other-format');
    expect(read.error.message).toMatch(says);
    expect(read.error.message).toContain('change its fields in the text, where it is saved as typed');
  });

  it('a field edit is refused and the text is not touched', () => {
    const edited = editFields(TOML, [{ path: ['title'], value: 'Changed' }]);
    expect(edited).toMatchObject({ ok: false, error: { code: 'other-format' } });
  });
});
