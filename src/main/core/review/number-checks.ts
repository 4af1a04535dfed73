import type { AlignedPair, Block, Check } from '@shared/review';
import { formatFigure, sameFigure, type FoundNumber } from './locale-numbers';

export interface NumberCheckInput {
  targetBlocks: readonly Block[];
  /**
   * The figures of each block of either side, read in its language
   * (`SideFacts.figures`: prose and tables, link targets and code masked).
   */
  sourceFigures: readonly (readonly FoundNumber[])[];
  targetFigures: readonly (readonly FoundNumber[])[];
  alignment: readonly AlignedPair[];
  targetLang: string;
  /** File line of the translation body's first line. */
  bodyLine: number;
}

/**
 * `numbers`: figures of an original's block that its translation lost or
 * changed, compared as values (`$1.6 billion` = `1,6 мільярда доларів`,
 * `40,000` = `40 000`).
 *
 * - A figure of the source block that no figure of the paired translation
 *   block can equal, and that appears nowhere else in the translation either
 *   (a figure moved to the next sentence is not lost), is missing.
 * - A figure of the translation block that no figure of the whole source can
 *   equal is a changed one; paired in order with the block's missing figures
 *   when they are as many, each such pair is one check whose fix writes the
 *   original's figure (in the translation's number format) over it.
 * - ISO dates, times, figures glued to letters (`H100`), link targets and
 *   code are not figures here.
 */
export function numberChecks(input: NumberCheckInput): Check[] {
  const { targetBlocks, sourceFigures, targetFigures, alignment, targetLang, bodyLine } = input;
  // Every value a figure of either side can mean: "no figure of the whole source can equal" is one look-up per value.
  const allSource = valuesOf(sourceFigures);
  const allTarget = valuesOf(targetFigures);
  const inSource = (f: FoundNumber): boolean => f.values.some((v) => allSource.has(v));
  const inTarget = (f: FoundNumber): boolean => f.values.some((v) => allTarget.has(v));
  const checks: Check[] = [];

  for (const pair of alignment) {
    if (pair.kind !== 'match' || pair.source === null || pair.target === null) continue;
    const block = targetBlocks[pair.target];
    const source = sourceFigures[pair.source] ?? [];
    const target = targetFigures[pair.target] ?? [];
    if (!block || source.length + target.length === 0) continue;
    const line = bodyLine + block.line - 1;
    const missing = distinct(source.filter((s) => !target.some((t) => sameFigure(s, t))));
    const changed = target.filter((t) => !inSource(t));

    if (missing.length > 0 && missing.length === changed.length) {
      missing.forEach((s, i) => {
        const t = changed[i];
        if (t) checks.push(changedCheck(s, t, block, targetLang, line));
      });
      continue;
    }
    const lost = missing.filter((s) => !inTarget(s));
    if (lost.length > 0) {
      checks.push({
        id: 'numbers',
        line,
        message: `${lost.length === 1 ? 'The figure' : 'The figures'} ${lost.map(show).join(', ')} of the original ${lost.length === 1 ? 'is' : 'are'} missing from this block (line ${line}). Restore ${lost.length === 1 ? 'it' : 'them'} as the original has ${lost.length === 1 ? 'it' : 'them'}.`,
      });
    }
  }
  return checks;
}

function changedCheck(source: FoundNumber, target: FoundNumber, block: Block, targetLang: string, line: number): Check {
  const message = `The original says ${show(source)}; this block (line ${line}) says ${show(target)} instead.`;
  // Only the digits are replaced, so the scale word must mean the same on both sides.
  const insert = source.scale === target.scale ? formatFigure(source.digits, targetLang) : null;
  if (insert === null || insert === target.digits) return { id: 'numbers', line, message: `${message} Correct the figure.` };
  return {
    id: 'numbers',
    line,
    message: `${message} Copy the original's figure (${insert}).`,
    fix: { body: { from: block.from + target.from, to: block.from + target.to, expected: target.digits, insert } },
  };
}

function valuesOf(figures: readonly (readonly FoundNumber[])[]): Set<number> {
  const values = new Set<number>();
  for (const list of figures) for (const f of list) for (const v of f.values) values.add(v);
  return values;
}

/** One figure per value: "40,000 … 40,000" lost is one loss. */
function distinct(figures: readonly FoundNumber[]): FoundNumber[] {
  const kept: FoundNumber[] = [];
  for (const f of figures) if (!kept.some((k) => sameFigure(k, f))) kept.push(f);
  return kept;
}

const show = (f: FoundNumber): string => `"${f.digits}${f.scaleText}"`;
