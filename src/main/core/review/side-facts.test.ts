import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '@shared/frontmatter';
import { checkConsistency, type ArticleSide } from './consistency-checks';
import { prepareSide, sideFacts, wordsOf } from './side-facts';
import { splitBlocks } from './split-blocks';
import { NEWSROOM_RULES } from './test-support/newsroom-rules';
import { bodyOf, fixture } from './test-support/fixtures';

function side(path: string, text: string): ArticleSide {
  const read = readFrontmatter(text);
  if (!read.ok) throw new Error(read.error.message);
  return { path, data: read.data, body: bodyOf(text) };
}

const checks = (source: ArticleSide, translation: ArticleSide): ReturnType<typeof checkConsistency> =>
  checkConsistency({ rules: NEWSROOM_RULES, source, translation, originalExists: true, duplicateOfLang: false });

describe('prepareSide', () => {
  it('gives the checks of an unprepared original, with blocks, outline and facts read once', () => {
    for (const name of ['coreweave', 'runaway'] as const) {
      const source = side(`${name}.en.md`, fixture(`${name}.en.md`));
      const translation = side(`${name}.uk.md`, fixture(`${name}.uk.md`));
      const prepared = prepareSide(source, NEWSROOM_RULES);
      expect(prepared.blocks).toEqual(splitBlocks(source.body));
      expect(prepared.facts?.lang).toBe('en');
      expect(prepared.facts?.vocabulary?.has('coreweave') || prepared.facts?.vocabulary?.has('the')).toBe(true);
      expect(checks(prepared, translation), name).toEqual(checks(source, translation));
    }
  });

  it('ignores facts read in another language, or without the blocks they index', () => {
    const en = 'Nvidia invested $1.6 billion in CoreWeave, which now runs 40,000 GPUs across 12 sites.\n';
    const uk = 'Nvidia інвестувала 1,7 мільярда доларів у CoreWeave, яка тепер має 40 000 GPU на 12 майданчиках.\n';
    const source: ArticleSide = { path: 'a.en.md', data: { lang: 'en', externalId: '1' }, body: en };
    const translation: ArticleSide = { path: 'a.uk.md', data: { lang: 'uk', externalId: '1', ai: { translatedFrom: '1' } }, body: uk };
    const expected = checks(source, translation);
    expect(expected.map((c) => c.id)).toEqual(['numbers']);
    // Facts that say the source has no figures at all: not the source's if read as German, nor without blocks.
    const blocks = splitBlocks(en);
    const stale = { ...sideFacts(en, blocks, 'de', true), figures: blocks.map(() => []) };
    expect(checks({ ...source, blocks, facts: stale }, translation)).toEqual(expected);
    expect(checks({ ...source, facts: { ...stale, lang: 'en' } }, translation)).toEqual(expected);
    // Used when they fit: the figures they claim are what the check compares.
    expect(checks({ ...source, blocks, facts: { ...stale, lang: 'en' } }, translation)).toEqual([]);
  });
});

describe('the original read last', () => {
  it('serves the next translation of the same body in the same language, and no other', () => {
    const body = 'Nvidia investierte 1,6 Milliarden Dollar in CoreWeave.\n';
    const translation: ArticleSide = { path: 'a.uk.md', data: { lang: 'uk', externalId: '1', ai: { translatedFrom: '1' } }, body: 'Nvidia інвестувала 1,6 мільярда доларів у CoreWeave.\n' };
    const numbers = (lang: string, sourceBody = body): string[] =>
      checks({ path: `a.${lang}.md`, data: { lang, externalId: '1' }, body: sourceBody }, translation)
        .filter((c) => c.id === 'numbers')
        .map((c) => c.message);
    // Read as English, "Milliarden" is no scale word: 1.6 against 1.6 billion.
    const english = ['The original says "1,6"; this block (line 1) says "1,6 мільярда" instead. Correct the figure.'];
    expect(numbers('en')).toEqual(english);
    expect(numbers('de')).toEqual([]);
    expect(numbers('en')).toEqual(english);
    expect(numbers('en', body.replace('1,6', '1,7'))).toEqual(['The original says "1,7"; this block (line 1) says "1,6 мільярда" instead. Correct the figure.']);
  });
});

describe('sideFacts', () => {
  it('reads the prose and figures of prose blocks and tables, and the vocabulary only when asked', () => {
    const body = '# CoreWeave raises $2bn\n\n```\nconst x = 40;\n```\n\n| Site | GPUs |\n| --- | --- |\n| Oslo | 4,000 |\n\nShares of [CoreWeave](https://example.com) (CRWV) rose 5%.\n';
    const blocks = splitBlocks(body);
    const facts = sideFacts(body, blocks, 'en', true);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'code', 'table', 'paragraph']);
    expect(facts.prose).toEqual(['CoreWeave raises $ bn', '', '', 'Shares of CoreWeave ( ) rose %.']);
    expect(facts.figures.map((list) => list.map((f) => f.values[0]))).toEqual([[2e9], [], [4000], [5]]);
    expect([...(facts.vocabulary ?? [])]).toEqual(['coreweave', 'raises', 'bn', 'shares', 'of', 'rose']);
    expect(sideFacts(body, blocks, 'en', false).vocabulary).toBeNull();
  });

  it('splits words at anything but letters, lower-cased', () => {
    expect(wordsOf("Don't STOP — Об'єкт, café")).toEqual(['don', 't', 'stop', 'об', 'єкт', 'café']);
  });
});
