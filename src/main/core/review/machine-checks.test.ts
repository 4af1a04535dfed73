import { describe, expect, it } from 'vitest';
import { NEWSROOM_RULES } from './test-support/newsroom-rules';
import { readFrontmatter, splitFrontmatter } from '@shared/frontmatter';
import { approvalBlockers } from './approval-blockers';
import { checkConsistency, type ArticleSide } from './consistency-checks';
import { impossibleDates } from './date-checks';
import { detectLanguage } from './detect-language';
import { DEFAULT_BAND, lengthBands, lengthCheck } from './length-check';
import { repeatedRun } from './repetition-check';
import { bodyOf, fixture } from './test-support/fixtures';

/** A side as the services build it: parsed frontmatter, body, the body's and the frontmatter's file lines. */
function side(path: string, text: string): ArticleSide {
  const read = readFrontmatter(text);
  if (!read.ok) throw new Error(read.error.message);
  const block = splitFrontmatter(text);
  if (!block) throw new Error('no frontmatter');
  const bodyLine = text.slice(0, block.bodyFrom).split('\n').length;
  return { path, data: read.data, body: bodyOf(text), bodyLine, yaml: text.slice(block.yamlFrom, block.yamlTo), yamlLine: 2 };
}

const article = (lang: string, body: string, extra = ''): string =>
  `---\ntitle: T ${lang}\nlang: ${lang}\nexternalId: '1'\n${lang === 'en' ? '' : "ai:\n  translatedFrom: '1'\n"}${extra}---\n${body}`;

function run(sourceBody: string, targetBody: string, targetLang: string, extra = ''): ReturnType<typeof checkConsistency> {
  return checkConsistency({
    rules: NEWSROOM_RULES,
    source: side('a.en.md', article('en', sourceBody)),
    translation: side(`a.${targetLang}.md`, article(targetLang, targetBody, extra)),
    originalExists: true,
    duplicateOfLang: false,
  }).filter((c) => !c.id.startsWith('untranslated:title'));
}

describe('detectLanguage', () => {
  const cases = [
    { text: 'The facility runs on hydroelectric power and will host graphics processors for training.', candidates: ['en', 'uk'], expected: 'en' },
    { text: "Об'єкт живиться від гідроелектростанції та прийматиме графічні процесори для навчання.", candidates: ['en', 'uk'], expected: 'uk' },
    { text: 'A instalação funciona com energia hidrelétrica e vai receber processadores gráficos.', candidates: ['en', 'pt'], expected: 'pt' },
    { text: 'The facility runs on hydroelectric power and will host graphics processors for training.', candidates: ['en', 'pt'], expected: 'en' },
    { text: 'La instalación funciona con energía hidroeléctrica y albergará procesadores gráficos.', candidates: ['en', 'es'], expected: 'es' },
    { text: 'Die Anlage läuft mit Wasserkraft und wird künftig Grafikprozessoren für das Training beherbergen.', candidates: ['en', 'de'], expected: 'de' },
    { text: 'Too short to tell.', candidates: ['en', 'pt'], expected: null },
  ];
  it.each(cases)('$candidates: $expected', ({ text, candidates, expected }) => {
    expect(detectLanguage(text, candidates)).toBe(expected);
  });
});

