/** Lines removed from `before` and added in `after`, between their common leading and trailing lines. */
export interface LineDiff {
  removed: string[];
  added: string[];
}

/**
 * A deliberately simple line diff for tests: strips common leading and
 * trailing lines (split on `\n`, so a `\r` stays visible at line ends). One
 * edited region per call is what these tests expect.
 */
export function lineDiff(before: string, after: string): LineDiff {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}
