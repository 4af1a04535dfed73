import { spawnSync } from 'node:child_process';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOG, makeCorpus, type TempCorpus } from '../__fixtures__/corpus';
import { scanColumns, scanWorkspace } from './scan-workspace';

let corpus: TempCorpus;

beforeEach(async () => {
  corpus = await makeCorpus();
});

afterEach(async () => {
  await chmod(join(corpus.root, 'locked'), 0o755).catch(() => undefined);
  await corpus.cleanup();
});

describe('scanWorkspace', () => {
  it('finds Markdown files with their size and mtime, skipping ignored folders and other files', async () => {
    await corpus.write('docs/a.mdx', 'x');
    await corpus.write('docs/b.markdown', 'xy');
    await corpus.write('docs/C.MD', 'xyz');
    const files = await scanWorkspace(corpus.root);
    expect(files.map((f) => f.path).sort()).toEqual([
      'docs/C.MD',
      'docs/a.mdx',
      'docs/b.markdown',
      `${BLOG}/01/coreweave.en.md`,
      `${BLOG}/01/coreweave.pt.md`,
      `${BLOG}/01/coreweave.uk.md`,
      `${BLOG}/02/broken.en.md`,
      `${BLOG}/02/etf.de.md`,
      `${BLOG}/02/etf.en.md`,
      `${BLOG}/02/latin1.en.md`,
      `${BLOG}/02/orphan.fr.md`,
    ]);
    const b = files.find((f) => f.path === 'docs/b.markdown');
    expect(b?.size).toBe(2);
    expect(b?.mtimeMs).toBeGreaterThan(0);
  });

  it('does not follow symbolic links', async () => {
    await symlink(join(corpus.root, 'src'), join(corpus.root, 'loop'));
    await symlink(join(corpus.root, BLOG, '02', 'etf.en.md'), join(corpus.root, 'alias.md'));
    const files = await scanWorkspace(corpus.root);
    expect(files.some((f) => f.path.startsWith('loop/') || f.path === 'alias.md')).toBe(false);
  });

  it('scans one folder when asked', async () => {
    const files = await scanWorkspace(corpus.root, { under: `${BLOG}/02` });
    expect(files.map((f) => f.path).sort()).toEqual(
      ['broken.en.md', 'etf.de.md', 'etf.en.md', 'latin1.en.md', 'orphan.fr.md'].map((f) => `${BLOG}/02/${f}`),
    );
  });

  // root reads every folder, so as root (as CI runs) the scan runs in a child process as `nobody`.
  it('reports an unreadable folder and goes on', async () => {
    await mkdir(join(corpus.root, 'locked'));
    await corpus.write('locked/x.md', 'x');
    await chmod(join(corpus.root, 'locked'), 0o000);
    const scan = process.getuid?.() === 0 ? await scanAsNobody(corpus.root) : await scanHere(corpus.root);
    expect(scan.errors).toEqual(['locked']);
    expect(scan.files).toBe(8);
  });

  const canMkfifo = spawnSync('mkfifo', ['--version']).error === undefined;
  it.skipIf(!canMkfifo)('reports a FIFO with a Markdown name instead of listing it, with or without stats', async () => {
    expect(spawnSync('mkfifo', [join(corpus.root, BLOG, '02', 'pipe.en.md')]).status).toBe(0);
    expect(spawnSync('mkfifo', [join(corpus.root, BLOG, '02', 'pipe.txt')]).status).toBe(0);
    for (const stat of [true, false]) {
      const notRegular: string[] = [];
      const scan = await scanColumns(corpus.root, { stat, onNotRegular: (rel) => notRegular.push(rel) });
      expect(notRegular).toEqual([`${BLOG}/02/pipe.en.md`]);
      expect(scan.paths).toHaveLength(8);
    }
  });

  it('reports the temp and lock files writes leave, and lists none of them', async () => {
    const leftovers = ['.etf.en.md.copydesk-0123456789ab.tmp', '.etf.en.md.copydesk.lock', '.etf.en.md.copydesk.lock.break'];
    for (const name of [...leftovers, '.etf.en.md.swp', '.etf.en.md.copydesk-tmp']) await corpus.write(`${BLOG}/02/${name}`, 'x');
    const found: string[] = [];
    const scan = await scanColumns(corpus.root, { onWriteLeftover: (rel) => found.push(rel) });
    expect(found.sort()).toEqual(leftovers.map((name) => `${BLOG}/02/${name}`).sort());
    expect(scan.paths).toHaveLength(8);
  });
});

interface ScanOutcome {
  errors: string[];
  files: number;
}

async function scanHere(root: string): Promise<ScanOutcome> {
  const errors: string[] = [];
  const files = await scanWorkspace(root, { onError: (rel) => errors.push(rel) });
  return { errors, files: files.length };
}

const NOBODY = 65534;

/** Runs the real scanWorkspace under tsx as the unprivileged `nobody`, for whom mode 000 means unreadable. */
async function scanAsNobody(root: string): Promise<ScanOutcome> {
  await chmod(dirname(root), 0o755); // mkdtemp made it 0700: nobody must be able to reach the corpus
  const tsx = fileURLToPath(new URL('../../../../node_modules/tsx/dist/cli.mjs', import.meta.url));
  const tsconfig = fileURLToPath(new URL('../../../../tsconfig.node.json', import.meta.url)); // for the @shared alias
  const module = fileURLToPath(new URL('./scan-workspace.ts', import.meta.url));
  const script = join(dirname(root), 'scan-as-nobody.mts');
  await writeFile(
    script,
    [
      `const { scanWorkspace } = await import(${JSON.stringify(module)});`,
      'const errors: string[] = [];',
      `const files = await scanWorkspace(${JSON.stringify(root)}, { onError: (rel: string) => errors.push(rel) });`,
      'process.stdout.write(JSON.stringify({ errors, files: files.length }));',
    ].join('\n'),
    { mode: 0o644 },
  );
  const child = spawnSync(process.execPath, [tsx, '--tsconfig', tsconfig, script], {
    uid: NOBODY,
    gid: NOBODY,
    cwd: dirname(root),
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), TMPDIR: tmpdir() },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (child.status !== 0) throw new Error(`the scan as nobody failed (${child.status ?? child.signal}): ${child.stderr}`);
  return JSON.parse(child.stdout) as ScanOutcome;
}
