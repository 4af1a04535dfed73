import { describe, expect, it } from 'vitest';
import { collapseNonWords, letterRuns, lowerWordRuns, wordRuns } from './char-runs';
import { fixture } from './test-support/fixtures';

// Letters and figures of every kind, marks, spaces, markers, astral characters and lone surrogates.
const POOL = [...'aZé İı ß Об\'єкт ΣΑΣ ς 中文 ٣ ² Ⅻ ½ 0 9 _ - . , $ * _ ~ [ ] | # > \t \n \r'].concat(
  ['\u00a0', '\u2028', '\u202f', '\ufeff', '\u0301', '\u200b', '𝐀', '𝟎', '😀', '\ud800', '\udc00', 'ǅ', 'ª', '〇'],
);

/** A seeded generator, so a failure can be replayed. */
function strings(count: number): string[] {
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  return Array.from({ length: count }, () => Array.from({ length: next() % 40 }, () => POOL[next() % POOL.length]).join(''));
}

const samples = [...strings(3000), fixture('coreweave.en.md'), fixture('coreweave.uk.md'), '', ' ', '\ud83d', 'a\ud83d', '\ude00b'];

describe('char runs', () => {
  it('splits into the words /[\\p{L}\\p{N}]+/gu matches', () => {
    for (const text of samples) expect(wordRuns(text), JSON.stringify(text)).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? []);
  });

  it('lower-cases the words as lower-casing each word did, Σ and İ included', () => {
    for (const text of [...samples, 'ΟΔΟΣ.ΑΘΗΝΑ', "ΑΣ'Α ΣΑΣ", 'İSTANBUL İstanbul']) {
      expect(lowerWordRuns(text), JSON.stringify(text)).toEqual((text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()));
    }
  });

  it('splits into the letter runs /\\p{L}+/gu matches', () => {
    for (const text of samples) expect(letterRuns(text), JSON.stringify(text)).toEqual(text.match(/\p{L}+/gu) ?? []);
  });

  it('collapses figures, markers and spaces as the three replacements and trim did', () => {
    for (const text of samples) {
      const expected = text.replace(/\p{N}+/gu, ' ').replace(/[*_~[\]|#>]+/g, ' ').replace(/\s+/g, ' ').trim();
      expect(collapseNonWords(text), JSON.stringify(text)).toBe(expected);
    }
  });
});
