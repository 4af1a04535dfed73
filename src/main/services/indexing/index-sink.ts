import type { ArticleWriter, ShardIndex } from '../../db/article-writer';
import { readBodyBytes, type ParsedFile } from './article-file';

/** What an index run changed. */
export interface IndexChanges {
  /** Files read from disk. */
  read: number;
  /** Files parsed because their bytes were new or changed. */
  reparsed: number;
  /** Files whose mtime changed but bytes did not. */
  touched: number;
  removed: number;
  /** Paths added or changed, sorted. */
  changedPaths: string[];
  removedPaths: string[];
}

/**
 * Where parsed files go, on whichever thread owns the writer: metadata rows
 * in one transaction per batch (`applyBatch`), full-text rows later from a
 * queue of row ids (`writeTexts`). The queue holds ids only: the title,
 * description and tags are read back from the rows and the body re-read
 * from the file when the text is written, so memory stays flat at 100k files.
 */
export class IndexSink {
  /** Row ids whose full text is still to be written, oldest first, from `head` on. */
  private queue: number[] = [];
  private head = 0;
  private readonly changedPaths: string[] = [];
  private reparsed = 0;
  private touched = 0;
  private removed = 0;

  constructor(
    private readonly writer: ArticleWriter,
    private readonly root: string,
    /** Row ids of files the index already has (path → id). */
    private readonly existingIds: ReadonlyMap<string, number>,
  ) {}

  /** Drops gone files from rows, tags and full text, in one transaction. */
  removePaths(paths: readonly string[]): number {
    let count = 0;
    this.writer.transaction(() => {
      for (const path of paths) if (this.writer.remove(path)) count++;
    });
    this.removed += count;
    return count;
  }

  /** Writes one parsed batch's rows in one transaction and queues their full text. */
  applyBatch(batch: readonly ParsedFile[]): void {
    this.writer.transaction(() => {
      for (const file of batch) {
        if (file.kind === 'unchanged') {
          const id = this.existingIds.get(file.path);
          if (id !== undefined) this.writer.touch(id, file.size, file.mtimeMs);
          this.touched++;
          continue;
        }
        const { record } = file;
        const id = this.writer.upsert(record, this.existingIds.has(record.path), file.bodyLine);
        this.writer.setReviewFacts(id, file.facts);
        this.queue.push(id);
        this.changedPaths.push(record.path);
        this.reparsed++;
      }
    });
  }

  /** Full texts still to be written. */
  get pendingTexts(): number {
    return this.queue.length - this.head;
  }

  /** Writes up to `max` queued texts (oldest first) in one transaction; returns how many. */
  writeTexts(max: number, shard: ShardIndex = 0): number {
    const chunk = this.queue.slice(this.head, this.head + max);
    this.head += chunk.length;
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    }
    if (chunk.length > 0) writeTexts(this.writer, this.root, chunk, shard);
    return chunk.length;
  }

  /**
   * Takes about half of the queued texts (13 of every 25), for another
   * thread to write into the other shard; the writer keeps the rest (it
   * also commits the last rows, hence the slightly smaller half).
   * Interleaved rather than the tail, so both shards hold the same mix of
   * files and their bm25 statistics stay alike.
   */
  splitPending(): number[] {
    const kept: number[] = [];
    const given: number[] = [];
    for (let i = this.head; i < this.queue.length; i++) {
      const id = this.queue[i];
      if (id !== undefined) ((i - this.head) % 25 < 12 ? kept : given).push(id);
    }
    this.queue = kept;
    this.head = 0;
    return given;
  }

  changes(read: number, removedPaths: string[]): IndexChanges {
    return {
      read,
      reparsed: this.reparsed,
      touched: this.touched,
      removed: this.removed,
      changedPaths: [...this.changedPaths].sort(),
      removedPaths,
    };
  }
}

/** Writes the full text of rows `ids` into one shard, in one transaction, reading each body from its file. */
export function writeTexts(writer: ArticleWriter, root: string, ids: readonly number[], shard: ShardIndex): void {
  const sources = writer.textSources(ids);
  writer.transaction(() => {
    for (const { path, bodyLine, ...doc } of sources) {
      writer.insertFulltext({ ...doc, body: readBodyBytes(root, path, bodyLine) }, shard);
    }
  });
}
