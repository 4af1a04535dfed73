import { mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ENTRIES, OLD_BYTES, writeManifest, type JournalEntry, type JournalManifest } from './journal-files';

/** One file about to be replaced: what it holds now and the hash of what it will hold. */
export interface JournalRecord {
  path: string;
  oldBytes: Uint8Array;
  oldHash: string;
  newHash: string;
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

/**
 * Appends to one journal while a batch is applied. `record` must complete
 * (it fsyncs) before the recorded files are replaced; `markApplied` after.
 */
export class JournalWriter {
  private offset = 0;
  private appliedCount = 0;

  private constructor(
    readonly dir: string,
    private manifest: JournalManifest,
    private readonly bytes: FileHandle,
    private readonly entries: FileHandle,
  ) {}

  /** Creates the journal folder and its manifest (state `applying`), durably. */
  static async create(journalsDir: string, manifest: JournalManifest): Promise<JournalWriter> {
    const dir = join(journalsDir, manifest.id);
    await mkdir(dir, { recursive: true });
    await writeManifest(dir, manifest);
    const bytes = await open(join(dir, OLD_BYTES), 'a');
    const entries = await open(join(dir, ENTRIES), 'a');
    await syncDir(dir);
    await syncDir(dirname(dir));
    return new JournalWriter(dir, manifest, bytes, entries);
  }

  get id(): string {
    return this.manifest.id;
  }

  get applied(): number {
    return this.appliedCount;
  }

  /** Stores the old bytes and entries of a batch, and fsyncs both files: one pair of fsyncs per batch, not per file. */
  async record(batch: readonly JournalRecord[]): Promise<void> {
    if (batch.length === 0) return;
    const lines: string[] = [];
    const chunks: Uint8Array[] = [];
    for (const { path, oldBytes, oldHash, newHash } of batch) {
      const entry: JournalEntry = { path, oldHash, newHash, offset: this.offset, length: oldBytes.length };
      lines.push(`${JSON.stringify(entry)}\n`);
      chunks.push(oldBytes);
      this.offset += oldBytes.length;
    }
    await this.bytes.write(Buffer.concat(chunks));
    await this.bytes.sync();
    await this.entries.write(lines.join(''));
    await this.entries.sync();
  }

  /** Notes that a recorded file was replaced (for the journal's file count; undo goes by hashes, so no fsync). */
  async markApplied(path: string): Promise<void> {
    this.appliedCount++;
    await this.entries.write(`${JSON.stringify({ applied: path })}\n`);
  }

  /** Closes the files and marks the journal applied; a journal that replaced nothing is removed. */
  async finish(opts: { cancelled: boolean }): Promise<{ kept: boolean }> {
    await this.close();
    if (this.appliedCount === 0) {
      await rm(this.dir, { recursive: true, force: true });
      return { kept: false };
    }
    this.manifest = { ...this.manifest, state: 'applied', ...(opts.cancelled && { cancelled: true }) };
    await writeManifest(this.dir, this.manifest);
    return { kept: true };
  }

  async close(): Promise<void> {
    await this.bytes.close().catch(() => undefined);
    await this.entries.close().catch(() => undefined);
  }
}
