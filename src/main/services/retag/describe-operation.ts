import type { RetagOperation } from '../../core/retag';

const show = (tag: string): string => JSON.stringify(tag);

/** A one-line account of an operation for the journal list: `rename "A" → "B"; add "C" (ignoring case)`. */
export function describeOperation(op: RetagOperation, selection: string): string {
  const parts: string[] = [];
  for (const { from, to } of op.rename) parts.push(`rename ${show(from)} → ${show(to)}`);
  if (op.add.length > 0) parts.push(`add ${op.add.map(show).join(', ')}`);
  if (op.remove.length > 0) parts.push(`remove ${op.remove.map(show).join(', ')}`);
  if (op.category === null) parts.push('remove the category');
  else if (op.category !== undefined) parts.push(`set category ${show(op.category)}`);
  const matching = op.matchCase === 'insensitive' ? ' (ignoring case)' : '';
  return `${parts.join('; ')}${matching} on ${selection}`;
}
