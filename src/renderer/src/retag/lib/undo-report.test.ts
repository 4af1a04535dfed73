import { describe, expect, it } from 'vitest';
import { undoNotes, undoTitle } from './undo-report';

const A = '2026/01/a.en.md';
const B = '2026/01/b.en.md';
const C = '2026/01/c.en.md';

describe('undoTitle and undoNotes', () => {
  const cases = [
    {
      name: 'everything restored',
      result: { restored: [A, B], skipped: [], complete: true },
      title: 'Bulk edit undone',
      notes: [],
    },
    {
      name: 'a file edited since (settled: the batch is done)',
      result: { restored: [A], skipped: [{ path: B, reason: 'edited-since' }], complete: true },
      title: 'Bulk edit undone',
      notes: ['Files edited after the bulk edit keep their edits: restore them by hand if needed.'],
    },
    {
      name: 'a read-only file (the batch stays undoable), no edits note',
      result: { restored: [A], skipped: [{ path: B, reason: 'not-writable' }], complete: false },
      title: 'Bulk edit partly undone',
      notes: ['1 file could not be restored now. The bulk edit stays undoable: fix the cause shown beside it, then undo it again from Bulk edits.'],
    },
    {
      name: 'damaged journal copies and a deleted file, nothing restored',
      result: {
        restored: [],
        skipped: [
          { path: A, reason: 'journal-damaged' },
          { path: B, reason: 'deleted-since' },
          { path: C, reason: 'journal-damaged' },
        ],
        complete: false,
      },
      title: 'Bulk edit not undone yet',
      notes: [
        '2 files could not be restored now. The bulk edit stays undoable: fix the cause shown beside each, then undo it again from Bulk edits.',
        'Files deleted after the bulk edit stay deleted.',
      ],
    },
  ];
  it.each(cases)('$name', ({ result, title, notes }) => {
    expect(undoTitle(result)).toBe(title);
    expect(undoNotes(result)).toEqual(notes);
  });
});
