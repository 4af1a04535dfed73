import type { AlignedPair, Block, Check } from '@shared/review';
import { langFromPath } from '@shared/paths/lang-from-path';
import { alignBlocks } from './align-blocks';
import { impossibleDates } from './date-checks';
import { fieldChecks } from './field-checks';
import { DEFAULT_BAND, lengthCheck, type LengthBand } from './length-check';
import { parseMarkdown } from './markdown-tree';
import { normalizeText } from './normalize-text';
import { numberChecks } from './number-checks';
import { repetitionChecks } from './repetition-check';
import { isRecord, sameId } from './same-value';
import { blocksFromTree } from './split-blocks';
import { outlineFromTree, structureChecks, type BodyOutline } from './structure-checks';
import { untranslatedBlocks } from './untranslated-blocks';

export type { Check, CheckFix } from '@shared/review';

/** One article as the checks need it: workspace-relative path, parsed frontmatter, body. */
export interface ArticleSide {
  path: string;
  data: Record<string, unknown>;
  body: string;
  /**
   * `outlineBody(body)`, when the caller already has it: an original is compared
   * with each of its translations, and parsing its body once saves most of the work.
   */
  outline?: BodyOutline;
  /** `splitBlocks(body)`, when the caller already has it (with `outline`, from the same parse). */
  blocks?: Block[];
  /** File line of the body's first line (default 1: lines are then the body's own). */
  bodyLine?: number;
  /** The frontmatter as written (between the `---` lines), for what the parser changed (impossible dates). */
  yaml?: string;
  /** File line of the frontmatter's first line (default 2). */
  yamlLine?: number;
}

export interface ConsistencyInput {
  /** The original; null when there is none (an orphan): then only the translation's own checks run. */
  source: ArticleSide | null;
  translation: ArticleSide;
  /** Whether a file with `ai.translatedFrom`'s id and no `ai.translatedFrom` of its own exists. */
  originalExists: boolean;
  /** Whether another file of the group has the translation's language. */
  duplicateOfLang: boolean;
  /** `alignBlocks(source blocks, translation blocks)`, when the caller already has it. */
  alignment?: AlignedPair[];
  /** The usual length ratio of the translation's language in this folder; default: a generous band. */
  lengthBand?: LengthBand;
}

/**
 * Everything wrong with a translation relative to its source, in a fixed
 * order: `field:*`, `untranslated:title|description|body`,
 * `untranslated:block`, `lang-suffix`, `translated-from`, `duplicate-lang`,
 * `structure:*`, `links`, `images`, `length`, `repetition`, `numbers`,
 * `date`. A check's `fix`, when present, is one frontmatter edit for
 * `editFields` (DELETE for `delete: true`) or one body replacement.
 * Values are compared as parsed, whichever YAML parser produced them.
 */
