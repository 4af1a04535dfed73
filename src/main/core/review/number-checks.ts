import type { AlignedPair, Block, Check } from '@shared/review';
import { findNumbers, formatFigure, sameFigure, type FoundNumber } from './locale-numbers';
import { maskMarkup } from './prose-of';

/** Block kinds whose figures are prose; code and HTML are compared elsewhere (or not at all). */
const PROSE: ReadonlySet<Block['kind']> = new Set(['heading', 'paragraph', 'list-item', 'quote', 'table']);

export interface NumberCheckInput {
  sourceBlocks: readonly Block[];
  targetBlocks: readonly Block[];
  alignment: readonly AlignedPair[];
  sourceLang: string;
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
  const { sourceBlocks, targetBlocks, alignment, sourceLang, targetLang, bodyLine } = input;
  const figures = (block: Block, lang: string): FoundNumber[] => (PROSE.has(block.kind) ? findNumbers(maskMarkup(block.text), lang) : []);
  const sourceFigures = sourceBlocks.map((b) => figures(b, sourceLang));
  const targetFigures = targetBlocks.map((b) => figures(b, targetLang));
  const allSource = sourceFigures.flat();
  const allTarget = targetFigures.flat();
  const checks: Check[] = [];

  for (const pair of alignment) {
    if (pair.kind !== 'match' || pair.source === null || pair.target === null) continue;
    const block = targetBlocks[pair.target];
    const source = sourceFigures[pair.source] ?? [];
    const target = targetFigures[pair.target] ?? [];
    if (!block || source.length + target.length === 0) continue;
    const line = bodyLine + block.line - 1;
    const missing = distinct(source.filter((s) => !target.some((t) => sameFigure(s, t))));
    const changed = target.filter((t) => !allSource.some((s) => sameFigure(s, t)));

    if (missing.length > 0 && missing.length === changed.length) {
      missing.forEach((s, i) => {
        const t = changed[i];
        if (t) checks.push(changedCheck(s, t, block, targetLang, line));
      });
      continue;
    }
    const lost = missing.filter((s) => !allTarget.some((t) => sameFigure(s, t)));
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

/** One figure per value: "40,000 … 40,000" lost is one loss. */
function distinct(figures: FoundNumber[]): FoundNumber[] {
  const kept: FoundNumber[] = [];
  for (const f of figures) if (!kept.some((k) => sameFigure(k, f))) kept.push(f);
  return kept;
}

const show = (f: FoundNumber): string => `"${f.digits}${f.scaleText}"`;
