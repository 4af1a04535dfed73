import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/main/services/write/write-file-atomic';
import { flag } from '../generate-corpus';

/**
 * The cost of one `writeFileAtomic` (lock, read, compare, temp, fsync,
 * rename, unlock) on distinct small files, one after another, with the
 * folder fsync deferred as a bulk apply does. `--dir /dev/shm` takes fsync
 * out, leaving the lock and the file system calls.
 *   tsx --tsconfig tsconfig.node.json bench/write/run-write-bench.ts [--files 2000] [--dir DIR]
 */

const sha = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

async function main(argv: readonly string[]): Promise<void> {
  const files = Number(flag(argv, 'files') ?? 2000);
  const dir = mkdtempSync(join(flag(argv, 'dir') ?? tmpdir(), 'copydesk-write-bench-'));
  try {
    for (let i = 0; i < files; i++) writeFileSync(join(dir, `f${i}.md`), `old ${i}\n`);
    const started = performance.now();
    for (let i = 0; i < files; i++) {
      await writeFileAtomic(join(dir, `f${i}.md`), Buffer.from(`new ${i}\n`), { expectedHash: sha(`old ${i}\n`), syncDirectory: false });
    }
    const ms = performance.now() - started;
    process.stdout.write(`${files} writes in ${Math.round(ms)} ms: ${Math.round((ms / files) * 1000)} µs per write\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main(process.argv.slice(2));
