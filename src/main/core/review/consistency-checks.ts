import type { AlignedPair, Block, Check } from '@shared/review';
import { valueAt } from '../model/model-file';
import { alignBlocks } from './align-blocks';
import { pathLanguage, sideLanguage, type CheckRules } from './check-rules';
import { impossibleDates } from './date-checks';
import { fieldChecks } from './field-checks';
import { DEFAULT_BAND, lengthCheck, type LengthBand } from './length-check';
import { numberChecks } from './number-checks';
import { repetitionChecks } from './repetition-check';
import { sameId } from './same-value';
import { readSide, type SideFacts } from './side-facts';
import { structureChecks, type BodyOutline } from './structure-checks';
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
  /**
   * What the checks read from the body alone (`prepareSide`), when the caller
   * already has it; used only with `blocks`, the blocks it was computed from.
   */
  facts?: SideFacts;
  /** File line of the body's first line (default 1: lines are then the body's own). */
  bodyLine?: number;
  /** The frontmatter as written (between the `---` lines), for what the parser changed (impossible dates). */
  yaml?: string;
  /** File line of the frontmatter's first line (default 2). */
  yamlLine?: number;
}

export interface ConsistencyInput {
  /** What the translation's collection says: shared fields, pairing fields, where the language is. */
  rules: CheckRules;
  /** The original; null when there is none (an orphan): then only the translation's own checks run. */
  source: ArticleSide | null;
  translation: ArticleSide;
  /** Whether the original the pairing rule gives (by translated-from key, or the group's source-language file) exists. */
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
  const { source, translation, duplicateOfLang, rules } = input;
  const checks: Check[] = [];
  const t = translation.data;
  const sourceLang = source ? sideLanguage(rules, source) : null;
  const targetLang = sideLanguage(rules, translation);
  // Figures are read in the side's language; 'en' when it has none.
  const read = source ? { source: readSide(source, sourceLang ?? 'en', true), translation: readSide(translation, targetLang ?? 'en', false) } : null;
  const alignment = source && read ? (input.alignment ?? alignBlocks(read.source.blocks, read.translation.blocks)) : [];
  const bodyLine = translation.bodyLine ?? 1;
  if (source && read) {
    checks.push(...fieldChecks(source.data, t, source.path, rules));
    const whole = untranslated(source, translation, rules.texts, read.source.facts.text, read.translation.facts.text);
    checks.push(...whole);
    if (sourceLang !== null && targetLang !== null && !whole.some((c) => c.id === 'untranslated:body')) {
      checks.push(
        ...untranslatedBlocks({ sourceBlocks: read.source.blocks, targetBlocks: read.translation.blocks, source: read.source.facts, target: read.translation.facts, alignment, sourceLang, targetLang, bodyLine }),
      );
    }
  }

  checks.push(...languageChecks(translation, rules));
  checks.push(...translatedFromChecks(input));

  if (duplicateOfLang) {
    checks.push({
      id: 'duplicate-lang',
      message: `Another file of this article is also in "${targetLang}". Keep one translation per language: merge the two and delete the other file.`,
    });
  }

  if (source && read) {
    checks.push(...structureChecks(read.source.outline, read.translation.outline, source.path, { source: sourceLang, target: targetLang }));
    const length = lengthCheck(read.source.facts.text.length, read.translation.facts.text.length, input.lengthBand ?? DEFAULT_BAND, targetLang ?? 'these');
    if (length) checks.push(length);
    checks.push(...repetitionChecks({ sourceBlocks: read.source.blocks, targetBlocks: read.translation.blocks, alignment, bodyLine }));
    checks.push(
      ...numberChecks({
        targetBlocks: read.translation.blocks,
        sourceFigures: read.source.facts.figures,
        targetFigures: read.translation.facts.figures,
        alignment,
        targetLang: targetLang ?? 'en',
        bodyLine,
      }),
    );
  }
  if (translation.yaml !== undefined) checks.push(...impossibleDates(translation.yaml, translation.yamlLine ?? 2));
  return checks;
}

/**
 * `lang-suffix`: the language field disagrees with the language the path
 * names (its suffix, or its locale folder under a folder rule). The fix sets
 * the field; when the field is right, the file is misnamed.
 */
function languageChecks(translation: ArticleSide, rules: CheckRules): Check[] {
  const field = rules.languageField;
  const fromPath = pathLanguage(rules, translation.path);
  if (field === null || fromPath === null) return [];
  const value = translation.data[field];
  if (typeof value === 'string' && value.trim().toLowerCase() === fromPath.toLowerCase()) return [];
  const where = rules.pairing.by === 'folder' ? 'its folder' : 'the file name';
  return [
    {
      id: 'lang-suffix',
      message: `${field} is ${typeof value === 'string' ? `"${value}"` : 'not set'} but ${where} says "${fromPath}". Set ${field} to "${fromPath}", or move the file if ${field} is right.`,
      fix: { path: [field], value: fromPath },
    },
  ];
}

/**
 * `translated-from`: the translation names no original that exists, or
 * (with a translated-from field) names another one than its group's. Without
 * such a field the group's source-language file is the original.
 */
function translatedFromChecks({ source, translation, originalExists, rules }: ConsistencyInput): Check[] {
  const { key, translatedFrom: field } = rules.pairing;
  const named = field !== undefined ? valueAt(translation.data, field) : undefined;
  if (!originalExists) {
    const message =
      field !== undefined && key !== undefined
        ? `${field} ${JSON.stringify(named ?? null)} points at no original: no file with that ${key} lacks ${field}. Restore the original or correct the id.`
        : `No original pairs with ${translation.path}: its group has no file in the source language (${describeRule(rules)}). Restore the original, or move or rename this file to its original's.`;
    return [{ id: 'translated-from', message }];
  }
  if (source === null || field === undefined || key === undefined) return [];
  const id = valueAt(source.data, key);
  if (sameId(named, id)) return [];
  return [
    {
      id: 'translated-from',
      message: `${field} is ${JSON.stringify(named ?? null)} but the original (${source.path}) has ${key} ${JSON.stringify(id ?? null)}. Set ${field} to the original's ${key}.`,
      ...((typeof id === 'string' || typeof id === 'number') && { fix: { path: field.split('.'), value: id } }),
    },
  ];
}

function describeRule(rules: CheckRules): string {
  switch (rules.pairing.by) {
    case 'key':
      return `files share ${rules.pairing.key ?? 'a key'}`;
    case 'folder':
      return 'the same path in another locale folder';
    case 'suffix':
      return 'the same name with another language suffix';
    case 'none':
      return 'the collection pairs no files';
  }
}

/**
 * `untranslated:<field>|body`: the title, description or body identical to
 * the source's (the bodies compared as `normalizeText` gives them).
 */
function untranslated(source: ArticleSide, translation: ArticleSide, texts: readonly string[], sourceBody: string, translationBody: string): Check[] {
  const checks: Check[] = [];
  for (const key of texts) {
    const s = source.data[key];
    const t = translation.data[key];
    if (typeof s === 'string' && typeof t === 'string' && s.trim() !== '' && s.trim() === t.trim()) {
      checks.push({ id: `untranslated:${key}`, message: `The ${key} is the original's, untranslated. Translate it.` });
    }
  }
  if (sourceBody !== '' && sourceBody === translationBody) {
    checks.push({ id: 'untranslated:body', message: `The body is identical to the original's (${source.path}). Translate it.` });
  }
  return checks;
}
