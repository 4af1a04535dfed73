import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOperation } from '../../core/retag';
import { canMkfifo, makeFifo, releaseFifo } from '../__fixtures__/fifo';
import { Workspace } from '../workspace';
import { RetagService } from './retag-service';

/*
 * Every read of a bulk edit (plan, preview, apply, undo) on a file that was
 * indexed as an article and is a FIFO now (removed, `mkfifo` under the same
 * name). A plain read waits for a writer that never comes: the test would
 * time out. Each read must instead pass over the file with a reason naming it,
 * and finish. Three files a.en.md, b.en.md, c.en.md, each tagged [OLD].
 */

const FILES = ['2026/01/a.en.md', '2026/01/b.en.md', '2026/01/c.en.md'];
const FIFO = FILES[1] ?? '';
const text = (i: number, tag: string): string =>
  `---\ntitle: 'T${i}'\npublishedAt: '2026-01-20T10:00:00.000Z'\nlang: en\nexternalId: '${i}'\ntags: [${tag}]\n---\nBody\n`;
const rename = createOperation({ rename: [{ from: 'OLD', to: 'NEW' }] });

let base: string;
let root: string;
let ws: Workspace;
let service: RetagService;

beforeEach(async () => {
  base = mkdtempSync(join(tmpdir(), 'copydesk-retag-fifo-'));
  root = join(base, 'site');
  mkdirSync(join(root, '2026/01'), { recursive: true });
  FILES.forEach((path, i) => writeFileSync(join(root, path), text(i, 'OLD')));
  ws = Workspace.open({ root, dbPath: join(base, 'index.db') });
  await ws.index();
  service = new RetagService({ dataDir: join(base, 'data') });
});

afterEach(async () => {
  // Old code would still be waiting on the FIFO: let it go before closing.
  releaseFifo(join(root, FIFO));
  await ws.close();
  rmSync(base, { recursive: true, force: true });
});

const plan = () => service.plan(ws, { selection: { paths: FILES }, groups: false, operation: rename });

describe.skipIf(!canMkfifo)('a file that became a FIFO', () => {
  it('plan skips it as unreadable, saying it is a FIFO, and plans the rest', async () => {
    makeFifo(join(root, FIFO));
    const planned = await plan();
    expect(planned.summary.changed).toBe(2);
    expect(planned.summary.skipped).toEqual([{ path: FIFO, reason: 'unreadable', message: expect.stringMatching(/^2026\/01\/b\.en\.md is a FIFO \(named pipe\), not a regular file/) }]);
  });

  it('preview marks it changed since the plan, and apply skips it as unreadable and writes the rest', async () => {
    const planned = await plan();
    makeFifo(join(root, FIFO));
    const preview = await service.preview(ws, { planId: planned.planId, status: 'changed', offset: 0, limit: 50 });
    expect(preview.files.map(({ path, reason }) => ({ path, reason }))).toEqual([
      { path: FILES[0], reason: undefined },
      { path: FIFO, reason: 'changed-since-plan' },
      { path: FILES[2], reason: undefined },
    ]);
    const applied = await service.apply(ws, planned.planId);
    expect(applied.changed).toEqual([FILES[0], FILES[2]]);
    expect(applied.skipped).toEqual([{ path: FIFO, reason: 'unreadable', message: expect.stringContaining('is a FIFO (named pipe)') }]);
    expect(applied.failed).toEqual([]);
    expect(readFileSync(join(root, FILES[0] ?? ''), 'utf8')).toBe(text(0, 'NEW'));
  });

  it('undo leaves it alone as not a file, restores the rest, and keeps the batch undoable', async () => {
    const applied = await service.apply(ws, (await plan()).planId);
    expect(applied.changed).toEqual(FILES);
    makeFifo(join(root, FIFO));
    const undone = await service.undo(ws, applied.journalId);
    expect(undone).toEqual({ journalId: applied.journalId, restored: [FILES[0], FILES[2]], skipped: [{ path: FIFO, reason: 'not-a-file' }], complete: false });
    expect(readFileSync(join(root, FILES[2] ?? ''), 'utf8')).toBe(text(2, 'OLD'));
  });
});
