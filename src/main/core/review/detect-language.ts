import { francAll } from 'franc-min';

/** BCP-47 primary subtags → the ISO 639-3 codes franc answers with (franc-min knows these). */
const ISO3: Readonly<Record<string, string>> = {
  en: 'eng',
  uk: 'ukr',
  ru: 'rus',
  pt: 'por',
  es: 'spa',
  de: 'deu',
  fr: 'fra',
  it: 'ita',
  nl: 'nld',
  pl: 'pol',
  tr: 'tur',
  ro: 'ron',
  cs: 'ces',
  sv: 'swe',
  hu: 'hun',
  id: 'ind',
  vi: 'vie',
  ja: 'jpn',
  ko: 'kor',
  zh: 'cmn',
  ar: 'arb',
  hi: 'hin',
};

/** Languages written in Cyrillic: against a Latin-script language the script alone decides, no model needed. */
const CYRILLIC = new Set(['uk', 'ru', 'bg', 'sr', 'be', 'kk', 'mk']);

/** Fewer letters than this and the trigram model is guessing (franc's own default is 10; 40 keeps false alarms rare). */
export const MIN_LETTERS = 40;

const primary = (lang: string): string => lang.toLowerCase().split('-')[0] ?? '';

/** Whether a language is one `detectLanguage` can tell (by script or by franc-min's model). */
export function canDetect(lang: string): boolean {
  return ISO3[primary(lang)] !== undefined;
}

/**
 * Which of `candidates` (BCP-47, e.g. `['en', 'uk']`) `text` is written in,
 * or null when it cannot be told: too few letters, a language franc-min does
 * not know, or a close call. Text is assumed to be prose already stripped of
 * code, URLs, tickers and numbers (see `proseOf`).
 *
 * Between a Cyrillic and a Latin language the share of each script decides;
 * otherwise franc-min's trigram model, restricted to the candidates, must
 * prefer one by a clear margin (its scores are 1 for the best and lower for
 * the rest; 0.9 and above is too close to call).
 */
export function detectLanguage(text: string, candidates: readonly string[]): string | null {
  const { latin, cyrillic } = scriptLetters(text);
  if (latin + cyrillic < MIN_LETTERS && !enoughLetters(text)) return null;

  if (decidedByScript(candidates)) {
    const byScript = candidates.find((c) => CYRILLIC.has(primary(c))) ?? null;
    const other = candidates.find((c) => !CYRILLIC.has(primary(c))) ?? null;
    if (cyrillic > 3 * latin) return byScript;
    if (latin > 3 * cyrillic && other !== null && canDetect(other)) return other;
    return null;
  }

  const codes = candidates.map((c) => ISO3[primary(c)]);
  if (codes.some((c) => c === undefined)) return null;
  const scores = francAll(text, { only: codes as string[], minLength: MIN_LETTERS });
  const [best, second] = scores;
  if (!best || best[0] === 'und') return null;
  if (second && second[1] >= 0.9) return null;
  const index = codes.indexOf(best[0]);
  return index >= 0 ? (candidates[index] ?? null) : null;
}

/**
 * Whether `detectLanguage` tells these candidates apart by script alone (two
 * of them, one written in Cyrillic): then no trigram model runs.
 */
export function decidedByScript(candidates: readonly string[]): boolean {
  return candidates.length === 2 && candidates.filter((c) => CYRILLIC.has(primary(c))).length === 1;
}

/** Letters of `[A-Za-zÀ-ɏ]` and of `[Ѐ-ӿ]` in `text`, counted in one pass. */
function scriptLetters(text: string): { latin: number; cyrillic: number } {
  let latin = 0;
  let cyrillic = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) latin++;
    else if (code >= 0x400 && code <= 0x4ff) cyrillic++;
  }
  return { latin, cyrillic };
}

/** Whether `text` has the `MIN_LETTERS` letters below which `detectLanguage` answers null. */
export function enoughLetters(text: string): boolean {
  const { latin, cyrillic } = scriptLetters(text);
  return latin + cyrillic >= MIN_LETTERS || (text.match(/\p{L}/gu) ?? []).length >= MIN_LETTERS;
}
