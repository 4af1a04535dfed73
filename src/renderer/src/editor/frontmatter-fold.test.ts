import { foldable, foldedRanges } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { foldFrontmatter, frontmatterFold, frontmatterFoldEffects, frontmatterFoldLabel, frontmatterFoldRange, isFrontmatterFolded } from './frontmatter-fold';
import { editFrontmatter, frontmatterState, frontmatterSync } from './frontmatter-sync';
import type { JsonSchema } from '@shared/model/content-model';
import { jsonSchemaToZod } from '@shared/model/json-schema-to-zod';
import fixtures from '@shared/schema/__fixtures__/collection-forms.json';
import { frontmatterSchema } from './frontmatter-issues';
import { preserveLineEndings } from './line-endings';

const DOC = ['---', "title: 'Miners weigh immersion cooling'", 'publishedAt: 2026-02-10T12:00:00.000Z', 'category: Markets', "externalId: '57718904'", 'sentiment: HAPPY', '---', '## Body', '', 'Text.', ''].join('\n');

function create(doc = DOC): EditorState {
  // Judged by the newsroom blog's validator, as its content model builds it.
  const blog = jsonSchemaToZod(fixtures['astro-newsroom/blog'].schema.json as JsonSchema);
  return EditorState.create({ doc, extensions: [preserveLineEndings(), frontmatterSync(), frontmatterFold(), frontmatterSchema.of(blog)] });
}

function folds(state: EditorState): [number, number][] {
  const out: [number, number][] = [];
  foldedRanges(state).between(0, state.doc.length, (from, to) => {
    out.push([from, to]);
  });
  return out;
}

describe('frontmatterFoldRange', () => {
  const cases = [
    { name: 'from the end of the opening line to the end of the closing one', doc: DOC, expected: { from: 3, to: DOC.indexOf('---\n## Body') + 3 } },
    { name: 'a block closed at the end of the file', doc: '---\ntitle: x\n---', expected: { from: 3, to: 16 } },
    { name: 'CRLF line ends (the \\r stays in the line text)', doc: '---\r\ntitle: x\r\n---\r\nBody', expected: { from: 4, to: 19 } },
    { name: 'no frontmatter', doc: '# Just a body\n', expected: null },
    { name: 'a block never closed', doc: '---\ntitle: x\n', expected: null },
  ];
  for (const { name, doc, expected } of cases) {
    it(name, () => expect(frontmatterFoldRange(create(doc))).toEqual(expected));
  }
});

describe('frontmatterFoldLabel', () => {
  it('counts fields and the form’s problems', () => {
    expect(frontmatterFoldLabel(create().field(frontmatterState))).toBe('5 fields · 1 problem');
  });
  it('leaves out problems when there are none', () => {
    expect(frontmatterFoldLabel(create(DOC.replace('HAPPY', 'NEUTRAL')).field(frontmatterState))).toBe('5 fields');
  });
  it('says when the YAML does not parse', () => {
    expect(frontmatterFoldLabel(create(DOC.replace("title: 'Miners", 'title: [Miners')).field(frontmatterState))).toBe('YAML error — unfold to fix');
  });
});

describe('foldFrontmatter', () => {
  it('folds the block once, and the effects unfold it again', () => {
    const folded = foldFrontmatter(create());
    const range = frontmatterFoldRange(folded);
    expect(folds(folded)).toEqual([[range?.from, range?.to]]);
    expect(isFrontmatterFolded(folded)).toBe(true);
    expect(frontmatterFoldEffects(folded)).toEqual([]);
    const unfolded = folded.update({ effects: frontmatterFoldEffects(folded, false) }).state;
    expect(folds(unfolded)).toEqual([]);
    expect(isFrontmatterFolded(unfolded)).toBe(false);
  });

  it('makes the block foldable from its first line, for the gutter and the fold keys', () => {
    const state = create();
    expect(foldable(state, 0, state.doc.line(1).to)).toEqual(frontmatterFoldRange(state));
    expect(foldable(state, state.doc.line(2).from, state.doc.line(2).to)).toBeNull();
  });

  it('leaves a file without frontmatter, or with YAML that does not parse, as it is', () => {
    const state = create('# Body only\n');
    expect(foldFrontmatter(state)).toBe(state);
    const broken = create(DOC.replace("title: 'Miners", 'title: [Miners'));
    expect(foldFrontmatter(broken)).toBe(broken);
  });

  it('stays folded while the form edits the YAML, and the snapshot follows', () => {
    let state = foldFrontmatter(create());
    const result = editFrontmatter(state, [
      { path: ['sentiment'], value: 'NEUTRAL' },
      { path: ['title'], value: 'Miners weigh immersion cooling, again and at length' },
    ]);
    if (!result.ok) throw new Error(result.error.message);
    state = state.update(result.spec).state;
    expect(state.doc.line(2).text).toBe("title: 'Miners weigh immersion cooling, again and at length'");
    expect(isFrontmatterFolded(state)).toBe(true);
    expect(frontmatterFoldLabel(state.field(frontmatterState))).toBe('5 fields');
  });

  it('opens when the cursor is put inside the block (a jump to a field)', () => {
    const state = foldFrontmatter(create());
    const inside = state.doc.line(3).from + 2;
    expect(isFrontmatterFolded(state.update({ selection: { anchor: inside } }).state)).toBe(false);
  });
});
