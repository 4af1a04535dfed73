import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contract, type ChannelOutput } from '@shared/ipc/contract';
import { parseArticle } from '../../core/parse-article';
import { createHandlers } from '../../api/handlers';
import { serve } from '../../api/serve';
import { WorkspaceSession } from '../../api/workspace-session';

/*
 * A real child process applies `rename OLD → NEW` over 300 files, slowly,
 * and is SIGKILLed midway. Every file must then be wholly old or wholly new
 * (and still parse), and undo from the journal the child left must restore
 * exactly the files that were replaced.
 */

const FILES = 300;
const repo = resolve(__dirname, '../../../..');
const oldText = (i: number): string =>
  `---\ntitle: 'Article ${i}'\npublishedAt: '2026-01-20T10:00:00.000Z'\nlang: en\nexternalId: '${i}'\ntags:\n  - OLD\n  - KEEP\n---\nBody ${i}.\n`;
const newText = (i: number): string => oldText(i).replace('  - OLD\n', '  - NEW\n');
const fileOf = (i: number): string => `2026/01/article-${String(i).padStart(3, '0')}.en.md`;

const base = mkdtempSync(join(tmpdir(), 'copydesk-crash-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Starts the child; resolves once it has begun replacing `killAfter` files and was killed. */
function applyAndKill(root: string, dataDir: string, killAfter: number): Promise<{ replacing: number; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'test-support', 'apply-in-child.ts'), root, join(base, 'child.db'), dataDir, '4'],
      { cwd: repo, env: { ...process.env, TSX_TSCONFIG_PATH: join(repo, 'tsconfig.node.json') }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let replacing = 0;
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      replacing += chunk.toString().split('\n').filter((line) => line.startsWith('replacing ')).length;
      if (!killed && replacing >= killAfter) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', fail);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? done({ replacing, stderr }) : fail(new Error(`child was not killed (exit ${_code}): ${stderr}`))));
  });
}

describe('an apply killed midway', () => {
  it('leaves every file old or new, and a journal that undoes exactly what was applied', async () => {
    const root = join(base, 'site');
    const dataDir = join(base, 'data');
    mkdirSync(join(root, '2026/01'), { recursive: true });
    for (let i = 0; i < FILES; i++) writeFileSync(join(root, fileOf(i)), oldText(i));

    const { replacing, stderr } = await applyAndKill(root, dataDir, 120);
    expect(stderr).toBe('');
    let replaced = 0;
    for (let i = 0; i < FILES; i++) {
      const text = readFileSync(join(root, fileOf(i)), 'utf8');
      expect([oldText(i), newText(i)], fileOf(i)).toContain(text);
      expect(parseArticle(text).issues).toEqual([]);
      if (text === newText(i)) replaced++;
    }
    // Killed while replacing: some files are new, far from all.
    expect(replaced).toBeGreaterThan(0);
    expect(replaced).toBeLessThanOrEqual(replacing);
    expect(replaced).toBeLessThan(FILES);
    // At most the one write in flight when the kill landed: its temp file and its lock; dot-prefixed, so never indexed.
    expect(readdirSync(join(root, '2026/01')).filter((name) => name.startsWith('.')).length).toBeLessThanOrEqual(2);

    const previousDataDir = process.env.COPYDESK_DATA_DIR;
    process.env.COPYDESK_DATA_DIR = dataDir;
    const session = new WorkspaceSession({ dbPathFor: () => join(base, 'parent.db'), watch: false });
    try {
      const dispatch = serve(contract, createHandlers({ getWorkspace: () => session.current(), openWorkspace: (r) => session.open(r), canOpenOther: true, recentFolders: () => [] }));
      expect((await dispatch('workspace.open', { root })).ok).toBe(true);
      await session.whenIndexed();
      // Opening the folder cleared whatever the killed write left (write/write-leftovers.ts).
      expect(readdirSync(join(root, '2026/01')).filter((name) => name.startsWith('.'))).toEqual([]);
      const listed = await dispatch('retag.journals', {});
      const journals = (listed.ok ? listed.value : null) as ChannelOutput<'retag.journals'> | null;
      expect(journals?.journals).toHaveLength(1);
      expect(journals?.journals[0]?.description).toContain('(interrupted)');

      const answer = await dispatch('retag.undo', {});
      const undone = (answer.ok ? answer.value : answer.error) as ChannelOutput<'retag.undo'>;
      expect(undone.skipped).toEqual([]);
      expect(undone.restored).toHaveLength(replaced);
      for (let i = 0; i < FILES; i++) expect(readFileSync(join(root, fileOf(i)), 'utf8')).toBe(oldText(i));
    } finally {
      await session.close();
      if (previousDataDir === undefined) delete process.env.COPYDESK_DATA_DIR;
      else process.env.COPYDESK_DATA_DIR = previousDataDir;
    }
  }, 180_000);
});
