import type { IndexProgress, WorkspaceStatus } from '@shared/ipc/contract';

const numbers = new Intl.NumberFormat('en');

/** `12345` → `12,345`. */
export function formatCount(n: number): string {
  return numbers.format(n);
}

/** ISO date-time → `2026-01-31`; the full value belongs in a tooltip. Unparseable input is shown as is. */
export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(iso);
  return match?.[1] ?? iso;
}

/** Progress line for the status bar, or `null` when the index is idle. */
export function formatProgress(progress: IndexProgress): string | null {
  const counts = progress.total > 0 ? ` ${formatCount(progress.done)}/${formatCount(progress.total)}` : '';
  switch (progress.phase) {
    case 'idle':
      return null;
    case 'scanning':
      return progress.done > 0 ? `Scanning… ${formatCount(progress.done)} files` : 'Scanning…';
    case 'indexing':
      return `Indexing${counts}`;
    case 'fulltext':
      return `Building full-text${counts}`;
    case 'checking':
      return `Checking translations${counts}`;
  }
}

/** Fraction done in [0, 1], or `null` when the phase has no known total. */
export function progressFraction(progress: IndexProgress): number | null {
  if (progress.phase === 'idle' || progress.total <= 0) return null;
  return Math.min(1, Math.max(0, progress.done / progress.total));
}

/**
 * Summary when idle: `1,234 articles · 5 invalid · en, pt, uk`. The first count
 * is every file (`files`): the status's `articles` counts valid ones only, and
 * "25 articles · 3 invalid" for 28 files would read as 28 + 3.
 */
export function formatSummary(status: Pick<WorkspaceStatus, 'files' | 'invalid' | 'languages'>): string {
  const parts = [`${formatCount(status.files)} ${status.files === 1 ? 'article' : 'articles'}`];
  parts.push(`${formatCount(status.invalid)} invalid`);
  if (status.languages.length > 0) parts.push(status.languages.join(', '));
  return parts.join(' · ');
}
