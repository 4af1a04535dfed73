import { history, redo, undo, undoDepth } from '@codemirror/commands';
import { Compartment, EditorState } from '@codemirror/state';
import type { Transaction, TransactionSpec } from '@codemirror/state';
import type { z } from 'zod';
import type { JsonSchema } from '@shared/model/content-model';
import { jsonSchemaToZod } from '@shared/model/json-schema-to-zod';
import fixtures from '@shared/schema/__fixtures__/collection-forms.json';
import { frontmatterSchema } from './frontmatter-issues';
import { describe, expect, it } from 'vitest';
import { editFrontmatter, formEdit, frontmatterState, frontmatterSync, setFrontmatterField } from './frontmatter-sync';
import { preserveLineEndings } from './line-endings';

const DOC = [
  '---',
  "title: 'Miners weigh immersion cooling'",
  '# kept: a comment between keys',
  'publishedAt: 2026-02-10T12:00:00.000Z',
  'lang: en',
  "externalId: '57718904'",
  'source:',
  '    name: Hashrate Weekly',
  '    type: RSS',
  'tags:',
  '  - MINING',
  '  - HARDWARE',
  'sentiment: NEUTRAL',
  'score: 7',
  'draft: true',
  'canonicalUrl: https://news.example.com/x',
  '---',
  '## Body',
  '',
  'Text with a --- rule below.',
  '---',
  '',
].join('\n');

/** The newsroom blog's validator, as its content model builds it. */
const BLOG = jsonSchemaToZod(fixtures['astro-newsroom/blog'].schema.json as JsonSchema);

function create(doc = DOC, schema: z.ZodType | null = null): EditorState {
  return EditorState.create({ doc, extensions: [history(), frontmatterSync(), preserveLineEndings(), frontmatterSchema.of(schema)] });
}

function apply(state: EditorState, spec: TransactionSpec): EditorState {
  return state.update(spec).state;
}

/** Runs an undo/redo command on a state and returns the resulting state. */
function run(state: EditorState, command: typeof undo): EditorState {
  let next = state;
  command({ state, dispatch: (tr: Transaction) => (next = tr.state) });
  return next;
}

function formSet(state: EditorState, path: string[], value: unknown, typing = false): EditorState {
  const result = setFrontmatterField(state, path, value, { typing });
  if (!result.ok) throw new Error(result.error.message);
  return apply(state, result.spec);
}

