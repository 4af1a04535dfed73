import type { ModelCollection, PairingRule } from '@shared/model/content-model';
import { languageOf, splitLanguageSuffix, splitLocaleFolder } from '../model/pairing-rules';
import { pathInCollection } from '../model/place-file';

/**
 * What the checks take from a translation's collection, as plain data (it is
 * posted to the pair analyst's worker): which fields must match the
 * original, how the collection pairs files and where a file's language is
 * written. The checks know no field by name; they read it here.
 */
export interface CheckRules {
  /** Top-level fields a translation carries exactly as its original (the model's shared fields, less the ones below). */
  shared: string[];
  /** The title and description fields (`roles`), whose text must not be the original's. */
  texts: string[];
  /** The collection's pairing rule: `key` and `translatedFrom` name the fields the translated-from check reads. */
  pairing: PairingRule;
  /** The field holding a file's language, when the collection has one. */
  languageField: string | null;
  /** The collection's root, relative to the site (`.` = the site): locale folders sit right under it. */
  root: string;
  /** The language of a file that names none. */
  defaultLanguage: string;
}

/**
 * The check rules of a collection. A shared field that a translation may
 * rightly differ in is left out: the draft flag (a new translation is a
 * draft of a published original), the language field and the translated-from
 * field's group (only translations carry it).
 */
export function checkRulesFor(collection: ModelCollection): CheckRules {
  const top = (dotted: string | undefined): string | undefined => dotted?.split('.')[0];
  const own = new Set([collection.roles.draft, collection.languageField, top(collection.pairing.translatedFrom), 'review'].filter((f): f is string => f !== undefined));
  const shared = [...new Set(collection.fields.shared.map((field) => top(field) ?? field))].filter((field) => !own.has(field));
  const { by, key, translatedFrom } = collection.pairing;
  return {
    shared,
    texts: [collection.roles.title, collection.roles.description].filter((f): f is string => f !== undefined),
    pairing: { by, ...(key !== undefined && { key }), ...(translatedFrom !== undefined && { translatedFrom }) },
    languageField: collection.languageField ?? null,
    root: collection.root,
    defaultLanguage: collection.defaultLanguage,
  };
}

/** The language a side is in under the rules: its language field, else its path, else the default. */
export function sideLanguage(rules: CheckRules, side: { path: string; data: Record<string, unknown> }): string {
  return languageOf({ path: pathInCollection(rules, side.path), data: side.data }, rules.pairing, { languageField: rules.languageField, defaultLanguage: rules.defaultLanguage });
}

/** The language the path names under the rules (the locale folder for `folder`, else the suffix); null when it names none. */
export function pathLanguage(rules: CheckRules, path: string): string | null {
  const inCollection = pathInCollection(rules, path);
  return rules.pairing.by === 'folder' ? splitLocaleFolder(inCollection).lang : splitLanguageSuffix(inCollection).lang;
}
