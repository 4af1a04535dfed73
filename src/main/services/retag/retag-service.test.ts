import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOperation } from '../../core/retag';
import { Workspace } from '../workspace';
import { RetagService } from './retag-service';
import type { RetagProgress } from './progress-throttle';

/* The service on a real folder of 40 files, each tagged [OLD]; cancel and progress, which the handlers only forward. */

const COUNT = 40;
const text = (i: number, tag: string): string =>
  `---\ntitle: 'T${i}'\npublishedAt: '2026-01-20T10:00:00.000Z'\nlang: en\nexternalId: '${i}'\ntags: [${tag}]\n---\nBody\n`;
const rel = (i: number): string => `2026/01/f${String(i).padStart(2, '0')}.en.md`;

let base: string;
let ws: Workspace;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'copydesk-retag-service-'));
  mkdirSync(join(base, 'site/2026/01'), { recursive: true });
  for (let i = 0; i < COUNT; i++) writeFileSync(join(base, 'site', rel(i)), text(i, 'OLD'));
  ws = Workspace.open({ root: join(base, 'site'), dbPath: join(base, 'index.db') });
  await ws.index();
});

afterAll(async () => {
  await ws.close();
  rmSync(base, { recursive: true, force: true });
});

describe('RetagService', () => {
  it('stops between files when cancelled: what was written stays written, journaled and undoable', async () => {
    let replaced = 0;
    let planId = '';
    const service: RetagService = new RetagService({
      dataDir: join(base, 'data'),
      beforeReplace: async () => {
        if (++replaced === 5) expect(service.cancel(planId)).toEqual({ cancelled: true });
      },
    });
    const plan = await service.plan(ws, { selection: { query: '' }, groups: false, operation: createOperation({ rename: [{ from: 'OLD', to: 'NEW' }] }) });
    planId = plan.planId;
    const result = await service.apply(ws, planId);
    // The fifth file was already under way when the cancel came: it is finished, the rest untouched.
    expect(result).toMatchObject({ cancelled: true, skipped: [], failed: [] });
    expect(result.changed).toEqual([0, 1, 2, 3, 4].map(rel));
    const onDisk = Array.from({ length: COUNT }, (_, i) => readFileSync(join(base, 'site', rel(i)), 'utf8'));
    expect(onDisk.filter((t, i) => t === text(i, 'NEW')).length).toBe(5);
    expect(onDisk.filter((t, i) => t === text(i, 'OLD')).length).toBe(COUNT - 5);

    const { journals } = await service.listJournals(ws);
    expect(journals[0]).toMatchObject({ id: result.journalId, files: 5, undone: false });
    expect(journals[0]?.description).toContain('(cancelled)');
    const undone = await service.undo(ws, undefined);
    expect(undone.restored).toEqual([0, 1, 2, 3, 4].map(rel));
    for (let i = 0; i < COUNT; i++) expect(readFileSync(join(base, 'site', rel(i)), 'utf8')).toBe(text(i, 'OLD'));
  });

  it('reports planning and applying progress under the plan id, ending at the total', async () => {
    const events: RetagProgress[] = [];
    const service = new RetagService({ dataDir: join(base, 'data'), onProgress: (p) => events.push(p) });
    const plan = await service.plan(ws, { selection: { query: '' }, groups: false, operation: createOperation({ add: ['EXTRA'] }) });
    expect(events[0]).toEqual({ planId: plan.planId, done: 0, total: COUNT });
    expect(events.at(-1)).toEqual({ planId: plan.planId, done: COUNT, total: COUNT });
    events.length = 0;
    const result = await service.apply(ws, plan.planId);
    expect(result.changed.length).toBe(COUNT);
    expect(events.at(-1)).toEqual({ planId: plan.planId, done: COUNT, total: COUNT });
    // Throttled: far fewer events than files.
    expect(events.length).toBeLessThan(COUNT);
    await service.undo(ws, result.journalId);
  });

  it('finds nothing to undo when every batch is undone, and refuses an unknown journal', async () => {
    const service = new RetagService({ dataDir: join(base, 'data') });
    await expect(service.undo(ws, undefined)).rejects.toMatchObject({ code: 'not-found' });
    await expect(service.undo(ws, '20260101T000000000Z-abcdef')).rejects.toMatchObject({ code: 'not-found' });
    await expect(service.undo(ws, '../../etc')).rejects.toMatchObject({ code: 'not-found' });
  });
});
