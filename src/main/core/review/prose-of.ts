import { collapseNonWords } from './char-runs';

/**
 * The words of a Markdown block that carry its language: link and image
 * targets, bare URLs, inline code, HTML tags, tickers (`BTC`, `$ETH`, `H100`),
 * numbers and Markdown markers removed; link text kept. Runs of whitespace
 * become one space.
 *
 * Linear in the block's length: every pattern is a single pass without
 * nested quantifiers over the same characters.
 */
export function proseOf(markdown: string): string {
  return proseOfMasked(maskMarkup(markdown));
}

/** `proseOf` of a block already passed through `maskMarkup` (the number checks mask it too). */
export function proseOfMasked(masked: string): string {
  // Numbers, markers and runs of whitespace become one space, in one pass.
  return collapseNonWords(masked.replace(/\$?\b(?=[\p{Lu}\d]*\p{Lu})[\p{Lu}\d]{2,}\b/gu, ' '));
}

/**
 * `markdown` with everything that is not prose blanked out by as many spaces:
 * image and link targets, bare URLs, inline code, HTML tags, a block's list,
 * heading or quote marker. Offsets stay those of the block, so a figure found
 * in the result can be replaced in the text.
 */
export function maskMarkup(markdown: string): string {
  const blank = (match: string): string => ' '.repeat(match.length);
  return markdown
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, blank)
    .replace(/\]\([^)\n]*\)/g, (match) => `]${blank(match.slice(1))}`)
    .replace(/\]\[[^\]\n]*\]/g, (match) => `]${blank(match.slice(1))}`)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/<[^>\n]*>/g, blank)
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, blank)
    .replace(/^\s{0,3}(?:#{1,6}|[-*+]|\d+[.)]|>)(?=\s)/gm, blank);
}