describe('untranslated:block', () => {
  const en = '## Overview\n\nThe facility runs on hydroelectric power and will host graphics processors for training models.\n\nThe operator expects the first racks to arrive in the spring, once the new transformers are in place.\n';
  it('flags a paragraph still in English, with its file line, and nothing in a translated one', () => {
    const pt = '## Visão geral\n\nA instalação funciona com energia hidrelétrica e vai receber processadores gráficos para treinar modelos.\n\nThe operator expects the first racks to arrive in the spring, once the new transformers are in place.\n';
    // Five frontmatter lines between the delimiters: the body starts on line 8, the English paragraph on line 12.
    expect(run(en, pt, 'pt')).toEqual([{ id: 'untranslated:block', line: 12, message: 'The block at line 12 is still in English. Translate it.' }]);
    const translated = pt.replace(/The operator.*\n/, 'O operador espera que os primeiros racks cheguem na primavera, quando os novos transformadores estiverem instalados.\n');
    expect(run(en, translated, 'pt')).toEqual([]);
  });

  it('flags a Latin-script paragraph in a Cyrillic translation by script alone', () => {
    const uk = "## Огляд\n\nОб'єкт живиться від гідроелектростанції та прийматиме графічні процесори для навчання моделей.\n\nThe operator expects the first racks to arrive in the spring, once the new transformers are in place.\n";
    expect(run(en, uk, 'uk').map((c) => [c.id, c.line])).toEqual([['untranslated:block', 12]]);
  });

  it('finds an English paragraph left in a pt, es or de translation away from its source block', () => {
    // The left-over paragraph stands where the translation has an extra block: no aligned source block to equal.
    const left = 'The operator expects the first racks to arrive in the spring, once the new transformers are in place.';
    const translated = {
      pt: ['## Visão geral', 'A instalação funciona com energia hidrelétrica e vai receber processadores gráficos para treinar modelos.', 'O operador espera que os primeiros racks cheguem na primavera, quando os novos transformadores estiverem instalados.'],
      es: ['## Resumen', 'La instalación funciona con energía hidroeléctrica y albergará procesadores gráficos para entrenar modelos.', 'El operador espera que los primeros racks lleguen en primavera, cuando los nuevos transformadores estén instalados.'],
      de: ['## Überblick', 'Die Anlage läuft mit Wasserkraft und wird Grafikprozessoren für das Training von Modellen beherbergen.', 'Der Betreiber erwartet die ersten Racks im Frühjahr, sobald die neuen Transformatoren installiert sind.'],
    };
    for (const [lang, [heading, first, second]] of Object.entries(translated)) {
      const body = `${heading}\n\n${first}\n\n${second}\n\n${left}\n`;
      expect(run(en, body, lang).map((c) => [c.id, c.line]), lang).toEqual([['untranslated:block', 14]]);
      expect(run(en, `${heading}\n\n${first}\n\n${second}\n`, lang), lang).toEqual([]);
    }
  });

  it('finds an English paragraph the translator edited a little', () => {
    const pt = '## Visão geral\n\nA instalação funciona com energia hidrelétrica e vai receber processadores gráficos para treinar modelos.\n\nThe operator now expects its first racks to arrive in late spring, once new transformers are in place.\n';
    expect(run(en, pt, 'pt').map((c) => [c.id, c.line])).toEqual([['untranslated:block', 12]]);
  });

  it('does not flag translated prose that keeps names, tickers and English trade terms', () => {
    const source =
      '## Funds\n\nBlackRock, Fidelity and Grayscale saw their spot bitcoin ETFs (IBIT, FBTC, GBTC) lose money for a third week, while Coinbase and Kraken reported lower trading volumes.\n';
    const pt =
      '## Fundos\n\nOs ETFs de bitcoin à vista da BlackRock, da Fidelity e da Grayscale (IBIT, FBTC, GBTC) perderam dinheiro pela terceira semana, enquanto a Coinbase e a Kraken relataram volumes de trading menores.\n';
    const de =
      '## Fonds\n\nDie Spot-Bitcoin-ETFs von BlackRock, Fidelity und Grayscale (IBIT, FBTC, GBTC) verloren die dritte Woche in Folge Geld, während Coinbase und Kraken geringere Trading-Volumen meldeten.\n';
    expect(run(source, pt, 'pt')).toEqual([]);
    expect(run(source, de, 'de')).toEqual([]);
  });

  it('does not ask the trigram model about a block most of whose words are not the original\'s', () => {
    // franc-min takes this German heading, full of English jargon, for English; the original says none of it.
    const heading = 'Proof of Stake, Layer 2 Rollups und Zero Knowledge Proofs im Überblick';
    expect(detectLanguage(heading.replace(/\d/g, ' '), ['en', 'de'])).toBe('en');
    const source = '## How blockchains settle payments\n\nThe operator expects the first racks to arrive in the spring, once the new transformers are in place.\n';
    const de = `## ${heading}\n\nDer Betreiber erwartet die ersten Racks im Frühjahr, sobald die neuen Transformatoren installiert sind.\n`;
    expect(run(source, de, 'de')).toEqual([]);
  });

  it('decides a Cyrillic translation by script alone, whether or not the original has the words', () => {
    const uk = "## Огляд\n\nОб'єкт живиться від гідроелектростанції та прийматиме графічні процесори для навчання моделей.\n\nWe will publish the full list of suppliers and their contracts next week.\n";
    expect(run(en, uk, 'uk').map((c) => [c.id, c.line])).toEqual([['untranslated:block', 12]]);
  });

  it('ignores tickers, links and code in an otherwise translated block', () => {
    const source = 'Shares of [CoreWeave](https://example.com/coreweave-news-story) (CRWV) rose after the `GPU-LEASE-2026` filing was published today.\n';
    const target = 'Акції [CoreWeave](https://example.com/coreweave-news-story) (CRWV) зросли після публікації заявки `GPU-LEASE-2026` сьогодні.\n';
    expect(run(source, target, 'uk')).toEqual([]);
  });
});

