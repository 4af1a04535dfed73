import type { RetagOperation } from '@shared/retag/operation';

/**
 * Commit messages prefilled from what the desk did: "Approve uk translation
 * of <title>", "Rename tag MINING → BITCOIN MINING in 214 articles". Pure:
 * titles come in through `titleOf`.
 */

/** What the app did to one file since the last commit. */
export type AppAction =
  | { kind: 'edit' }
  | { kind: 'approve' | 'needs-work' | 'fix' | 'create-translation'; lang: string | null }
  /** A bulk edit (retag apply or undo): every file it wrote shares the one message. */
  | { kind: 'bulk'; batch: string; message: string };

const articles = (n: number): string => `${n} article${n === 1 ? '' : 's'}`;

/** One line for a bulk retag of `count` files: the common single operations read as a sentence. */
export function retagCommitMessage(op: RetagOperation, count: number): string {
  const parts: string[] = [];
  for (const { from, to } of op.rename) parts.push(`rename tag ${from} → ${to}`);
  if (op.add.length > 0) parts.push(`add tag${op.add.length > 1 ? 's' : ''} ${op.add.join(', ')}`);
  if (op.remove.length > 0) parts.push(`remove tag${op.remove.length > 1 ? 's' : ''} ${op.remove.join(', ')}`);
  if (op.category === null) parts.push('remove the category');
  else if (op.category !== undefined) parts.push(`set category ${op.category}`);
  const [only] = parts;
  if (parts.length === 1 && only !== undefined) {
    const preposition = op.add.length > 0 ? 'to' : op.remove.length > 0 ? 'from' : 'in';
    return `${capitalise(only)} ${preposition} ${articles(count)}`;
  }
  return `Retag ${articles(count)}: ${parts.join(', ')}`;
}

/** The message for an undo of a bulk edit whose own message was `original` (when known). */
export function undoCommitMessage(original: string | undefined, count: number): string {
  return original !== undefined ? `Undo "${original}"` : `Undo a bulk tag edit in ${articles(count)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const MAX_TITLE = 60;

function shortTitle(title: string): string {
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1).trimEnd()}…` : title;
}

function describeOne(action: Exclude<AppAction, { kind: 'bulk' }>, title: string): string {
  const t = shortTitle(title);
  if (action.kind === 'edit') return `Edit ${t}`;
  const lang = action.lang ?? 'the';
  if (action.kind === 'approve') return `Approve ${lang} translation of ${t}`;
  if (action.kind === 'needs-work') return `Mark ${lang} translation of ${t} as needing work`;
  if (action.kind === 'fix') return `Fix ${lang} translation of ${t}`;
  return `Add ${lang} translation of ${t}`;
}

/**
 * A message for committing these files: one line when one thing was done,
 * else a summary line and one line per thing. `titleOf` names an article
 * (the original's title for a translation action); null when unknown.
 */
export async function suggestCommitMessage(
  writes: ReadonlyArray<{ path: string; action: AppAction }>,
  titleOf: (path: string, action: AppAction) => Promise<string | null>,
): Promise<string> {
  if (writes.length === 0) return '';
  const lines: string[] = [];
  const batches = new Set<string>();
  const singles: string[] = [];
  for (const { path, action } of writes) {
    if (action.kind === 'bulk') {
      if (!batches.has(action.batch)) lines.push(action.message);
      batches.add(action.batch);
    } else {
      singles.push(path);
      // Titles are read for the first few only: a long list is summarised anyway.
      if (singles.length <= 5) lines.push(describeOne(action, (await titleOf(path, action)) ?? path));
    }
  }
  if (lines.length === 1 && singles.length <= 1) return lines[0] ?? '';
  const more = singles.length > 5 ? [`…and ${singles.length - 5} more`] : [];
  const summary = batches.size > 0 && singles.length === 0 ? `${batches.size} bulk edits` : `Update ${articles(new Set(writes.map((w) => w.path)).size)}`;
  return [summary, '', ...lines.map((line) => `- ${line}`), ...more].join('\n');
}
