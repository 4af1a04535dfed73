/**
 * The regional dictionary to use for a bare language code, best first, when
 * the dictionary list has no bare entry (Chromium's Hunspell list names
 * `en-US`, `pt-BR`, `es-419`, but `uk`, `de`, `fr`).
 */
const PREFERRED_REGIONS: Readonly<Record<string, readonly string[]>> = {
  en: ['en-US', 'en-GB', 'en-CA', 'en-AU'],
  pt: ['pt-BR', 'pt-PT'],
  es: ['es-ES', 'es-419', 'es-MX', 'es-US', 'es-AR'],
  de: ['de-DE', 'de-CH', 'de-AT'],
  fr: ['fr-FR', 'fr-CA', 'fr-CH'],
  nl: ['nl-NL', 'nl-BE'],
  sr: ['sr-Latn', 'sr-Cyrl'],
  zh: ['zh-CN', 'zh-TW'],
};

/** Old or alternative codes an article may carry for a dictionary listed under another. */
const ALIASES: Readonly<Record<string, string>> = { ua: 'uk', no: 'nb', iw: 'he', in: 'id', gr: 'el', cz: 'cs', dk: 'da', se: 'sv' };

const normalise = (code: string): string => code.trim().replace(/_/g, '-').toLowerCase();

/**
 * The spell-checker dictionaries for the languages of the open articles:
 * each article language mapped to one dictionary Electron has (`uk` → `uk`,
 * `pt` → `pt-BR` or else `pt-PT`, `en-GB` → `en-GB` or else another `en`),
 * in the order the articles came, without repeats. A language without a
 * dictionary is skipped quietly — the others still get checked.
 */
export function spellcheckerLanguages(articleLangs: readonly string[], available: readonly string[]): string[] {
  const byLower = new Map(available.map((code) => [normalise(code), code]));
  const chosen: string[] = [];
  for (const lang of articleLangs) {
    const dictionary = dictionaryFor(lang, byLower);
    if (dictionary !== null && !chosen.includes(dictionary)) chosen.push(dictionary);
  }
  return chosen;
}

function dictionaryFor(lang: string, byLower: ReadonlyMap<string, string>): string | null {
  const code = normalise(lang);
  if (code === '') return null;
  const exact = byLower.get(code);
  if (exact) return exact;
  const [rawBase = ''] = code.split('-');
  const base = ALIASES[rawBase] ?? rawBase;
  const bare = byLower.get(base);
  if (bare) return bare;
  for (const regional of PREFERRED_REGIONS[base] ?? []) {
    const found = byLower.get(regional.toLowerCase());
    if (found) return found;
  }
  for (const [lower, original] of byLower) if (lower.startsWith(`${base}-`)) return original;
  return null;
}
