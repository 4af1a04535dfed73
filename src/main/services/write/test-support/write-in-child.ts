/**
 * Run by write-across-processes.test.ts in a child process (node --import tsx):
 *   write-in-child.ts FILE
 * Prints `ready` once loaded, then obeys one command per stdin line, so the
 * parent can start the same step in every child at once:
 *   `race HASH TEXT`  one write of TEXT against HASH; prints
 *                     `{"outcome":"written"}` or `{"outcome":"<error code>"}`
 *   `count N`         adds 1 to the number in FILE until it has done so N
 *                     times, reading the file before each attempt and retrying
 *                     on conflict; prints `{"written":N,"conflicts":C}`
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { CopydeskError } from '@shared/errors';
import { writeFileAtomic } from '../write-file-atomic';

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function race(file: string, expectedHash: string, text: string): Promise<unknown> {
  try {
    await writeFileAtomic(file, Buffer.from(text), { expectedHash });
    return { outcome: 'written' };
  } catch (error) {
    if (error instanceof CopydeskError) return { outcome: error.code };
    throw error;
  }
}

async function count(file: string, times: number): Promise<unknown> {
  let written = 0;
  let conflicts = 0;
  while (written < times) {
    const bytes = readFileSync(file);
    try {
      await writeFileAtomic(file, Buffer.from(`${Number(bytes.toString()) + 1}\n`), { expectedHash: sha(bytes) });
      written++;
    } catch (error) {
      if (!(error instanceof CopydeskError && error.code === 'conflict')) throw error;
      conflicts++;
    }
  }
  return { written, conflicts };
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: write-in-child.ts FILE');
  process.stdout.write('ready\n');
  for await (const line of createInterface({ input: process.stdin })) {
    const [command, ...args] = line.split(' ');
    const result = command === 'race' ? await race(file, args[0] as string, args.slice(1).join(' ')) : await count(file, Number(args[0]));
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