describe('numbers', () => {
  const en = 'Nvidia invested $1.6 billion in CoreWeave, which now runs 40,000 GPUs across 12 sites.\n';
  it('accepts the same values in the translation\'s own number format', () => {
    expect(run(en, 'Nvidia інвестувала 1,6 мільярда доларів у CoreWeave, яка тепер має 40 000 GPU на 12 майданчиках.\n', 'uk')).toEqual([]);
    expect(run(en, 'A Nvidia investiu 1,6 bilhão de dólares na CoreWeave, que agora opera 40.000 GPUs em 12 locais.\n', 'pt')).toEqual([]);
    expect(run(en, 'Nvidia investierte 1,6 Milliarden Dollar in CoreWeave, das nun 40.000 GPUs an 12 Standorten betreibt.\n', 'de')).toEqual([]);
  });

  it('flags a changed figure with a fix that writes the original figure in the translation\'s format', () => {
    const uk = 'Nvidia інвестувала 1,7 мільярда доларів у CoreWeave, яка тепер має 40 000 GPU на 12 майданчиках.\n';
    const checks = run(en, uk, 'uk');
    expect(checks).toEqual([
      {
        id: 'numbers',
        line: 8,
        message: 'The original says "1.6 billion"; this block (line 8) says "1,7 мільярда" instead. Copy the original\'s figure (1,6).',
        fix: { body: { from: uk.indexOf('1,7'), to: uk.indexOf('1,7') + 3, expected: '1,7', insert: '1,6' } },
      },
    ]);
  });

  it('flags a figure dropped from the translation, but not one moved to the next block', () => {
    const dropped = 'Nvidia інвестувала 1,6 мільярда доларів у CoreWeave, яка тепер має багато GPU на 12 майданчиках.\n';
    expect(run(en, dropped, 'uk')).toEqual([
      { id: 'numbers', line: 8, message: 'The figure "40,000" of the original is missing from this block (line 8). Restore it as the original has it.' },
    ]);
    const two = `${en}\nThe company plans more sites.\n`;
    const moved = 'Nvidia інвестувала 1,6 мільярда доларів у CoreWeave, яка має 12 майданчиків.\n\nКомпанія планує більше майданчиків для своїх 40 000 GPU.\n';
    expect(run(two, moved, 'uk')).toEqual([]);
  });
});

describe('repetition', () => {
  const cases = [
    { text: 'ведення ведення ведення ведення ведення', expected: { phrase: 'ведення', times: 5 } },
    { text: 'the model said the model said the model said the model said', expected: { phrase: 'the model said', times: 4 } },
    { text: 'It was very very very good, and the crowd chanted ha ha ha.', expected: null },
    { text: 'The price rose and rose, then fell; the price rose again.', expected: null },
  ];
  it.each(cases)('$text', ({ text, expected }) => {
    expect(repeatedRun(text)).toEqual(expected);
  });
});