describe('form → document', () => {
  const cases = [
    {
      name: 'title keeps its single quotes, doubling the apostrophe',
      path: ['title'],
      value: "Miners' new cooling",
      line: 2,
      expected: "title: 'Miners'' new cooling'",
    },
    { name: 'enum select', path: ['sentiment'], value: 'POSITIVE', line: 13, expected: 'sentiment: POSITIVE' },
    { name: 'checkbox', path: ['draft'], value: false, line: 15, expected: 'draft: false' },
    { name: 'number stays a number', path: ['score'], value: 12.5, line: 14, expected: 'score: 12.5' },
    { name: 'nested group keeps its 4-space indentation', path: ['source', 'name'], value: 'Mining Weekly', line: 8, expected: '    name: Mining Weekly' },
    { name: 'unquoted date stays unquoted', path: ['publishedAt'], value: '2026-02-11T08:30:00.000Z', line: 4, expected: 'publishedAt: 2026-02-11T08:30:00.000Z' },
  ];
  for (const { name, path, value, line, expected } of cases) {
    it(`${name}: changes exactly that line, as one undo step`, () => {
      const before = create();
      const after = formSet(before, path, value);
      const lines = DOC.split('\n');
      lines[line - 1] = expected;
      expect(after.doc.toString()).toBe(lines.join('\n'));
      expect(undoDepth(after)).toBe(1);
      const undone = run(after, undo);
      expect(undone.doc.toString()).toBe(DOC);
      expect(run(undone, redo).doc.toString()).toBe(lines.join('\n'));
    });
  }

  it('replaces a list and adds a missing field at the end of the block', () => {
    const result = editFrontmatter(create(), [
      { path: ['tags'], value: ['MINING', 'ENERGY'] },
      { path: ['category'], value: 'MINING' },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const after = apply(create(), result.spec);
    expect(after.doc.toString()).toBe(
      DOC.replace('  - HARDWARE', '  - ENERGY').replace('canonicalUrl: https://news.example.com/x\n', 'canonicalUrl: https://news.example.com/x\ncategory: MINING\n'),
    );
    expect(undoDepth(after)).toBe(1);
  });

  it('marks form transactions; each discrete edit is its own undo step, typing joins', () => {
    let state = create();
    const seen: string[] = [];
    for (const value of ['POSITIVE', 'NEGATIVE']) {
      const result = setFrontmatterField(state, ['sentiment'], value);
      if (!result.ok) throw new Error(result.error.message);
      const tr = state.update(result.spec);
      expect(tr.annotation(formEdit)).toEqual([['sentiment']]);
      seen.push(String(tr.isUserEvent('input.form')));
      state = tr.state;
    }
    expect(seen).toEqual(['true', 'true']);
    expect(undoDepth(state)).toBe(2);

    let typed = create();
    for (const title of ['M', 'Mi', 'Min']) typed = formSet(typed, ['title'], title, true);
    expect(typed.doc.line(2).text).toBe("title: 'Min'");
    expect(undoDepth(typed)).toBe(1);
  });

  it('keeps CRLF line endings and the BOM when the editor splits lines on \\n only', () => {
    const crlf = '\uFEFF---\r\ntitle: A\r\nlang: en\r\n---\r\nBody\r\n';
    const after = formSet(create(crlf), ['lang'], 'uk');
    expect(after.doc.toString()).toBe('\uFEFF---\r\ntitle: A\r\nlang: uk\r\n---\r\nBody\r\n');
    const added = formSet(create(crlf), ['draft'], true);
    expect(added.doc.toString()).toBe('\uFEFF---\r\ntitle: A\r\nlang: en\r\ndraft: true\r\n---\r\nBody\r\n');
  });
});

describe('document → form', () => {
  it('reads the values with their types', () => {
    const { data, error, issues } = create().field(frontmatterState);
    expect(error).toBeNull();
    expect(data).toMatchObject({
      title: 'Miners weigh immersion cooling',
      publishedAt: '2026-02-10T12:00:00.000Z',
      externalId: '57718904',
      source: { name: 'Hashrate Weekly', type: 'RSS' },
      tags: ['MINING', 'HARDWARE'],
      score: 7,
      draft: true,
      canonicalUrl: 'https://news.example.com/x',
    });
    expect(issues).toEqual([]);
  });

  it('typing in the YAML updates the values', () => {
    const state = create();
    const titleEnd = state.doc.line(2).to - 1; // before the closing quote
    const typed = apply(state, { changes: { from: titleEnd, insert: ' retrofits' }, userEvent: 'input.type' });
    expect(typed.field(frontmatterState).data?.title).toBe('Miners weigh immersion cooling retrofits');
    const scoreLine = typed.doc.line(14);
    const scored = apply(typed, { changes: { from: scoreLine.from + 'score: '.length, to: scoreLine.to, insert: '42' } });
    expect(scored.field(frontmatterState).data?.score).toBe(42);
  });

  it('broken YAML keeps the last good values and reports the line', () => {
    const state = create();
    const line = state.doc.line(13); // sentiment: NEUTRAL
    const broken = apply(state, { changes: { from: line.from, to: line.to, insert: "sentiment: 'NEUTRAL" } });
    const snapshot = broken.field(frontmatterState);
    expect(snapshot.error?.code).toBe('yaml-syntax');
    expect(snapshot.error?.line).toBe(13);
    expect(snapshot.data?.sentiment).toBe('NEUTRAL');
    expect(snapshot.data?.title).toBe('Miners weigh immersion cooling');
    // The form waits: edits are refused, the text is untouched.
    expect(setFrontmatterField(broken, ['draft'], false).ok).toBe(false);
    // Fixing the line brings the form back.
    const fixed = apply(broken, { changes: { from: line.from, to: line.from + "sentiment: 'NEUTRAL".length, insert: 'sentiment: NEGATIVE' } });
    expect(fixed.field(frontmatterState).error).toBeNull();
    expect(fixed.field(frontmatterState).data?.sentiment).toBe('NEGATIVE');
  });

  it('a closing --- removed: reports the unclosed block on line 1', () => {
    const state = create('---\ntitle: A\n---\nBody\n');
    const broken = apply(state, { changes: { from: 13, to: 17 } });
    expect(broken.doc.toString()).toBe('---\ntitle: A\nBody\n');
    expect(broken.field(frontmatterState).error).toMatchObject({ code: 'no-frontmatter', line: 1 });
    expect(broken.field(frontmatterState).data).toEqual({ title: 'A' });
  });

  it('body edits do not re-read the frontmatter (same snapshot object)', () => {
    const state = create();
    const before = state.field(frontmatterState);
    const bodyStart = before.end ?? 0;
    const edited = apply(state, { changes: { from: bodyStart, insert: 'Intro\n' } });
    expect(edited.field(frontmatterState)).toBe(before);
    const atEnd = apply(edited, { changes: { from: edited.doc.length, insert: 'more' } });
    expect(atEnd.field(frontmatterState)).toBe(before);
  });

  it('schema problems are listed per field, by the collection’s validator; none without one', () => {
    const doc = DOC.replace('sentiment: NEUTRAL', 'sentiment: NEGATIVO');
    const issues = create(doc, BLOG).field(frontmatterState).issues;
    expect(issues.map((issue) => [issue.field, issue.missing])).toEqual([
      ['source.key', true],
      ['category', true],
      ['sentiment', false],
    ]);
    expect(issues[2]?.message).toContain('POSITIVE');
    expect(create(doc).field(frontmatterState).issues).toEqual([]);
  });

  it('a validator that arrives later judges the same text at once', () => {
    const slot = new Compartment();
    const state = EditorState.create({ doc: DOC, extensions: [frontmatterSync(), slot.of(frontmatterSchema.of(null))] });
    expect(state.field(frontmatterState).issues).toEqual([]);
    const judged = state.update({ effects: slot.reconfigure(frontmatterSchema.of(BLOG)) }).state;
    expect(judged.field(frontmatterState).issues.map((issue) => issue.field)).toEqual(['source.key', 'category']);
  });
});
