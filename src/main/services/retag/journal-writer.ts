import { mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { contentHash } from '../write/content-hash';
import { appendFully } from './append-fully';
import { ENTRIES, OLD_BYTES, parseEntries, writeManifest, type JournalEntry, type JournalManifest } from './journal-files';

/** One file about to be replaced: what it holds now and the hash of what it will hold. */
export interface JournalRecord {
  path: string;
  oldBytes: Uint8Array;
  oldHash: string;
  newHash: string;
}

/**
 * The journal could not be created or could not take a batch. Whatever it
 * held before stays intact and undoable; the batch it refused must not be
 * applied.
 */
export class JournalWriteError extends Error {
  /** Why, in words (see journalFailureReason). */
  readonly reason: string;

  constructor(
    readonly dir: string,
    cause: unknown,
  ) {
    const reason = journalFailureReason(cause);
    super(`The undo journal ${dir} could not be written: ${reason}.`, { cause });
    this.name = 'JournalWriteError';
    this.reason = reason;
  }
}

/** Why a journal write failed, in words: `the disk is full (ENOSPC)`. */
export function journalFailureReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return `the disk is full (${code})`;
  if (code === 'EFBIG') return `the file size limit was reached (${code})`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `the folder is not writable (${code})`;
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${message} (${code})` : message;
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buffer.subarray(0, done);
}

/**
 * Appends to one journal while a batch is applied. `record` must complete
 * (it writes, fsyncs and reads back) before the recorded files are
 * replaced; `markApplied` after. When `record` throws, the journal is left
 * as it was before the call and the batch must not be applied.
 */
export class JournalWriter {
  private appliedCount = 0;
  /** Applied marks are appended one after another, so the rest of a short write lands right after its start. */
  private marks: Promise<void> = Promise.resolve();
  /** A mark could not be written (its line may be torn): no more marks, and the next record starts on a fresh line. */
  private marksLost = false;

  private constructor(
    readonly dir: string,
    private manifest: JournalManifest,
    private readonly bytes: FileHandle,
    private readonly entries: FileHandle,
  ) {}

  /** Creates the journal folder and its manifest (state `applying`), durably; on failure leaves nothing behind. */
  static async create(journalsDir: string, manifest: JournalManifest): Promise<JournalWriter> {
    const dir = join(journalsDir, manifest.id);
    let bytes: FileHandle | undefined;
    let entries: FileHandle | undefined;
    try {
      await mkdir(dir, { recursive: true });
      await writeManifest(dir, manifest);
      // Opened for reading too: each batch is read back before its files are replaced.
      bytes = await open(join(dir, OLD_BYTES), 'a+');
      entries = await open(join(dir, ENTRIES), 'a+');
      await syncDir(dir);
      await syncDir(dirname(dir));
      return new JournalWriter(dir, manifest, bytes, entries);
    } catch (error) {
      await bytes?.close().catch(() => undefined);
      await entries?.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
      throw new JournalWriteError(dir, error);
    }
  }

  get id(): string {
    return this.manifest.id;
  }

  get applied(): number {
    return this.appliedCount;
  }

  /**
   * Stores the old bytes and entries of a batch: appends them (however many
   * writes that takes), fsyncs both files (one pair per batch, not per file),
   * then reads them back and checks every entry's old bytes against its
   * hash. Throws JournalWriteError, after cutting both files back to where
   * they were, when any step fails.
   */
  async record(batch: readonly JournalRecord[]): Promise<void> {
    if (batch.length === 0) return;
    await this.marks;
    let bytesStart: number | undefined;
    let entriesStart: number | undefined;
    try {
      bytesStart = (await this.bytes.stat()).size;
      entriesStart = (await this.entries.stat()).size;
      const expected: JournalEntry[] = [];
      let offset = bytesStart;
      for (const { path, oldBytes, oldHash, newHash } of batch) {
        expected.push({ path, oldHash, newHash, offset, length: oldBytes.length });
        offset += oldBytes.length;
      }
      const lines = expected.map((entry) => `${JSON.stringify(entry)}\n`).join('');
      const text = Buffer.from(this.marksLost ? `\n${lines}` : lines, 'utf8');

      await appendFully(this.bytes, Buffer.concat(batch.map((record) => record.oldBytes)));
      await this.bytes.sync();
      const stored = await readAt(this.bytes, bytesStart, offset - bytesStart);
      for (const entry of expected) {
        const slice = stored.subarray(entry.offset - bytesStart, entry.offset - bytesStart + entry.length);
        if (slice.length !== entry.length || contentHash(slice) !== entry.oldHash) throw readBackMismatch(OLD_BYTES, entry.path);
      }

      await appendFully(this.entries, text);
      await this.entries.sync();
      const parsed = parseEntries((await readAt(this.entries, entriesStart, text.length)).toString('utf8')).entries;
      if (JSON.stringify(parsed) !== JSON.stringify(expected)) throw readBackMismatch(ENTRIES, batch[0]?.path ?? '');
    } catch (error) {
      // Undo must never meet an entry whose old bytes are not all there: cut both files back to the last good batch.
      if (entriesStart !== undefined) await this.entries.truncate(entriesStart).catch(() => undefined);
      if (bytesStart !== undefined) await this.bytes.truncate(bytesStart).catch(() => undefined);
      await this.entries.sync().catch(() => undefined);
      throw new JournalWriteError(this.dir, error);
    }
  }

  /**
   * Notes that a recorded file was replaced (for the journal's file count;
   * undo goes by hashes, so no fsync). Never throws: the file IS replaced,
   * and its entry is already durable.
   */
  markApplied(path: string): Promise<void> {
    this.appliedCount++;
    this.marks = this.marks.then(async () => {
      if (this.marksLost) return;
      await appendFully(this.entries, Buffer.from(`${JSON.stringify({ applied: path })}\n`, 'utf8')).catch(() => {
        this.marksLost = true;
      });
    });
    return this.marks;
  }

  /**
   * Closes the files and marks the journal applied; a journal that replaced
   * nothing is removed. When the manifest cannot be written (a full disk),
   * the journal stays `applying`: listed as interrupted, and undoable all
   * the same.
   */
  async finish(opts: { cancelled: boolean }): Promise<{ kept: boolean }> {
    await this.close();
    if (this.appliedCount === 0) {
      await rm(this.dir, { recursive: true, force: true }).catch(() => undefined);
      return { kept: false };
    }
    const manifest: JournalManifest = { ...this.manifest, state: 'applied', files: this.appliedCount, ...(opts.cancelled && { cancelled: true }) };
    try {
      await writeManifest(this.dir, manifest);
      this.manifest = manifest;
    } catch {
      // See above: an `applying` journal is undone from its entries like any other.
    }
    return { kept: true };
  }

  async close(): Promise<void> {
    await this.marks;
    await this.bytes.close().catch(() => undefined);
    await this.entries.close().catch(() => undefined);
  }
}

function readBackMismatch(file: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${file} read back differs from what was written for ${path}`), { code: 'EIO' });
}
