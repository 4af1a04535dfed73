import type { JsonSchema, ModelCollection, PairingRule, SchemaSource, SourceLanguageFrom } from '@shared/model/content-model';
import type { ConfigCollection } from './config-file';
import { detectLanguageField, detectPairing } from './detect-pairing';
import { detectFieldRoles } from './detect-field-roles';
import { inferFieldRoles } from './infer-field-roles';
import { inferSchema } from './infer-schema';
import { asLanguage } from './language-code';
import { keyText, valueAt, type ModelFile } from './model-file';
import { groupFiles, languageOf, type LanguageContext } from './pairing-rules';

/** What the site says about languages, outside any one collection. */
export interface SiteLanguages {
  /** `sourceLanguage` of the config's top level. */
  configSource?: string;
  /** `defaultLanguage` of the config's top level. */
  configDefault?: string;
  /** The site's declared default (Hugo `defaultContentLanguage`, Astro `i18n.defaultLocale`) and the file saying so. */
  declared?: { language: string; file: string };
}

export interface CollectionInput {
  name: string;
  root: string;
  include: string[];
  files: readonly ModelFile[];
  /** The schema a source gave, or null to infer one from the files. */
  schema: { source: SchemaSource; note?: string; json: JsonSchema } | null;
  /** The config's settings for this collection, when it has any. */
  settings?: Omit<ConfigCollection, 'name' | 'root' | 'include' | 'schema'>;
  site: SiteLanguages;
  /**
   * What another collection's pairing data shows the originals are written
   * in; it outranks the declared default (see `chooseSourceLanguage`).
   */
  siteEvidence?: { language: string; collection: string };
}

export interface DescribedCollection {
  collection: ModelCollection;
  /** Lines for the model's notes: which pairing rule won, where the source language came from. */
  notes: string[];
  /** The language the originals are written in when pairing data shows it (translated-from), else null. */
  evidence: string | null;
}

/**
 * Everything the model says about one collection, from its files and
 * whatever the config and the site declare: language field, pairing rule,
 * languages, source language, shared and translatable fields, and an
 * inferred schema when no source gave one. Pure; the loader reads the files.
 */
export function describeCollection(input: CollectionInput): DescribedCollection {
  const { files, settings = {}, site } = input;
  const notes: string[] = [];
  const languageField = settings.languageField ?? detectLanguageField(files);

  const declaredDefault = settings.defaultLanguage ?? site.configDefault ?? site.declared?.language;
  const defaultLanguage = declaredDefault ?? 'en';
  const context: LanguageContext = { languageField, defaultLanguage };

  let pairing: ModelCollection['pairing'];
  if (settings.pairing) {
    pairing = { ...settings.pairing, from: 'config' };
    notes.push(`paired by ${describeRule(settings.pairing)}, as copydesk.config says`);
  } else {
    const detected = detectPairing(files, context);
    pairing = { ...detected.rule, from: 'detected', counts: detected.counts };
    notes.push(detected.reason);
  }
  const rule: PairingRule = { by: pairing.by, ...(pairing.key !== undefined && { key: pairing.key }), ...(pairing.translatedFrom !== undefined && { translatedFrom: pairing.translatedFrom }) };

  const found = new Set(files.map((file) => languageOf(file, rule, context)));
  const languages = [...new Set([...found, ...(settings.languages ?? [])])].sort();
  if (declaredDefault === undefined && files.some((file) => saysNoLanguage(file, rule, context))) {
    notes.push(`files that name no language are taken to be ${defaultLanguage} (nothing declares a default language)`);
  }

  const groups = groupFiles(files, rule);
  const evidence = originalsLanguage(groups, rule, context);
  const source = chooseSourceLanguage({ settings, site, evidence, siteEvidence: input.siteEvidence, files, rule, context });
  notes.push(source.note);

  const roles =
    settings.shared !== undefined || settings.translatable !== undefined
      ? { shared: settings.shared ?? [], translatable: settings.translatable ?? [], from: 'config' as const }
      : {
          ...inferFieldRoles(
            [...groups.values()].filter((members) => members.length > 1),
            [languageField ?? '', (rule.translatedFrom ?? '').split('.')[0] ?? ''].filter(Boolean),
          ),
          from: 'inferred' as const,
        };

  const schema = input.schema ?? { source: 'inferred' as const, json: inferSchema(files.map((file) => file.data)) };

  const collection: ModelCollection = {
    name: input.name,
    root: input.root,
    include: input.include,
    files: files.length,
    schema,
    pairing,
    ...(languageField !== null && { languageField }),
    defaultLanguage,
    languages,
    sourceLanguage: source.language,
    sourceLanguageFrom: source.from,
    ...(source.file !== undefined && { sourceLanguageFile: source.file }),
    fields: roles,
    roles: detectFieldRoles(schema.json, settings.roles),
  };
  return { collection, notes, evidence };
}

