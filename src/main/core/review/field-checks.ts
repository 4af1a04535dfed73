import type { Check, CheckFix } from '@shared/review';
import type { CheckRules } from './check-rules';
import { isRecord, sameId, sameValue } from './same-value';

/**
 * `field:<path>` checks: each of the collection's shared fields, and inside
 * a group (`source`, `coverImage`) each leaf, that differs from the source.
 * A leaf is its own check (`field:coverImage.thumb`) because a fix is one
 * `editFields` edit of a scalar or a list. The fix copies the source's
 * value, or deletes a field the source does not have. The pairing key is
 * compared as an id (`57619983` and `'57619983'` are one).
 */
export function fieldChecks(source: Record<string, unknown>, translation: Record<string, unknown>, sourcePath: string, rules: CheckRules): Check[] {
  const checks: Check[] = [];
  const key = rules.pairing.by === 'key' ? rules.pairing.key : undefined;
  for (const field of rules.shared) compare([field], source[field], translation[field], sourcePath, checks, key);
  return checks;
}

function compare(path: string[], s: unknown, t: unknown, sourcePath: string, checks: Check[], key: string | undefined): void {
  if (isRecord(s) && (isRecord(t) || t === undefined)) {
    const inner = isRecord(t) ? t : {};
    for (const name of new Set([...Object.keys(s), ...Object.keys(inner)])) compare([...path, name], s[name], inner[name], sourcePath, checks, key);
    return;
  }
  const isKey = key !== undefined && path.join('.') === key;
  const equal = isKey ? sameId(s, t) || (s === undefined && t === undefined) : sameValue(s, t);
  if (equal) return;
  const name = path.join('.');
  const id = `field:${name}`;
  if (s === undefined) {
    checks.push({ id, message: `${name} is not in the original (${sourcePath}); remove it here.`, fix: { path, delete: true } });
    return;
  }
  const copy = writable(s);
  const fix: CheckFix | null = copy ? { path, value: copy.value } : null;
  const wanted = `${name} must match the original (${sourcePath}): ${show(s)}`;
  const message = t === undefined ? `${wanted}; it is missing here.` : `${wanted}, not ${show(t)}.`;
  checks.push({ id, message: fix ? `${message} Copy the original's value.` : `${message} Copy it from the original by hand.`, ...(fix && { fix }) });
}

/** The source value as an `editFields` value (dates as ISO strings), or null when it cannot be written as one edit. */
function writable(value: unknown): { value: unknown } | null {
  const scalar = (v: unknown): v is string | number | boolean | null =>
    v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  const plain = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : v);
  const copy = Array.isArray(value) ? value.map(plain) : plain(value);
  if (scalar(copy) || (Array.isArray(copy) && copy.every(scalar))) return { value: copy };
  return null;
}

function show(value: unknown): string {
  const text = JSON.stringify(value instanceof Date ? value.toISOString() : value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
