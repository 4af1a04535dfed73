import { open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CopydeskError } from '@shared/errors';
import { ENTRIES, isJournalId, MANIFEST, OLD_BYTES, parseEntries, writeManifest, type JournalEntry, type JournalManifest } from './journal-files';

/** One journal as `retag.journals` lists it. */
export interface JournalSummary {
  id: string;
  at: string;
  description: string;
  files: number;
  undone: boolean;
}

export interface OpenJournal {
  dir: string;
  manifest: JournalManifest;
  entries: JournalEntry[];
  applied: Set<string>;
}

async function readJournal(journalsDir: string, id: string): Promise<OpenJournal | null> {
  const dir = join(journalsDir, id);
  try {
    const manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as JournalManifest;
    const { entries, applied } = parseEntries(await readFile(join(dir, ENTRIES), 'utf8').catch(() => ''));
    return { dir, manifest, entries, applied };
  } catch {
    // A folder without a readable manifest is not a journal (or was being created when the app stopped).
    return null;
  }
}

/**
 * The journals of one workspace on disk, newest first. They are plain files,
 * so they survive restarts; `active` ids (being applied in this process) are
 * listed but never chosen for undo.
 */
export class JournalStore {
  constructor(readonly dir: string) {}

  async all(): Promise<OpenJournal[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const ids = names.filter(isJournalId).sort().reverse();
    const journals = await Promise.all(ids.map((id) => readJournal(this.dir, id)));
    return journals.filter((journal): journal is OpenJournal => journal !== null);
  }

  async list(active: ReadonlySet<string>): Promise<JournalSummary[]> {
    return (await this.all()).map(({ manifest, entries, applied }) => {
      const interrupted = manifest.state === 'applying' && !active.has(manifest.id);
      return {
        id: manifest.id,
        at: manifest.at,
        description: `${manifest.description}${interrupted ? ' (interrupted)' : manifest.cancelled ? ' (cancelled)' : ''}`,
        // An interrupted apply may have replaced a file without noting it: count what it meant to replace.
        files: interrupted ? entries.length : (manifest.files ?? applied.size),
        undone: manifest.state === 'undone',
      };
    });
  }

  /** The given journal, or the newest one not undone and not being applied. */
  async pick(id: string | undefined, active: ReadonlySet<string>): Promise<OpenJournal> {
    if (id !== undefined) {
      const journal = isJournalId(id) ? await readJournal(this.dir, id) : null;
      if (!journal) throw new CopydeskError('not-found', `There is no retag journal ${id} for this folder. List them with retag.journals.`);
      if (journal.manifest.state === 'undone') throw new CopydeskError('bad-input', `The batch ${id} was already undone.`);
      if (active.has(id)) throw new CopydeskError('conflict', `The batch ${id} is still being applied; wait for it to finish or cancel it.`);
      return journal;
    }
    const latest = (await this.all()).find(({ manifest }) => manifest.state !== 'undone' && !active.has(manifest.id));
    if (!latest) throw new CopydeskError('not-found', 'There is no retag batch to undo in this folder.');
    return latest;
  }

  /** The old bytes of one entry. */
  async oldBytes(journal: OpenJournal, entry: JournalEntry): Promise<Buffer> {
    const handle = await open(join(journal.dir, OLD_BYTES), 'r');
    try {
      const buffer = Buffer.alloc(entry.length);
      const { bytesRead } = await handle.read(buffer, 0, entry.length, entry.offset);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  async markUndone(journal: OpenJournal, at: Date = new Date()): Promise<void> {
    await writeManifest(journal.dir, { ...journal.manifest, state: 'undone', undoneAt: at.toISOString() });
  }
}