describe('length', () => {
  it('derives a band from the folder\'s pairs, and a generous default from too few', () => {
    const uk = [1.08, 1.1, 1.12, 1.05, 1.15, 1.09, 1.11, 1.13, 1.1];
    const bands = lengthBands(new Map([['uk', uk], ['de', [1.2, 1.3]]]));
    expect(bands.get('de')).toEqual(DEFAULT_BAND);
    expect(bands.get('uk')).toEqual({ median: 1.1, low: 0.61, high: 1.98, pairs: 9 });
  });

  it('fires outside the band and says what to look for', () => {
    const band = { median: 1.1, low: 0.61, high: 1.98, pairs: 9 };
    expect(lengthCheck(3000, 3300, band, 'uk')).toBeNull();
    expect(lengthCheck(3000, 124000, band, 'uk')?.message).toBe(
      "The body is 41× the original's length (124,000 vs 3,000 characters); uk translations in this folder run 0.61–1.98× their original (median 1.1×, 9 pairs). Look for repeated or invented text.",
    );
    expect(lengthCheck(3000, 900, DEFAULT_BAND, 'uk')?.message).toContain('a translation is expected within 0.33–3× its original. Look for dropped paragraphs');
    expect(lengthCheck(150, 5000, DEFAULT_BAND, 'uk')).toBeNull();
  });
});

describe('the 124 KB "ведення ведення…" translation of a 2.6 KB original', () => {
  it('fires length and repetition (and the figure its loop swallowed), and blocks approval', () => {
    const checks = checkConsistency({
    rules: NEWSROOM_RULES,
      source: side('runaway.en.md', fixture('runaway.en.md')),
      translation: side('runaway.uk.md', fixture('runaway.uk.md')),
      originalExists: true,
      duplicateOfLang: false,
    });
    expect(checks.map((c) => [c.id, c.line])).toEqual([
      ['length', undefined],
      ['repetition', 21],
      ['numbers', 21],
    ]);
    // Characters, not bytes: 124 KB of UTF-8 Cyrillic is 67,219 characters against the original's 2,312.
    expect(checks[0]?.message).toBe(
      "The body is 29× the original's length (67,219 vs 2,312 characters); a translation is expected within 0.33–3× its original. Look for repeated or invented text.",
    );
    expect(checks[1]?.message).toBe('"ведення" repeats 8,101 times in a row at line 21: the translation got stuck in a loop. Translate this block again from the original.');
    expect(approvalBlockers({ draft: false, issues: [], checks }).map((r) => r.split(':')[0])).toEqual(['length', 'repetition']);
  });
});

describe('date', () => {
  it('warns about a day the month does not have, saying what JavaScript makes of it', () => {
    expect(impossibleDates("title: T\npublishedAt: 2026-02-30\nupdatedAt: '2026-02-28T10:00:00Z'\nx: 2025-13-01", 2)).toEqual([
      {
        id: 'date',
        line: 3,
        message: 'publishedAt is 2026-02-30 (line 3), a date that does not exist: February 2026 has no day 30. JavaScript, and so the site, would silently read it as 2 March 2026. Correct the date.',
      },
      {
        id: 'date',
        line: 5,
        message: 'x is 2025-13-01 (line 5), a date that does not exist: there is no month 13. JavaScript, and so the site, would silently read it as 1 January 2026. Correct the date.',
      },
    ]);
    expect(impossibleDates('publishedAt: 2024-02-29', 2)).toEqual([]);
  });

  it('is one of the translation\'s checks', () => {
    expect(run('Text.\n', 'Текст.\n', 'uk', "updatedAt: '2026-02-30'\n").map((c) => [c.id, c.line])).toEqual([['date', 7]]);
  });
});

describe('approvalBlockers', () => {
  it('lists a draft, the first schema problem and each blocking check once; other checks do not block', () => {
    const reasons = approvalBlockers({
      draft: true,
      issues: [
        { code: 'schema', message: 'Invalid option', field: 'sentiment' },
        { code: 'schema', message: 'Required', field: 'title' },
      ],
      checks: [
        { id: 'untranslated:block', line: 12, message: 'The block at line 12 is still in English. Translate it.' },
        { id: 'untranslated:block', line: 14, message: 'The block at line 14 is still in English. Translate it.' },
        { id: 'numbers', line: 9, message: 'changed' },
        { id: 'field:category', message: 'copy it' },
      ],
    });
    expect(reasons).toEqual([
      'It is a draft (draft: true); set draft to false when the translation is finished.',
      'It is invalid — sentiment: Invalid option (and 1 more problem)',
      'untranslated:block: The block at line 12 is still in English. Translate it. (2 blocks)',
    ]);
    expect(approvalBlockers({ draft: false, issues: [], checks: [{ id: 'numbers', message: 'm' }] })).toEqual([]);
  });
});
