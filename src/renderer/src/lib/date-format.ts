/**
 * Dates are edited in the format the file already uses: the picker shows the
 * wall-clock digits as written (in the file's own zone, laid out in the
 * reader's locale by the browser, to the second), and writing back keeps the
 * family — date only, minutes, seconds, fraction digits, `T` or space, `Z` /
 * offset / no zone. Pure.
 */
export interface DateFormat {
  kind: 'date' | 'datetime';
  separator: 'T' | ' ';
  seconds: boolean;
  /** Digits of fractional seconds; 0 for none. */
  fraction: number;
  /** `Z`, an offset as written (`+02:00`, `+0200`), or '' for a time without zone. */
  zone: string;
}

/** The corpus's convention (`2026-01-19T10:00:00.000Z`), for a field that has no value yet. */
export const DEFAULT_DATE_FORMAT: DateFormat = { kind: 'datetime', separator: 'T', seconds: true, fraction: 3, zone: 'Z' };

const PATTERN = /^(\d{4}-\d{2}-\d{2})(?:([T ])(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const PICKER = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;

/** The format of a written date, or null when it is not an ISO 8601 date (the form then shows the raw text). */
export function parseDateFormat(value: string): DateFormat | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  if (match[2] === undefined) return { kind: 'date', separator: 'T', seconds: false, fraction: 0, zone: '' };
  return {
    kind: 'datetime',
    separator: match[2] === ' ' ? ' ' : 'T',
    seconds: match[5] !== undefined,
    fraction: match[6]?.length ?? 0,
    zone: match[7] ?? '',
  };
}

/**
 * The value for `<input type="datetime-local">` (or `date`): the digits as
 * written down to the second. Milliseconds are noise to a reader; the file
 * keeps its own (see `fromPickerValue`'s `previous`).
 */
export function toPickerValue(value: string): string | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const [, date, separator, hours, minutes, seconds] = match;
  if (separator === undefined) return date ?? null;
  let out = `${date}T${hours}:${minutes}`;
  if (seconds !== undefined) out += `:${seconds}`;
  return out;
}

/**
 * The picker's value written in `format`; null when the picker is empty or
 * malformed. A picker without fractional seconds keeps those of `previous`
 * (the value it replaces), so changing the minute does not zero the file's
 * milliseconds.
 */
export function fromPickerValue(picker: string, format: DateFormat, previous?: string): string | null {
  const match = PICKER.exec(picker);
  if (!match) return null;
  const [, date, hours = '00', minutes = '00', seconds = '00', picked] = match;
  const fraction = picked ?? (previous === undefined ? undefined : PATTERN.exec(previous)?.[6]) ?? '';
  if (format.kind === 'date') return date ?? null;
  let out = `${date}${format.separator}${hours}:${minutes}`;
  if (format.seconds) out += `:${seconds}`;
  if (format.seconds && format.fraction > 0) out += `.${fraction.padEnd(format.fraction, '0').slice(0, Math.max(format.fraction, fraction.length))}`;
  return out + format.zone;
}

/** Minutes east of UTC for a written zone; null for a time without zone (local). */
function offsetMinutes(zone: string): number | null {
  if (zone === '') return null;
  if (zone === 'Z') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `moment` written in `format`, in the format's zone (local time when it has none). */
export function formatDate(moment: Date, format: DateFormat): string {
  const offset = offsetMinutes(format.zone);
  const shifted = offset === null ? moment : new Date(moment.getTime() + offset * 60_000);
  const utc = offset !== null;
  const year = utc ? shifted.getUTCFullYear() : shifted.getFullYear();
  const month = (utc ? shifted.getUTCMonth() : shifted.getMonth()) + 1;
  const day = utc ? shifted.getUTCDate() : shifted.getDate();
  const picker =
    `${pad(year, 4)}-${pad(month)}-${pad(day)}T` +
    `${pad(utc ? shifted.getUTCHours() : shifted.getHours())}:${pad(utc ? shifted.getUTCMinutes() : shifted.getMinutes())}:` +
    `${pad(utc ? shifted.getUTCSeconds() : shifted.getSeconds())}.${pad(utc ? shifted.getUTCMilliseconds() : shifted.getMilliseconds(), 3)}`;
  return fromPickerValue(picker, format) ?? picker;
}

/** How the picker's zone reads to a person: `UTC`, `UTC+02:00`, or `local time`. */
export function zoneLabel(format: DateFormat): string {
  if (format.kind === 'date') return 'date';
  if (format.zone === '') return 'no zone';
  if (format.zone === 'Z') return 'UTC';
  return `UTC${format.zone}`;
}
