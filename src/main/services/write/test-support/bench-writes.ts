import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../write-file-atomic';

const sha = (b: Uint8Array | string): string => createHash('sha256').update(b).digest('hex');
async function main(): Promise<void> {
  const dir = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'wbench-'));
  const n = 2000;
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `f${i}.md`), `old ${i}\n`);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    await writeFileAtomic(join(dir, `f${i}.md`), Buffer.from(`new ${i}\n`), { expectedHash: sha(`old ${i}\n`), syncDirectory: false });
  }
  const ms = performance.now() - t0;
  console.log(`${n} writes: ${ms.toFixed(0)} ms, ${((ms / n) * 1000).toFixed(0)} µs/write`);
  rmSync(dir, { recursive: true, force: true });
}
void main();
