import type { ModelCollection } from '@shared/model/content-model';
import { splitFrontmatter } from '@shared/frontmatter';
import { parseArticle } from '../parse-article';
import { validatorFor } from '@shared/model/validator-for';
import { valueAt } from '../model/model-file';
import { buildFrontmatter, type FrontmatterRecipe } from './build-frontmatter';
import { existingBlock } from './frontmatter-block';

/** The field Copydesk's review reads to tell a translation from an original, and what it names. */
export const REVIEW_TRANSLATED_FROM = { field: 'ai.translatedFrom', valueOf: 'externalId' } as const;

export interface RepairInput {
  /** The translation, relative to the site root. */
  path: string;
  /** Its text as decoded (BOM kept). */
  text: string;
  /** Its language, from the path. */
  lang: string;
  original: { path: string; text: string };
  /** The collection both files belong to; null when the model has none for it. */
  collection: ModelCollection | null;
}

export interface RepairProblem {
  field?: string;
  message: string;
}

export type RepairPlan =
  | {
      ok: true;
      /** False when the file already has readable frontmatter (nothing to do). */
      changed: boolean;
      /** The whole new text; equal to the input when unchanged. */
      text: string;
      /** The new block, `---` lines included; empty when unchanged. */
      block: string;
      /** The block it replaces (broken or empty frontmatter), `---` lines included; null when there was none. */
      replaced: string | null;
      /** Why the replaced block is broken; null when it is not (none, or empty). */
      broken: string | null;
      frontmatter: Record<string, unknown>;
      warnings: string[];
      /** Where the result would not be valid under the collection's schema; the repair is refused while any. */
      errors: RepairProblem[];
    }
  | { ok: false; reason: string };

/**
 * Plans the frontmatter of a translation that lost it, from its original:
 * the language from the path, the pairing key and the translated-from
 * field, every field the model marks shared or translatable copied from
 * the original (as written), `draft: true` when the schema has a draft
 * flag. The body's text stays exactly as it was; the new block uses the
 * body's line ending. Pure: the caller found and read both files.
 */
export function planRepair(input: RepairInput): RepairPlan {
  const existing = existingBlock(input.text);
  if (existing.kind === 'unbounded') return { ok: false, reason: `${input.path}: ${existing.why}` };
  if (existing.kind === 'ok') {
    return { ok: true, changed: false, text: input.text, block: '', replaced: null, broken: null, frontmatter: {}, warnings: [`${input.path} already has readable frontmatter; there is nothing to repair.`], errors: [] };
  }
  const originalBlock = splitFrontmatter(input.original.text);
  const originalData = originalBlock ? parseArticle(input.original.text).frontmatter : null;
  if (originalBlock === null || originalData === null) {
    return { ok: false, reason: `The original ${input.original.path} has no readable frontmatter to copy; repair it first.` };
  }
  const originalYaml = input.original.text.slice(originalBlock.yamlFrom, originalBlock.yamlTo);

  const bom = input.text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const body = input.text.slice(existing.bodyFrom);
  const eol = lineEnding(body, input.text);
  const { recipe, warnings } = recipeFor(input.collection, originalData, input.lang);
  let built;
  try {
    built = buildFrontmatter(originalYaml, recipe, eol);
  } catch (error) {
    return { ok: false, reason: `The original ${input.original.path}'s frontmatter could not be copied: ${error instanceof Error ? error.message : String(error)}` };
  }
  const block = `---${eol}${built.yaml}---${eol}`;
  const text = `${bom}${block}${body}`;
  return {
    ok: true,
    changed: true,
    text,
    block,
    replaced: existing.kind === 'none' ? null : existing.replaced,
    broken: existing.kind === 'broken' ? existing.why : null,
    frontmatter: built.data,
    warnings: [...warnings, ...built.warnings],
    errors: validate(input.collection, text),
  };
}

/** The body's line ending; a body of one line goes by the rest of the file, else LF. */
function lineEnding(body: string, text: string): '\n' | '\r\n' {
  const sample = body.includes('\n') ? body : text;
  const lf = sample.indexOf('\n');
  return lf > 0 && sample.charCodeAt(lf - 1) === 0x0d ? '\r\n' : '\n';
}

function recipeFor(collection: ModelCollection | null, original: Record<string, unknown>, lang: string): { recipe: FrontmatterRecipe; warnings: string[] } {
  const warnings: string[] = [];
  const languageField = collection?.languageField ?? ('lang' in original ? 'lang' : null);
  const hasExternalId = typeof original.externalId === 'string' || typeof original.externalId === 'number';
  const fallbackFrom = hasExternalId ? REVIEW_TRANSLATED_FROM : null;
  if (collection === null) {
    warnings.push('No collection of the content model holds this file: every field of the original was copied and the result could not be checked against a schema.');
    return {
      recipe: { lang, languageField, copy: null, translatedFrom: fallbackFrom, draft: typeof original.draft === 'boolean' },
      warnings,
    };
  }
  if (collection.schema.source === 'inferred') {
    warnings.push(`The ${collection.name} collection has no declared schema (${collection.schema.note ?? 'inferred from the files'}): the result is checked against the schema inferred from the files.`);
  }
  const top = (dotted: string): string => dotted.split('.')[0] ?? dotted;
  const schema = collection.schema.json;
  const required = Array.isArray(schema.required) ? schema.required.filter((name): name is string => typeof name === 'string') : [];
  const classified = new Set([...collection.fields.shared, ...collection.fields.translatable].map(top));
  const copy = new Set(classified);
  const pairing = collection.pairing;
  if (pairing.by === 'key' && pairing.key !== undefined) copy.add(top(pairing.key));
  for (const name of required) {
    if (!copy.has(name) && name in original && name !== languageField) {
      copy.add(name);
      warnings.push(`${name} is neither shared nor translatable in the model but the schema requires it: copied from the original.`);
    }
  }
  let translatedFrom: FrontmatterRecipe['translatedFrom'] = null;
  if (pairing.by === 'key' && pairing.key !== undefined && pairing.translatedFrom !== undefined) {
    translatedFrom = { field: pairing.translatedFrom, valueOf: pairing.key };
  } else if (fallbackFrom !== null) {
    translatedFrom = fallbackFrom;
    warnings.push(`The content model names no translated-from field: set ${fallbackFrom.field} to the original's ${fallbackFrom.valueOf}, as Copydesk's review reads it.`);
  }
  if (translatedFrom !== null && valueAt(original, translatedFrom.valueOf) === undefined) translatedFrom = null;
  const draftNode = (schema.properties as Record<string, { type?: unknown }> | undefined)?.draft;
  const draft = draftNode !== undefined && (draftNode.type === 'boolean' || (Array.isArray(draftNode.type) && draftNode.type.includes('boolean')) || draftNode.type === undefined);
  if (!draft) warnings.push(`The ${collection.name} schema has no draft flag: the copied title and description go live with the file until they are translated.`);
  return { recipe: { lang, languageField, copy, translatedFrom, draft }, warnings };
}

/** The result's problems under the collection's schema, read as the indexer reads it (js-yaml). */
function validate(collection: ModelCollection | null, text: string): RepairProblem[] {
  const parsed = parseArticle(text);
  const syntax = parsed.issues.filter((issue) => issue.code !== 'schema').map((issue) => ({ message: issue.message }));
  if (syntax.length > 0 || parsed.frontmatter === null || collection === null) return syntax;
  const result = validatorFor(collection).safeParse(parsed.frontmatter);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.filter((part) => typeof part !== 'symbol').join('.');
    return { ...(field !== '' && { field }), message: field !== '' ? `${field}: ${issue.message}` : issue.message };
  });
}
