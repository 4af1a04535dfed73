import type { Block } from '@shared/review';
import { letterRuns } from './char-runs';
import type { ArticleSide } from './consistency-checks';
import { sideLanguage, type CheckRules } from './check-rules';
import { findNumbers, type FoundNumber } from './locale-numbers';
import { parseMarkdown } from './markdown-tree';
import { normalizeText } from './normalize-text';
import { maskMarkup, proseOfMasked } from './prose-of';
import { blocksFromTree } from './split-blocks';
import { outlineFromTree, type BodyOutline } from './structure-checks';

/** Blocks whose words carry their language: what `untranslated:block` reads. */
export const PROSE_KINDS: ReadonlySet<Block['kind']> = new Set(['heading', 'paragraph', 'list-item', 'quote']);
/** Blocks whose figures are prose: what `numbers` reads (code and HTML are compared elsewhere, or not at all). */
export const FIGURE_KINDS: ReadonlySet<Block['kind']> = new Set([...PROSE_KINDS, 'table']);

/**
 * What the checks read from one side's body alone. An original is compared
 * with each of its translations, so a caller that has several computes its
 * facts once (`prepareSide`) instead of once per pair.
 */
export interface SideFacts {
  /** The language `figures` were read in (a BCP-47 tag). */
  lang: string;
  /** `normalizeText(body)`: compared whole (`untranslated:body`) and measured (`length`). */
  text: string;
  /** `proseOf` of each block's text, index for index with the blocks; '' for a block not in `PROSE_KINDS`. */
  prose: string[];
  /** The figures of each block, index for index; none for a block not in `FIGURE_KINDS`. */
  figures: FoundNumber[][];
  /**
   * The lower-cased words (`wordsOf`) of all of `prose`. Only an original's
   * is read (a block of a translation still in the original's language has
   * most of its words there), so null when computed for a translation.
   */
  vocabulary: ReadonlySet<string> | null;
}

/** A side's blocks, outline and facts, as the checks use them. */
export interface ReadSide {
  blocks: Block[];
  outline: BodyOutline;
  facts: SideFacts;
}

/** The facts of a body split into `blocks`, its figures read as `lang`; with the vocabulary when asked. */
export function sideFacts(body: string, blocks: readonly Block[], lang: string, withVocabulary: boolean): SideFacts {
  const prose: string[] = [];
  const figures: FoundNumber[][] = [];
  for (const block of blocks) {
    // One masking serves both: the prose is the masked text less tickers, figures and markers.
    const masked = FIGURE_KINDS.has(block.kind) ? maskMarkup(block.text) : null;
    prose.push(masked !== null && PROSE_KINDS.has(block.kind) ? proseOfMasked(masked) : '');
    figures.push(masked !== null ? findNumbers(masked, lang) : []);
  }
  let vocabulary: Set<string> | null = null;
  if (withVocabulary) {
    vocabulary = new Set();
    for (const text of prose) for (const word of wordsOf(text)) vocabulary.add(word);
  }
  return { lang, text: normalizeText(body), prose, figures, vocabulary };
}

/** The words of a text, lower-cased: runs of letters (so `don't` is `don` and `t`) of the lower-cased text. */
export function wordsOf(text: string): string[] {
  return letterRuns(text.toLowerCase());
}

/**
 * `side` with everything the checks read from it alone computed from one
 * parse of its body: blocks, outline and facts (vocabulary included). For an
 * original compared with several translations; the checks compute whatever
 * a side lacks.
 */
export function prepareSide(side: ArticleSide, rules: CheckRules): ArticleSide {
  const read = readSide(side, sideLanguage(rules, side), true);
  return { ...side, blocks: read.blocks, outline: read.outline, facts: read.facts };
}

/**
 * The original read last: its translations are checked one after another,
 * and each pair brings the original's body again (read anew from its file,
 * without its facts unless the caller prepared it). One entry, so that it
 * holds no more than one article.
 */
let lastOriginal: { body: string; read: ReadSide } | null = null;

/**
 * A side's blocks, outline and facts: what the side carries (facts only
 * with its blocks, in `lang`, and with a vocabulary when one is wanted),
 * else what was read from the same body last time for an original
 * (`withVocabulary`), else from one parse of its body.
 */
export function readSide(side: ArticleSide, lang: string, withVocabulary: boolean): ReadSide {
  const fits = (facts: SideFacts | undefined): facts is SideFacts => facts !== undefined && facts.lang === lang && (!withVocabulary || facts.vocabulary !== null);
  // Blocks, outline and facts are functions of the body (and the language): an equal body, equal answers.
  const last = withVocabulary && lastOriginal?.body === side.body && lastOriginal.read.facts.lang === lang ? lastOriginal.read : null;
  let { blocks, outline } = side;
  if (!blocks || !outline) {
    if (last) {
      blocks ??= last.blocks;
      outline ??= last.outline;
    } else {
      const tree = parseMarkdown(side.body);
      blocks ??= blocksFromTree(tree, side.body);
      outline ??= outlineFromTree(tree, side.body, blocks);
    }
  }
  const facts = side.blocks && fits(side.facts) ? side.facts : (last?.facts ?? sideFacts(side.body, blocks, lang, withVocabulary));
  const read = { blocks, outline, facts };
  if (withVocabulary) lastOriginal = { body: side.body, read };
  return read;
}
