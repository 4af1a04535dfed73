import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type Writer } from './index';

/*
 * Issue 15's report, as it happened: the data folder (where journals live) on
 * a 3 MB tmpfs, a retag over 400 articles of ~10 KB each (4 MB of old bytes).
 * The journal cannot hold them all, so the apply must stop, changing only
 * files whose old bytes are durably journaled; once the disk grows, undo
 * must put back every byte. Needs root's `mount`; skipped (with the reason)
 * where it is unavailable.
 */

const FILES = 400;
const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(170);
const oldText = (i: number): string =>
  `---\ntitle: 'Article ${i}'\npublishedAt: '2026-01-20T10:00:00.000Z'\nlang: en\nexternalId: '${i}'\ntags:\n  - OLD\n  - KEEP\n---\n${filler}\n`;
const newText = (i: number): string => oldText(i).replace('  - OLD\n', '  - NEW\n');
const fileOf = (i: number): string => `2026/01/article-${String(i).padStart(3, '0')}.en.md`;

class Collector implements Writer {
  text = '';
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runCli(argv, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const base = mkdtempSync(join(tmpdir(), 'copydesk-full-disk-'));
const root = join(base, 'site');
const dataDir = join(base, 'data');
const db = join(base, 'index.db');
const previousDataDir = process.env.COPYDESK_DATA_DIR;

/** Mounts a 3 MB tmpfs on the data folder; the reason it could not, or null. */
function mountSmallDisk(): string | null {
  mkdirSync(dataDir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dataDir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `cannot mount a tmpfs here (needs root and mount): ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
  }
}

const cannotMount = mountSmallDisk();

beforeAll(() => {
  process.env.COPYDESK_DATA_DIR = dataDir;
  mkdirSync(join(root, '2026/01'), { recursive: true });
  for (let i = 0; i < FILES; i++) writeFileSync(join(root, fileOf(i)), oldText(i));
});

afterAll(() => {
  if (previousDataDir === undefined) delete process.env.COPYDESK_DATA_DIR;
  else process.env.COPYDESK_DATA_DIR = previousDataDir;
  if (cannotMount === null) execFileSync('umount', [dataDir]);
  rmSync(base, { recursive: true, force: true });
});

describe('copydesk retag with the journal on a full disk', () => {
  it('stops before replacing a file it could not journal, says so in one line, and undo restores every byte once the disk grows', async (ctx) => {
    if (cannotMount !== null) ctx.skip(cannotMount);

    const applied = await run('retag', root, '--where', '', '--rename', 'OLD=NEW', '--db', db);
    const onDisk = Array.from({ length: FILES }, (_, i) => readFileSync(join(root, fileOf(i)), 'utf8'));
    const changed = onDisk.filter((text, i) => text === newText(i)).length;
    onDisk.forEach((text, i) => expect([oldText(i), newText(i)], fileOf(i)).toContain(text));
    // 3 MB cannot hold 4 MB of old bytes: some files changed, not all.
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThan(FILES);

    expect(applied.code).toBe(1);
    const lines = applied.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^copydesk retag: /);
    expect(lines[0]).toContain(`${changed} of ${FILES} files`);
    expect(lines[0]).toContain('undo');
    expect(lines[0]).not.toContain('Unexpected error');

    // The disk grows; undo puts back every changed file, byte for byte.
    execFileSync('mount', ['-o', 'remount,size=64m', dataDir]);
    const undone = await run('undo', root, '--db', db, '--json');
    expect(undone.stderr).toBe('');
    expect(undone.code).toBe(0);
    const report = JSON.parse(undone.stdout) as { restored: string[]; skipped: unknown[] };
    expect(report.skipped).toEqual([]);
    expect(report.restored).toHaveLength(changed);
    for (let i = 0; i < FILES; i++) expect(readFileSync(join(root, fileOf(i)), 'utf8'), fileOf(i)).toBe(oldText(i));
  }, 120_000);
});
