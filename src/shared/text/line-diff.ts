import type { DiffHunk, DiffLine } from './diff-hunk';

export type { DiffHunk, DiffLine } from './diff-hunk';

type Eol = DiffLine['eol'];
type Op = ' ' | '-' | '+';

interface Line {
  text: string;
  eol: Eol;
}

/**
 * Beyond this many differing lines in the middle section, the middle is shown
 * as removed-then-added: Myers' trace grows with the square of the distance,
 * and a diff that large is not a useful preview anyway.
 */
const MAX_EDIT_DISTANCE = 1000;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      lines.push({ text: text.slice(start), eol: 'none' });
      break;
    }
    const crlf = nl > start && text.charCodeAt(nl - 1) === 13;
    lines.push(crlf ? { text: text.slice(start, nl - 1), eol: 'crlf' } : { text: text.slice(start, nl), eol: undefined });
    start = nl + 1;
  }
  return lines;
}

const sameLine = (a: Line | undefined, b: Line | undefined): boolean =>
  a !== undefined && b !== undefined && a.text === b.text && a.eol === b.eol;

/** Myers' O(ND) shortest edit script between `a` and `b`, or null when it exceeds `maxCost`. */
function myers(a: Line[], b: Line[], maxCost: number): Op[] | null {
  const n = a.length;
  const m = b.length;
  const maxD = Math.min(n + m, maxCost);
  const offset = maxD + 1;
  const v = new Int32Array(2 * maxD + 3);
  // trace[d] holds the furthest x for diagonals k = -d..d (index k + d) after step d.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= maxD; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && sameLine(a[x], b[y])) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        return backtrack(trace, n, m);
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const previous = trace[d - 1] ?? new Int32Array(0);
    const at = (k: number): number => previous[k + d - 1] ?? 0;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push(' ');
      x--;
      y--;
    }
    ops.push(down ? '+' : '-');
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push(' ');
    x--;
    y--;
  }
  return ops.reverse();
}

/** The edit script for the whole texts: common prefix and suffix first, Myers on the rest. */
function editScript(a: Line[], b: Line[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && sameLine(a[head], b[head])) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && sameLine(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
  const oldMiddle = a.slice(head, a.length - tail);
  const newMiddle = b.slice(head, b.length - tail);
  const middle =
    myers(oldMiddle, newMiddle, MAX_EDIT_DISTANCE) ??
    [...oldMiddle.map((): Op => '-'), ...newMiddle.map((): Op => '+')];
  return [...Array<Op>(head).fill(' '), ...middle, ...Array<Op>(tail).fill(' ')];
}

function toDiffLine(kind: Op, line: Line | undefined): DiffLine {
  const text = line?.text ?? '';
  return line?.eol ? { kind, text, eol: line.eol } : { kind, text };
}

/**
 * Line diff of two texts as hunks with `context` unchanged lines around each
 * change (hunks closer than 2 × context merge). Lines compare by text and
 * line ending, so CRLF files diff cleanly and a changed ending alone shows
 * up as a `-`/`+` pair. Cheap when a few lines change in a long text.
 */
export function lineDiff(before: string, after: string, context = 1): DiffHunk[] {
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = editScript(a, b);
  const around = Math.max(0, Math.floor(context));
  // Position of each op in the old and new texts, to number hunks and fetch lines.
  const oldAt = new Int32Array(ops.length + 1);
  const newAt = new Int32Array(ops.length + 1);
  for (let i = 0; i < ops.length; i++) {
    oldAt[i + 1] = (oldAt[i] ?? 0) + (ops[i] === '+' ? 0 : 1);
    newAt[i + 1] = (newAt[i] ?? 0) + (ops[i] === '-' ? 0 : 1);
  }
  const hunks: DiffHunk[] = [];
  let i = 0;
  while (i < ops.length) {
    if (ops[i] === ' ') {
      i++;
      continue;
    }
    const start = Math.max(0, i - around);
    let lastChange = i;
    for (let j = i + 1; j < ops.length && j - lastChange - 1 <= 2 * around; j++) {
      if (ops[j] !== ' ') lastChange = j;
    }
    const end = Math.min(ops.length - 1, lastChange + around);
    const lines: DiffLine[] = [];
    for (let j = start; j <= end; j++) {
      const op = ops[j] ?? ' ';
      lines.push(toDiffLine(op, op === '+' ? b[newAt[j] ?? 0] : a[oldAt[j] ?? 0]));
    }
    hunks.push({ oldStart: (oldAt[start] ?? 0) + 1, newStart: (newAt[start] ?? 0) + 1, lines });
    i = end + 1;
  }
  return hunks;
}
