import type { AlignedPair, Block, Check } from '@shared/review';
import { canDetect, detectLanguage } from './detect-language';
import { proseOf } from './prose-of';

const PROSE: ReadonlySet<Block['kind']> = new Set(['heading', 'paragraph', 'list-item', 'quote']);

/** Beyond this many blocks, one check lists their lines instead of one check each. */
const LISTED = 5;

export interface UntranslatedInput {
  sourceBlocks: readonly Block[];
  targetBlocks: readonly Block[];
  alignment: readonly AlignedPair[];
  sourceLang: string;
  targetLang: string;
  bodyLine: number;
}

/**
 * `untranslated:block`: paragraphs, headings, list items and quotes of the
 * translation still in the original's language. A block whose words equal its
 * source block's (at least three words) is the trivial case; any other block
 * with enough letters is given to `detectLanguage` with only the two
 * languages at stake. Code, link targets, tickers and figures are ignored.
 */
export function untranslatedBlocks(input: UntranslatedInput): Check[] {
  const { sourceBlocks, targetBlocks, alignment, sourceLang, targetLang, bodyLine } = input;
  const primary = (lang: string): string => lang.toLowerCase().split('-')[0] ?? '';
  if (primary(sourceLang) === primary(targetLang)) return [];
  const detect = canDetect(sourceLang) && canDetect(targetLang);
  const counterpart = new Map<number, number>();
  for (const pair of alignment) if (pair.source !== null && pair.target !== null) counterpart.set(pair.target, pair.source);

  const lines: number[] = [];
  targetBlocks.forEach((block, index) => {
    if (!PROSE.has(block.kind)) return;
    const prose = proseOf(block.text);
    const sourceIndex = counterpart.get(index);
    const source = sourceIndex === undefined ? undefined : sourceBlocks[sourceIndex];
    const identical = source !== undefined && prose.split(' ').length >= 3 && letterCount(prose) >= 12 && prose === proseOf(source.text);
    if (identical || (detect && detectLanguage(prose, [sourceLang, targetLang]) === sourceLang)) lines.push(bodyLine + block.line - 1);
  });

  const language = languageName(sourceLang);
  if (lines.length <= LISTED) {
    return lines.map((line) => ({
      id: 'untranslated:block',
      line,
      message: `The block at line ${line} is still in ${language}. Translate it.`,
    }));
  }
  return [
    {
      id: 'untranslated:block',
      line: lines[0],
      message: `${lines.length} blocks are still in ${language}, at lines ${lines.slice(0, 12).join(', ')}${lines.length > 12 ? ', …' : ''}. Translate them.`,
    },
  ];
}

const letterCount = (text: string): number => (text.match(/\p{L}/gu) ?? []).length;

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
