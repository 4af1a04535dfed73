import type { Check } from '@shared/review';
import { langFromPath } from '@shared/paths/lang-from-path';
import { fieldChecks } from './field-checks';
import { normalizeText } from './normalize-text';
import { isRecord, sameId } from './same-value';
import { outlineBody, structureChecks, type BodyOutline } from './structure-checks';

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
}

export interface ConsistencyInput {
  /** The original; null when there is none (an orphan): then only the translation's own checks run. */
  source: ArticleSide | null;
  translation: ArticleSide;
  /** Whether a file with `ai.translatedFrom`'s id and no `ai.translatedFrom` of its own exists. */
  originalExists: boolean;
  /** Whether another file of the group has the translation's language. */
  duplicateOfLang: boolean;
}

/**
 * Everything wrong with a translation relative to its source, in a fixed
 * order: `field:*`, `untranslated:*`, `lang-suffix`, `translated-from`,
 * `duplicate-lang`, `structure:*`, `links`, `images`. A check's `fix`, when
 * present, is one frontmatter edit for `editFields` (DELETE for `delete: true`).
 * Values are compared as parsed, whichever YAML parser produced them.
 */
export function checkConsistency({ source, translation, originalExists, duplicateOfLang }: ConsistencyInput): Check[] {
  const checks: Check[] = [];
  const t = translation.data;
  if (source) {
    checks.push(...fieldChecks(source.data, t, source.path));
    checks.push(...untranslated(source, translation));
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

  if (source) {
    const outline = (side: ArticleSide): BodyOutline => side.outline ?? outlineBody(side.body);
    checks.push(...structureChecks(outline(source), outline(translation), source.path));
  }
  return checks;
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