export function checkConsistency(input: ConsistencyInput): Check[] {
  const { source, translation, originalExists, duplicateOfLang } = input;
  const checks: Check[] = [];
  const t = translation.data;
  const read = source ? { source: readSide(source), translation: readSide(translation) } : null;
  const alignment = source && read ? (input.alignment ?? alignBlocks(read.source.blocks, read.translation.blocks)) : [];
  const sourceLang = source ? languageOf(source) : null;
  const targetLang = languageOf(translation);
  const bodyLine = translation.bodyLine ?? 1;
  if (source && read) {
    checks.push(...fieldChecks(source.data, t, source.path));
    const whole = untranslated(source, translation);
    checks.push(...whole);
    if (sourceLang !== null && targetLang !== null && !whole.some((c) => c.id === 'untranslated:body')) {
      checks.push(...untranslatedBlocks({ sourceBlocks: read.source.blocks, targetBlocks: read.translation.blocks, alignment, sourceLang, targetLang, bodyLine }));
    }
  }

  const suffix = langFromPath(translation.path);
  if (suffix !== null && (typeof t.lang !== 'string' || t.lang.toLowerCase() !== suffix.toLowerCase())) {
    checks.push({
      id: 'lang-suffix',
      message: `lang is ${typeof t.lang === 'string' ? `"${t.lang}"` : 'not set'} but the file name says "${suffix}". Set lang to "${suffix}", or rename the file if lang is right.`,
      fix: { path: ['lang'], value: suffix },
    });
  }

  const translatedFrom = isRecord(t.ai) ? t.ai.translatedFrom : undefined;
  if (!originalExists) {
    checks.push({
      id: 'translated-from',
      message: `ai.translatedFrom ${JSON.stringify(translatedFrom ?? null)} points at no original: no file with that externalId lacks ai.translatedFrom. Restore the original or correct the id.`,
    });
  } else if (source && !sameId(translatedFrom, source.data.externalId)) {
    const id = source.data.externalId;
    checks.push({
      id: 'translated-from',
      message: `ai.translatedFrom is ${JSON.stringify(translatedFrom ?? null)} but the original (${source.path}) has externalId ${JSON.stringify(id ?? null)}. Set ai.translatedFrom to the original's id.`,
      ...((typeof id === 'string' || typeof id === 'number') && { fix: { path: ['ai', 'translatedFrom'], value: id } }),
    });
  }

  if (duplicateOfLang) {
    checks.push({
      id: 'duplicate-lang',
      message: `Another file of this article is also in ${typeof t.lang === 'string' ? `"${t.lang}"` : 'this language'}. Keep one translation per language: merge the two and delete the other file.`,
    });
  }

  if (source && read) {
    checks.push(...structureChecks(read.source.outline, read.translation.outline, source.path));
    const length = lengthCheck(normalizeText(source.body).length, normalizeText(translation.body).length, input.lengthBand ?? DEFAULT_BAND, targetLang ?? 'these');
    if (length) checks.push(length);
    checks.push(...repetitionChecks({ sourceBlocks: read.source.blocks, targetBlocks: read.translation.blocks, alignment, bodyLine }));
    checks.push(
      ...numberChecks({ sourceBlocks: read.source.blocks, targetBlocks: read.translation.blocks, alignment, sourceLang: sourceLang ?? 'en', targetLang: targetLang ?? 'en', bodyLine }),
    );
  }
  if (translation.yaml !== undefined) checks.push(...impossibleDates(translation.yaml, translation.yamlLine ?? 2));
  return checks;
}

/** A side's outline and blocks, from one parse of its body unless the caller has both. */
function readSide(side: ArticleSide): { outline: BodyOutline; blocks: Block[] } {
  if (side.outline && side.blocks) return { outline: side.outline, blocks: side.blocks };
  const tree = parseMarkdown(side.body);
  const blocks = side.blocks ?? blocksFromTree(tree, side.body);
  return { outline: side.outline ?? outlineFromTree(tree, side.body, blocks), blocks };
}

/** `lang`, else the file name's language suffix. */
function languageOf(side: ArticleSide): string | null {
  return typeof side.data.lang === 'string' && side.data.lang.trim() !== '' ? side.data.lang.trim() : langFromPath(side.path);
}

/** `untranslated:title|description|body`: text identical to the source's (after normalising whitespace). */
function untranslated(source: ArticleSide, translation: ArticleSide): Check[] {
  const checks: Check[] = [];
  for (const key of ['title', 'description'] as const) {
    const s = source.data[key];
    const t = translation.data[key];
    if (typeof s === 'string' && typeof t === 'string' && s.trim() !== '' && s.trim() === t.trim()) {
      checks.push({ id: `untranslated:${key}`, message: `The ${key} is the original's, untranslated. Translate it.` });
    }
  }
  const body = normalizeText(source.body);
  if (body !== '' && body === normalizeText(translation.body)) {
    checks.push({ id: 'untranslated:body', message: `The body is identical to the original's (${source.path}). Translate it.` });
  }
  return checks;
}
