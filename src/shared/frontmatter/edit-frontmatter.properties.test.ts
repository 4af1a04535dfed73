import { describe, expect, it } from 'vitest';
import { setField, editFields, type FieldPath } from './edit-frontmatter';
import { applyChanges } from './text-change';
import { readFrontmatter } from './read-frontmatter';
import { bom, crlf, ukSeed } from './test-support/fixtures';
import { AWKWARD_FILES } from './test-support/awkward-files';

const FIXTURES: Record<string, string> = {
  'uk seed': ukSeed,
  'uk seed CRLF': crlf(ukSeed),
  'uk seed BOM': bom(ukSeed),
  ...AWKWARD_FILES,
  'awkward COMMENTS CRLF': crlf(AWKWARD_FILES.COMMENTS),
};

/** Every path to a value that is not a group: scalars and lists. */
function leaves(data: Record<string, unknown>, prefix: string[] = []): { path: FieldPath; value: unknown }[] {
  const out: { path: FieldPath; value: unknown }[] = [];
  for (const [key, value] of Object.entries(data)) {
    const path = [...prefix, key];
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) out.push(...leaves(value as Record<string, unknown>, path));
    else out.push({ path, value });
  }
  return out;
}

describe('setting a field to the value it already has changes nothing', () => {
  it.each(Object.entries(FIXTURES))('%s', (_name, text) => {
    const read = readFrontmatter(text);
    if (!read.ok) throw new Error(read.error.message);
    const all = leaves(read.data);
    for (const { path, value } of all) {
      expect({ path, result: setField(text, path, value) }).toEqual({ path, result: { ok: true, changes: [] } });
    }
    expect(editFields(text, all)).toEqual({ ok: true, changes: [] });
  });
});

describe('round trip', () => {
  it('a multi-edit and its inverse give back the original bytes', () => {
    const read = readFrontmatter(ukSeed);
    if (!read.ok) throw new Error(read.error.message);
    const original = read.data as {
      title: string;
      lang: string;
      tags: string[];
      draft: boolean;
      score: number;
      coverImage: { thumb: string };
      source: { type: string };
    };
    const forward = editFields(ukSeed, [
      { path: ['title'], value: "Інший заголовок, з 'лапками'" },
      { path: ['lang'], value: 'pt-BR' },
      { path: ['tags'], value: ['AI', 'MINING', 'ETF'] },
      { path: ['draft'], value: true },
      { path: ['score'], value: 0.5 },
      { path: ['coverImage', 'thumb'], value: 'https://cdn.example.com/x.jpg' },
      { path: ['source', 'type'], value: 'API' },
    ]);
    if (!forward.ok) throw new Error(forward.error.message);
    const edited = applyChanges(ukSeed, forward.changes);
    const reread = readFrontmatter(edited);
    expect(reread.ok && reread.data).toMatchObject({
      title: "Інший заголовок, з 'лапками'",
      lang: 'pt-BR',
      tags: ['AI', 'MINING', 'ETF'],
      draft: true,
      score: 0.5,
      coverImage: { thumb: 'https://cdn.example.com/x.jpg' },
      source: { type: 'API', name: 'Cointelegraph' },
    });
    expect(edited.slice(edited.indexOf('\n---\n'))).toBe(ukSeed.slice(ukSeed.indexOf('\n---\n')));

    const back = editFields(edited, [
      { path: ['title'], value: original.title },
      { path: ['lang'], value: original.lang },
      { path: ['tags'], value: original.tags },
      { path: ['draft'], value: original.draft },
      { path: ['score'], value: original.score },
      { path: ['coverImage', 'thumb'], value: original.coverImage.thumb },
      { path: ['source', 'type'], value: original.source.type },
    ]);
    if (!back.ok) throw new Error(back.error.message);
    expect(applyChanges(edited, back.changes)).toBe(ukSeed);
  });
});

describe('repeated edits', () => {
  // Speed is measured by `npm run bench:core`, not asserted here: a timed unit test fails on a busy machine and proves nothing on a fast one.
  it('a thousand alternating setField calls each change exactly the field they name', () => {
    const values = ['https://cdn.example.com/a.jpg', 'https://cdn.example.com/b.jpg'];
    let changed = 0;
    for (let i = 0; i < 1000; i++) {
      const result = setField(ukSeed, ['coverImage', 'thumb'], values[i % 2]);
      if (result.ok) changed += result.changes.length;
    }
    expect(changed).toBe(1000);
  });
});
