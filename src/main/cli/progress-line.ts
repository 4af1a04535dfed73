import type { IndexProgress } from '@shared/ipc/contract';
import type { Writer } from './cli-io';

const PHASE_LABEL: Record<IndexProgress['phase'], string> = {
  idle: 'done',
  scanning: 'Scanning',
  indexing: 'Reading',
  fulltext: 'Building search index',
  checking: 'Checking translations',
};

/**
 * Shows index progress on stderr: one line rewritten in place on a terminal,
 * one line per phase otherwise (so logs stay short). `finish()` ends the line.
 */
export function createProgressLine(out: Writer): { update(p: IndexProgress): void; finish(): void } {
  let lastPhase: IndexProgress['phase'] | null = null;
  let drawn = false;
  return {
    update(p) {
      if (p.phase === 'idle') return;
      const label = PHASE_LABEL[p.phase];
      if (out.isTTY) {
        const count = p.total > 0 ? ` ${p.done}/${p.total} (${Math.floor((p.done / p.total) * 100)}%)` : '';
        out.write(`\r\x1b[2K${label}…${count}`);
        drawn = true;
      } else if (p.phase !== lastPhase) {
        out.write(`${label}…${p.total > 0 ? ` ${p.total} ${p.phase === 'checking' ? 'translations' : 'files'}` : ''}\n`);
      }
      lastPhase = p.phase;
    },
    finish() {
      if (drawn) out.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
