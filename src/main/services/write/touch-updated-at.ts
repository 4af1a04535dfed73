import { applyChanges, readFrontmatter, setField } from '@shared/frontmatter';

/** `2026-01-31`, `2026-01-31T18:29:36.980Z`, `2026-01-31 18:29`, `2026-01-31T18:29:36+02:00`, … */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:([Tt ])(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(\s*)(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Minutes east of UTC written by an offset like `+02:00`, `-0530` or `+02`. */
function offsetMinutes(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

/**
 * `now` written the way `previous` is written: the same parts (date only,
 * minutes, seconds, as many fraction digits), separator, and zone (`Z`, the
 * same offset, or none = local time). A value that is not a timestamp gives
 * a full ISO string with milliseconds.
 */
export function timestampLike(previous: string, now: Date): string {
  const match = TIMESTAMP.exec(previous.trim());
  if (!match) return now.toISOString();
  const [, , , , separator, , , seconds, fraction, space = '', zone] = match;
  // Shift the clock so the UTC getters read the wall time of the wanted zone.
  let shifted: Date;
  if (zone === undefined) shifted = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  else if (zone === 'Z' || zone === 'z') shifted = now;
  else shifted = new Date(now.getTime() + offsetMinutes(zone) * 60_000);

  let text = `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
  if (separator === undefined) return text;
  text += `${separator}${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
  if (seconds !== undefined) text += `:${pad(shifted.getUTCSeconds())}`;
  if (fraction !== undefined) text += `.${pad(shifted.getUTCMilliseconds(), 3).padEnd(fraction.length, '0').slice(0, fraction.length)}`;
  return text + space + (zone ?? '');
}

/**
 * Sets the collection's "updated" field (`field`: its `roles.updated`, such
 * as `updatedAt` or Hugo's `lastmod`) to `now` in the format already in
 * the file, as a minimal text change. Left alone: a text without that field
 * (none is added), a text whose frontmatter cannot be read, and a value the
 * person changed themselves (it differs from `previousText`'s).
 */
export function touchUpdatedAt(text: string, previousText: string | null, now: Date, field: string): string {
  const read = readFrontmatter(text);
  if (!read.ok || !Object.hasOwn(read.data, field)) return text;
  const value = read.data[field];
  if (previousText !== null) {
    const before = readFrontmatter(previousText);
    if (before.ok && before.data[field] !== value) return text;
  }
  const next = timestampLike(typeof value === 'string' ? value : '', now);
  const edit = setField(text, [field], next);
  if (!edit.ok) return text;
  return applyChanges(text, edit.changes);
}
