import type { AlignedPair, Block, Check } from '@shared/review';
import { canDetect, decidedByScript, detectLanguage, enoughLetters } from './detect-language';
import { proseOf } from './prose-of';
import { PROSE_KINDS, wordsOf, type SideFacts } from './side-facts';

/** Beyond this many blocks, one check lists their lines instead of one check each. */
const LISTED = 5;

/**
 * The share of a block's words that must occur in the original for the
 * trigram model to be asked whether the block is still in the original's
 * language. Text left in that language is the original's own (all of its
 * words are there, give or take an edit); a translation keeps names and a
 * few short words at most (measured on genuine pt/es/de translations of
 * English: under 40 % per block).
 */
export const SOURCE_WORD_SHARE = 0.5;

export interface UntranslatedInput {
  sourceBlocks: readonly Block[];
  targetBlocks: readonly Block[];
  /** The two sides' facts (`sideFacts`), the source's with its vocabulary. */
  source: SideFacts;
  target: SideFacts;
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
 * languages at stake — when the script alone cannot tell them apart, only a
 * block most of whose words occur in the original (`SOURCE_WORD_SHARE`).
 * Code, link targets, tickers and figures are ignored.
 */
export function untranslatedBlocks(input: UntranslatedInput): Check[] {
  const { sourceBlocks, targetBlocks, source, target, alignment, sourceLang, targetLang, bodyLine } = input;
  const primary = (lang: string): string => lang.toLowerCase().split('-')[0] ?? '';
  if (primary(sourceLang) === primary(targetLang)) return [];
  const candidates = [sourceLang, targetLang];
  const detect = canDetect(sourceLang) && canDetect(targetLang);
  const byScript = decidedByScript(candidates);
  const counterpart = new Map<number, number>();
  for (const pair of alignment) if (pair.source !== null && pair.target !== null) counterpart.set(pair.target, pair.source);

  const lines: number[] = [];
  targetBlocks.forEach((block, index) => {
    if (!PROSE_KINDS.has(block.kind)) return;
    const prose = target.prose[index] ?? '';
    const sourceIndex = counterpart.get(index);
    const sourceBlock = sourceIndex === undefined ? undefined : sourceBlocks[sourceIndex];
    const identical = sourceBlock !== undefined && prose === sourceProse(sourceBlock, sourceIndex ?? -1) && prose.split(' ').length >= 3 && letterCount(prose) >= 12;
    // Too few letters and the model is not asked: the vocabulary need not be either.
    const modelSays = (): boolean => (byScript || (enoughLetters(prose) && mostlyFrom(prose, source.vocabulary))) && detectLanguage(prose, candidates) === sourceLang;
    if (identical || (detect && modelSays())) lines.push(bodyLine + block.line - 1);
  });

  function sourceProse(block: Block, index: number): string {
    // Aligned blocks are of one kind, so this is the precomputed prose; any other is computed.
    return PROSE_KINDS.has(block.kind) ? (source.prose[index] ?? proseOf(block.text)) : proseOf(block.text);
  }

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

/** Whether at least `SOURCE_WORD_SHARE` of the words of `prose` occur in `vocabulary` (all do without one). */
function mostlyFrom(prose: string, vocabulary: ReadonlySet<string> | null): boolean {
  if (vocabulary === null) return true;
  const words = wordsOf(prose);
  let known = 0;
  for (const word of words) if (vocabulary.has(word)) known++;
  return known >= SOURCE_WORD_SHARE * words.length;
}

let displayNames: Intl.DisplayNames | null = null;
const names = new Map<string, string>();

/** `en` → `English`; the tag itself when Intl does not know it. */
function languageName(lang: string): string {
  let name = names.get(lang);
  if (name === undefined) {
    try {
      displayNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
      name = displayNames.of(lang) ?? lang;
    } catch {
      name = lang;
    }
    // A workspace has a handful of languages; a bound all the same, the tags are the files' own.
    if (names.size >= 64) names.clear();
    names.set(lang, name);
  }
  return name;
}
