import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Workspace } from '../workspace';
import { ENTRIES, journalsDirFor, OLD_BYTES, parseEntries } from './journal-files';
import { RetagService } from './retag-service';

/*
 * Short writes without a mount: a child process applies `rename OLD → NEW`
 * over 200 files of 16 KB under a file size limit of 1,000,000 bytes
 * (prlimit --fsize). The journal's first batch (32 files, 512 KB) fits; the
 * second one's write stores only the bytes up to the limit and returns
 * short, without an error, and the next write fails with EFBIG. So exactly
 * 32 files may change, the journal must hold exactly their old bytes, and
 * undo (in this process, no limit) must restore every one of them.
 * The articles are small in the index (the size is in an unindexed field),
 * so the child's index stays far under the limit.
 */

const FILES = 200;
const BATCH = 32; // apply-retag.ts
const LIMIT = 1_000_000;
const notes = 'n'.repeat(16_000);
const oldText = (i: number): string =>
  `---\ntitle: 'Article ${String(i).padStart(3, '0')}'\npublishedAt: '2026-01-20T10:00:00.000Z'\nlang: en\nexternalId: '${String(i).padStart(3, '0')}'\nnotes: '${notes}'\ntags:\n  - OLD\n  - KEEP\n---\nBody.\n`;
const newText = (i: number): string => oldText(i).replace('  - OLD\n', '  - NEW\n');
const fileOf = (i: number): string => `2026/01/article-${String(i).padStart(3, '0')}.en.md`;

const repo = resolve(__dirname, '../../../..');
const base = mkdtempSync(join(tmpdir(), 'copydesk-short-write-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const hasPrlimit = spawnSync('prlimit', ['--version'], { stdio: 'ignore' }).status === 0;

describe('an apply whose journal hits a file size limit (short write, then EFBIG)', () => {
  it('stops before the batch it could not journal, and undo restores every changed file', async (ctx) => {
    if (!hasPrlimit) ctx.skip('prlimit (util-linux) is not installed, so no file size limit can be set for a child process');
    const root = join(base, 'site');
    const dataDir = join(base, 'data');
    mkdirSync(join(root, '2026/01'), { recursive: true });
    for (let i = 0; i < FILES; i++) writeFileSync(join(root, fileOf(i)), oldText(i));
    const size = Buffer.byteLength(oldText(0));
    const journaledBatches = Math.floor(LIMIT / (BATCH * size));
    expect(journaledBatches).toBe(1);

    const child = spawnSync(
      'prlimit',
      [`--fsize=${LIMIT}`, '--', process.execPath, '--import', 'tsx', join(__dirname, 'test-support', 'retag-in-child.ts'), root, join(base, 'child.db'), dataDir],
      { cwd: repo, env: { ...process.env, TSX_TSCONFIG_PATH: join(repo, 'tsconfig.node.json') }, encoding: 'utf8', timeout: 120_000 },
    );
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const answer = JSON.parse(child.stdout) as { ok: boolean; error?: { code: string; message: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error?.message).toContain(`Stopped after changing ${BATCH} of ${FILES} files, because the undo journal`);
    expect(answer.error?.message).toContain('EFBIG');

    const onDisk = Array.from({ length: FILES }, (_, i) => readFileSync(join(root, fileOf(i)), 'utf8'));
    expect(onDisk.filter((text, i) => text === newText(i)).length).toBe(BATCH);
    expect(onDisk.filter((text, i) => text === oldText(i)).length).toBe(FILES - BATCH);

    // The journal holds the first batch exactly: the refused batch's partial bytes and entries were cut off.
    const journals = journalsDirFor(dataDir, realpathSync(root));
    const [id] = readdirSync(journals);
    expect(statSync(join(journals, id ?? '', OLD_BYTES)).size).toBe(BATCH * size);
    expect(parseEntries(readFileSync(join(journals, id ?? '', ENTRIES), 'utf8')).entries).toHaveLength(BATCH);

    const ws = Workspace.open({ root, dbPath: join(base, 'parent.db') });
    try {
      await ws.index();
      const undone = await new RetagService({ dataDir }).undo(ws, undefined);
      expect(undone).toMatchObject({ skipped: [], complete: true });
      expect(undone.restored).toHaveLength(BATCH);
      for (let i = 0; i < FILES; i++) expect(readFileSync(join(root, fileOf(i)), 'utf8'), fileOf(i)).toBe(oldText(i));
    } finally {
      await ws.close();
    }
  }, 180_000);
});
