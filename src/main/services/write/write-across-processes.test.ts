import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir, uptime } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockPathFor } from './write-names';

/*
 * Real child processes, each running the real writeFileAtomic on one file:
 * the cross-process half of the write lock (the in-process half is in
 * write-file-atomic.test.ts).
 */

const CHILDREN = 6;
const repo = resolve(__dirname, '../../../..');
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

interface Child {
  process: ChildProcessWithoutNullStreams;
  lines: Interface;
  /** Sends one command and resolves with the child's one-line JSON answer. */
  ask(command: string): Promise<unknown>;
}

function startChild(file: string): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'test-support', 'write-in-child.ts'), file], {
    cwd: repo,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(repo, 'tsconfig.node.json') },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const answers: ((line: string) => void)[] = [];
  return new Promise((ready, fail) => {
    child.on('exit', (code) => fail(new Error(`child exited (${code}): ${stderr}`)));
    lines.on('line', (line) => {
      if (line === 'ready') {
        ready({
          process: child,
          lines,
          ask: (command) =>
            new Promise((answer) => {
              answers.push((reply) => answer(JSON.parse(reply)));
              child.stdin.write(`${command}\n`);
            }),
        });
      } else answers.shift()?.(line);
    });
  });
}

let dir: string;
let file: string;
let children: Child[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-write-procs-'));
  file = join(dir, 'a.md');
  writeFileSync(file, '0\n');
  children = await Promise.all(Array.from({ length: CHILDREN }, () => startChild(file)));
}, 120_000);

afterAll(() => {
  for (const child of children ?? []) child.process.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic across processes', () => {
  it('lets exactly one of several processes that loaded the same version win; the others get conflict', async () => {
    for (let round = 0; round < 10; round++) {
      const loaded = `version ${round}\n`;
      writeFileSync(file, loaded);
      const texts = children.map((_, i) => `round ${round} by child ${i}`);
      const outcomes = await Promise.all(children.map((child, i) => child.ask(`race ${sha(loaded)} ${texts[i]}`)));
      const winners = outcomes.flatMap((o, i) => ((o as { outcome: string }).outcome === 'written' ? [i] : []));
      expect(winners, `round ${round}: ${JSON.stringify(outcomes)}`).toHaveLength(1);
      expect(outcomes.filter((o) => (o as { outcome: string }).outcome === 'conflict')).toHaveLength(CHILDREN - 1);
      expect(readFileSync(file, 'utf8')).toBe(texts[winners[0] as number]);
    }
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('lets exactly one of several processes take over a stale lock and win', async () => {
    for (let round = 0; round < 5; round++) {
      const loaded = `stale round ${round}\n`;
      writeFileSync(file, loaded);
      // As a writer killed midway leaves it: its process is gone.
      const deadPid = spawnSync(process.execPath, ['-e', '0']).pid;
      const boot = Math.round(Date.now() / 1000 - uptime());
      writeFileSync(lockPathFor(file), JSON.stringify({ pid: deadPid, host: hostname(), boot, token: 'killed' }));
      const outcomes = await Promise.all(children.map((child, i) => child.ask(`race ${sha(loaded)} stale round ${round} by child ${i}`)));
      const winners = outcomes.flatMap((o, i) => ((o as { outcome: string }).outcome === 'written' ? [i] : []));
      expect(winners, `round ${round}: ${JSON.stringify(outcomes)}`).toHaveLength(1);
      expect(readFileSync(file, 'utf8')).toBe(`stale round ${round} by child ${winners[0]}`);
      expect(readdirSync(dir)).toEqual(['a.md']);
    }
  });

  it('loses no update when processes read, change and write one file over and over', async () => {
    writeFileSync(file, '0\n');
    const each = 25;
    const results = (await Promise.all(children.map((child) => child.ask(`count ${each}`)))) as { written: number; conflicts: number }[];
    expect(results.map((r) => r.written)).toEqual(Array(CHILDREN).fill(each));
    // Every write that reported success is in the file: none overwrote another unseen.
    expect(readFileSync(file, 'utf8')).toBe(`${CHILDREN * each}\n`);
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});
