import type { Check } from '@shared/review';

const DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const KEY = /^\s*(?:-\s+)?([^\s:#'"][^:#]*?)\s*:(?:\s|$)/;

/**
 * `date`: calendar dates in the frontmatter that do not exist, such as
 * `2026-02-30`. Both YAML parsers and `new Date()` accept them silently by
 * rolling over (2 March), so the site would show another day than the one
 * written. Read from the frontmatter's text, because js-yaml has already
 * rolled an unquoted one over by the time its value is seen. `yamlLine` is
 * the file line of the frontmatter's first line.
 */
export function impossibleDates(yaml: string, yamlLine: number): Check[] {
  const checks: Check[] = [];
  yaml.split(/\r?\n/).forEach((text, index) => {
    if (/^\s*#/.test(text)) return;
    for (const match of text.matchAll(DATE)) {
      const [written, y, m, d] = match;
      const year = Number(y);
      const month = Number(m);
      const day = Number(d);
      if (month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)) continue;
      const line = yamlLine + index;
      const key = KEY.exec(text)?.[1] ?? 'A date';
      const read = new Date(Date.UTC(year, month - 1, day));
      const readAs = read.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      const why = month < 1 || month > 12 ? `there is no month ${month}` : `${monthName(year, month)} has no day ${day}`;
      checks.push({
        id: 'date',
        line,
        message: `${key} is ${written} (line ${line}), a date that does not exist: ${why}. JavaScript, and so the site, would silently read it as ${readAs}. Correct the date.`,
      });
    }
  });
  return checks;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthName(year: number, month: number): string {
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
