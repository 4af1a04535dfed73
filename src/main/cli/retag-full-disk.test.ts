import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './index';
import { Collector } from './test-support/collector';

/*
 * Issue 15's report, as it happened: the data folder (where journals live) on
 * a 3 MB tmpfs, a retag over 400 articles of ~10 KB each (4 MB of old bytes).
 * The journal cannot hold them all, so the apply must stop, changing only
 * files whose old bytes are durably journaled; once the disk grows, undo
 * must put back every byte. Once with the index elsewhere, once with it on
 * the full disk too (as reported). Needs root's `mount`; skipped (with the
 * reason) where it is unavailable.
 */

const FILES = 400;
const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(170);
const oldText = (i: number): string =>
  `---\ntitle: 'Article ${i}'\npublishedAt: '2026-01-20T10:00:00.000Z'\nlang: en\nexternalId: '${i}'\ntags:\n  - OLD\n  - KEEP\n---\n${filler}\n`;
const newText = (i: number): string => oldText(i).replace('  - OLD\n', '  - NEW\n');
const fileOf = (i: number): string => `2026/01/article-${String(i).padStart(3, '0')}.en.md`;


async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runCli(argv, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const base = mkdtempSync(join(tmpdir(), 'copydesk-full-disk-'));
const previousDataDir = process.env.COPYDESK_DATA_DIR;
const mounted: string[] = [];

/** Mounts a 3 MB tmpfs on `dir`; the reason it could not, or null. */
function mountSmallDisk(dir: string): string | null {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dir], { stdio: 'pipe' });
    mounted.push(dir);
    return null;
  } catch (error) {
    return `cannot mount a tmpfs here (needs root and mount): ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
  }
}

afterAll(() => {
  if (previousDataDir === undefined) delete process.env.COPYDESK_DATA_DIR;
  else process.env.COPYDESK_DATA_DIR = previousDataDir;
  for (const dir of mounted) execFileSync('umount', [dir]);
  rmSync(base, { recursive: true, force: true });
});

describe('copydesk retag with the journal on a full disk', () => {
  const layouts = [
    { name: 'the index elsewhere', indexOnDisk: false },
    // As in the report: the index (default place) shares the full disk, so re-indexing the changed files fails too.
    { name: 'the index on the same disk', indexOnDisk: true },
  ];
  const title = 'with $name: stops before replacing a file it could not journal, says so in one line, and undo restores every byte once the disk grows';
  it.for(layouts)(title, { timeout: 120_000 }, async ({ name, indexOnDisk }, ctx) => {
    const dir = join(base, name.replace(/\W+/g, '-'));
    const root = join(dir, 'site');
    const dataDir = join(dir, 'data');
    const cannotMount = mountSmallDisk(dataDir);
    if (cannotMount !== null) ctx.skip(cannotMount);
    process.env.COPYDESK_DATA_DIR = dataDir;
    mkdirSync(join(root, '2026/01'), { recursive: true });
    for (let i = 0; i < FILES; i++) writeFileSync(join(root, fileOf(i)), oldText(i));
    const db = indexOnDisk ? [] : ['--db', join(dir, 'index.db')];

    const applied = await run('retag', root, '--where', '', '--rename', 'OLD=NEW', ...db);
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
    expect(lines[0]).toContain(`Stopped after changing ${changed} of ${FILES} files`);
    expect(lines[0]).toContain('undo restores them');
    expect(lines[0]).not.toContain('Unexpected error');
    if (indexOnDisk) expect(lines[0]).toContain('The search index could not be updated');

    // The disk grows; undo puts back every changed file, byte for byte.
    execFileSync('mount', ['-o', 'remount,size=64m', dataDir]);
    const undone = await run('undo', root, ...db, '--json');
    expect(undone.stderr).toBe('');
    expect(undone.code).toBe(0);
    const report = JSON.parse(undone.stdout) as { restored: string[]; skipped: unknown[]; complete: boolean };
    expect(report.skipped).toEqual([]);
    expect(report.complete).toBe(true);
    expect(report.restored).toHaveLength(changed);
    for (let i = 0; i < FILES; i++) expect(readFileSync(join(root, fileOf(i)), 'utf8'), fileOf(i)).toBe(oldText(i));
  });
});