function describeRule(rule: PairingRule): string {
  if (rule.by !== 'key') return rule.by;
  return `key ${rule.key}${rule.translatedFrom ? ` (translated from ${rule.translatedFrom})` : ''}`;
}

function saysNoLanguage(file: ModelFile, rule: PairingRule, context: LanguageContext): boolean {
  return languageOf(file, rule, { ...context, defaultLanguage: '' }) === '';
}

/**
 * The language of the originals as pairing data shows it: in groups where
 * some members carry the translated-from field, the members that do not
 * are the originals. Null without such a field or such groups.
 */
export function originalsLanguage(groups: Map<string, ModelFile[]>, rule: PairingRule, context: LanguageContext): string | null {
  if (rule.by !== 'key' || rule.translatedFrom === undefined) return null;
  const field = rule.translatedFrom;
  const counts = new Map<string, number>();
  for (const members of groups.values()) {
    const translations = members.filter((file) => keyText(valueAt(file.data, field)) !== null);
    if (translations.length === 0 || translations.length === members.length) continue;
    for (const original of members.filter((file) => !translations.includes(file))) {
      const language = languageOf(original, rule, context);
      counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  return mostCommon(counts);
}

interface SourceChoice {
  language: string;
  from: SourceLanguageFrom;
  file?: string;
  note: string;
}

/**
 * The source language, first rule that answers wins:
 * 1. the config (`sourceLanguage` of the collection, then of the top level);
 * 2. this collection's pairing data (the originals' language);
 * 3. another collection's pairing data on the same site — what the site's
 *    files plainly show outranks a declared default, which often names the
 *    site's default *route* locale, not the language articles are written in;
 * 4. the site's declared default language;
 * 5. the language with the most files — in a suffix or locale-folder layout,
 *    of the files the path gives no language (they are the originals there).
 */
function chooseSourceLanguage(input: {
  settings: NonNullable<CollectionInput['settings']>;
  site: SiteLanguages;
  evidence: string | null;
  siteEvidence: CollectionInput['siteEvidence'];
  files: readonly ModelFile[];
  rule: PairingRule;
  context: LanguageContext;
}): SourceChoice {
  const { settings, site, evidence, siteEvidence } = input;
  const configured = asLanguage(settings.sourceLanguage) ?? asLanguage(site.configSource);
  if (configured !== null) return { language: configured, from: 'config', note: `source language ${configured}, as copydesk.config says` };
  const declared = site.declared ? ` (overriding ${site.declared.file}, which declares ${site.declared.language})` : '';
  if (evidence !== null) {
    return { language: evidence, from: 'translated-from', note: `source language ${evidence}: the originals (files without ${input.rule.translatedFrom}) are in ${evidence}${evidence === site.declared?.language ? '' : declared}` };
  }
  if (siteEvidence) {
    return {
      language: siteEvidence.language,
      from: 'translated-from',
      note: `source language ${siteEvidence.language}: the originals of collection ${siteEvidence.collection} are in ${siteEvidence.language}${siteEvidence.language === site.declared?.language ? '' : declared}`,
    };
  }
  if (site.declared) {
    return { language: site.declared.language, from: 'site-default', file: site.declared.file, note: `source language ${site.declared.language}, the default ${site.declared.file} declares` };
  }
  // In a suffix or locale-folder layout the originals are the files the path gives no language (`name.md`, the root locale).
  const plain = input.rule.by === 'suffix' || input.rule.by === 'folder' ? input.files.filter((file) => saysNoLanguage(file, input.rule, { ...input.context, languageField: null })) : [];
  const counted = plain.length > 0 && plain.length < input.files.length ? plain : input.files;
  const counts = new Map<string, number>();
  for (const file of counted) {
    const language = languageOf(file, input.rule, input.context);
    counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const language = mostCommon(counts) ?? input.context.defaultLanguage;
  const which = counted === plain ? `the files whose ${input.rule.by === 'suffix' ? 'name has no language suffix' : 'path has no locale folder'}` : 'the language with the most files';
  return { language, from: 'most-files', note: `source language ${language}: ${counted === plain ? `the language of ${which}` : which}` };
}

/** The key with the highest count; ties go to the alphabetically first, so the answer is stable. */
function mostCommon(counts: Map<string, number>): string | null {
  let best: [string, number] | null = null;
  for (const entry of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (best === null || entry[1] > best[1]) best = entry;
  }
  return best?.[0] ?? null;
}
