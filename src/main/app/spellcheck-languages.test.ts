import { describe, expect, it } from 'vitest';
import { spellcheckerLanguages } from './spellcheck-languages';

/** Part of the list Electron 45 reports on Linux/Windows (`session.availableSpellCheckerLanguages`). */
const ELECTRON_LIST = ['af', 'bg', 'ca', 'cs', 'cy', 'da', 'de', 'el', 'en-AU', 'en-CA', 'en-GB', 'en-GB-oxendict', 'en-US', 'es', 'es-419', 'es-AR', 'es-ES', 'es-MX', 'es-US', 'et', 'fa', 'fo', 'fr', 'he', 'hi', 'hr', 'hu', 'hy', 'id', 'it', 'ko', 'lt', 'lv', 'nb', 'nl', 'pl', 'pt-BR', 'pt-PT', 'ro', 'ru', 'sh', 'sk', 'sl', 'sq', 'sr', 'sv', 'ta', 'tg', 'tr', 'uk', 'vi'];

describe('spellcheckerLanguages', () => {
  const cases: { name: string; langs: string[]; available?: string[]; expected: string[] }[] = [
    { name: 'a bare code with its own dictionary', langs: ['uk'], expected: ['uk'] },
    { name: 'English without a bare dictionary: US first', langs: ['en'], expected: ['en-US'] },
    { name: 'Portuguese: Brazil first', langs: ['pt'], expected: ['pt-BR'] },
    { name: 'Portuguese where only Portugal exists', langs: ['pt'], available: ['en-US', 'pt-PT'], expected: ['pt-PT'] },
    { name: 'a regional article language that exists', langs: ['pt-PT', 'en-GB'], expected: ['pt-PT', 'en-GB'] },
    { name: 'a regional article language that does not: its base', langs: ['de-AT'], expected: ['de'] },
    { name: 'Spanish: the bare dictionary wins over regions', langs: ['es'], expected: ['es'] },
    { name: 'case and underscores as people write them', langs: ['PT_br', 'EN'], expected: ['pt-BR', 'en-US'] },
    { name: 'an old code for Ukrainian', langs: ['ua'], expected: ['uk'] },
    { name: 'the pair’s languages in order, without repeats', langs: ['en', 'uk', 'en', 'uk'], expected: ['en-US', 'uk'] },
    { name: 'a language without a dictionary is skipped quietly', langs: ['ja', 'en', 'zz'], expected: ['en-US'] },
    { name: 'any region when none is preferred', langs: ['sw'], available: ['sw-KE', 'en-US'], expected: ['sw-KE'] },
    { name: 'nothing available (macOS uses the system checker)', langs: ['en', 'uk'], available: [], expected: [] },
    { name: 'an empty code', langs: ['', ' '], expected: [] },
  ];
  for (const { name, langs, available = ELECTRON_LIST, expected } of cases) {
    it(name, () => {
      expect(spellcheckerLanguages(langs, available)).toEqual(expected);
    });
  }
});
