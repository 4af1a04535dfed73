import { history, undo } from '@codemirror/commands';
import { EditorState } from '@codemirror/state';
import type { Transaction } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { replaceDocument, minimalChange } from './replace-document';
import { isDirty, markSaved, trackSaved } from './saved-baseline';
import { lineBreakCodec } from './line-endings';

const create = (doc: string) => EditorState.create({ doc, extensions: [history(), trackSaved()] });

describe('dirty state', () => {
  it('is clean on load, dirty after typing, clean again after undo and after markSaved', () => {
    const state = create('---\ntitle: A\n---\n');
    expect(isDirty(state)).toBe(false);
    const typed = state.update({ changes: { from: 12, insert: 'B' }, userEvent: 'input.type' }).state;
    expect(isDirty(typed)).toBe(true);
    let undone = typed;
    undo({ state: typed, dispatch: (tr: Transaction) => (undone = tr.state) });
    expect(isDirty(undone)).toBe(false);
    const saved = typed.update({ effects: markSaved.of(typed.doc) }).state;
    expect(isDirty(saved)).toBe(false);
  });

  it('a file that is not on disk is always dirty', () => {
    const state = create('text').update({ effects: markSaved.of(null) }).state;
    expect(isDirty(state)).toBe(true);
  });
});

describe('replaceDocument', () => {
  it('adopts the saved text with one minimal splice, keeping the undo history and the cursor', () => {
    const doc = "---\ntitle: A\nupdatedAt: '2026-01-01T00:00:00.000Z'\n---\nBody text";
    let state = create(doc);
    state = state.update({ changes: { from: doc.length, insert: '!' }, selection: { anchor: doc.length + 1 }, userEvent: 'input.type' }).state;
    const fromServer = state.doc.toString().replace('2026-01-01T00:00:00.000Z', '2026-03-04T05:06:07.089Z');
    const next = state.update(replaceDocument(state, fromServer, { saved: true })).state;
    expect(next.doc.toString()).toBe(fromServer);
    expect(isDirty(next)).toBe(false);
    expect(next.selection.main.head).toBe(fromServer.length);
    let undone = next;
    undo({ state: next, dispatch: (tr: Transaction) => (undone = tr.state) });
    // Undo takes back the user's "!", not the server's timestamp.
    expect(undone.doc.toString()).toBe(fromServer.slice(0, -1));
  });

  const cases = [
    { from: 'abc', to: 'abc', expected: null },
    { from: 'abc', to: 'abXc', expected: { from: 2, to: 2, insert: 'X' } },
    { from: 'aaa', to: 'aa', expected: { from: 2, to: 3, insert: '' } },
    { from: '', to: 'new', expected: { from: 0, to: 0, insert: 'new' } },
    { from: 'x 10:00 y', to: 'x 11:30 y', expected: { from: 3, to: 6, insert: '1:3' } },
  ];
  for (const { from, to, expected } of cases) {
    it(`minimalChange ${JSON.stringify(from)} → ${JSON.stringify(to)}`, () => expect(minimalChange(from, to)).toEqual(expected));
  }
});

describe('lineBreakCodec', () => {
  const cases = [
    { name: 'LF', text: 'a\nb\n', lineBreak: '\n', editor: 'a\nb\n' },
    { name: 'CRLF throughout', text: 'a\r\nb\r\n', lineBreak: '\r\n', editor: 'a\nb\n' },
    { name: 'mixed stays as is', text: 'a\r\nb\n', lineBreak: '\n', editor: 'a\r\nb\n' },
    { name: 'no line break', text: 'a', lineBreak: '\n', editor: 'a' },
  ];
  for (const { name, text, lineBreak, editor } of cases) {
    it(name, () => {
      const codec = lineBreakCodec(text);
      expect(codec.lineBreak).toBe(lineBreak);
      expect(codec.toEditor(text)).toBe(editor);
      expect(codec.toDisk(codec.toEditor(text))).toBe(text);
    });
  }
});
