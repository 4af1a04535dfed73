import { lowerWordRuns } from './char-runs';
import type { AlignedPair, Block, Check } from '@shared/review';

/** Longest repeated phrase looked for, in words: a whole sentence stuck in a loop is caught too. */
const MAX_PERIOD = 16;
/** Checks shown one by one; more are summed up in the last. */
const LISTED = 5;

/** A phrase repeated back to back. */
export interface RepeatedRun {
  /** The repeated words, joined by spaces. */
  phrase: string;
  /** How many times in a row. */
  times: number;
}

/**
 * The longest run of one word (4 times or more) or one phrase of 2–16 words
 * (3 times or more) repeated back to back in `text`, compared
 * case-insensitively word by word; null when there is none. "very very very"
 * and "ha ha ha" pass; "ведення ведення ведення ведення" does not.
 * O(words × 16).
 */
export function repeatedRun(text: string): RepeatedRun | null {
  const words = lowerWordRuns(text);
  let best: { start: number; period: number; length: number } | null = null;
  for (let period = 1; period <= MAX_PERIOD && period < words.length; period++) {
    let run = 0;
    for (let i = period; i <= words.length; i++) {
      if (i < words.length && words[i] === words[i - period]) {
        run++;
        continue;
      }
      // words[i - run - period, i) repeats with this period.
      const length = run + period;
      const times = Math.floor(length / period);
      if (times >= (period === 1 ? 4 : 3) && (!best || length > best.length)) best = { start: i - length, period, length };
      run = 0;
    }
  }
  if (!best) return null;
  return { phrase: words.slice(best.start, best.start + best.period).join(' '), times: Math.floor(best.length / best.period) };
}

export interface RepetitionInput {
  sourceBlocks: readonly Block[];
  targetBlocks: readonly Block[];
  alignment: readonly AlignedPair[];
  bodyLine: number;
}

/**
 * `repetition`: blocks of the translation in which a word or phrase repeats
 * back to back like a model stuck in a loop, and blocks repeated three or
 * more times in a row, unless the original's counterpart repeats as well
 * (a quoted chant is the author's).
 */
export function repetitionChecks({ sourceBlocks, targetBlocks, alignment, bodyLine }: RepetitionInput): Check[] {
  const counterpart = new Map<number, number>();
  for (const pair of alignment) if (pair.source !== null && pair.target !== null) counterpart.set(pair.target, pair.source);
  const found: { line: number; message: string }[] = [];

  targetBlocks.forEach((block, index) => {
    if (block.kind === 'code' || block.kind === 'html') return;
    const run = repeatedRun(block.text);
    if (!run) return;
    const source = sourceBlocks[counterpart.get(index) ?? -1];
    if (source && repeatedRun(source.text)) return;
    const line = bodyLine + block.line - 1;
    const phrase = run.phrase.length > 60 ? `${run.phrase.slice(0, 57)}…` : run.phrase;
    found.push({ line, message: `"${phrase}" repeats ${run.times.toLocaleString('en')} times in a row at line ${line}: the translation got stuck in a loop. Translate this block again from the original.` });
  });

  // The same block again and again (a paragraph the model kept emitting).
  let same = 1;
  for (let i = 1; i <= targetBlocks.length; i++) {
    const block = targetBlocks[i];
    const previous = targetBlocks[i - 1];
    if (block && previous && block.kind !== 'rule' && block.text === previous.text) {
      same++;
      continue;
    }
    if (same >= 3 && previous) {
      const first = targetBlocks[i - same];
      const sourceRepeats = sourceBlocks.filter((b) => b.text === previous.text).length >= same;
      if (first && !sourceRepeats) {
        const line = bodyLine + first.line - 1;
        found.push({ line, message: `The block at line ${line} is repeated ${same} times in a row; the original has it once. Delete the copies.` });
      }
    }
    same = 1;
  }

  found.sort((a, b) => a.line - b.line);
  const checks: Check[] = found.slice(0, LISTED).map(({ line, message }) => ({ id: 'repetition', line, message }));
  const more = found.length - LISTED;
  if (more > 0) {
    const last = checks[checks.length - 1];
    if (last) last.message += ` (${more} more repeating ${more === 1 ? 'block' : 'blocks'} after this one.)`;
  }
  return checks;
}
