import { describe, expect, it } from 'vitest';
import { findNumbers, formatFigure, readDigits } from './locale-numbers';

describe('readDigits: every value a figure can mean', () => {
  const cases = [
    { digits: '40,000', expected: [40000, 40] },
    { digits: '40.000', expected: [40, 40000] },
    { digits: '40 000', expected: [40000] },
    { digits: '40\u00A0000', expected: [40000] },
    { digits: '40\u202F000', expected: [40000] },
    { digits: '1.6', expected: [1.6] },
    { digits: '1,6', expected: [1.6] },
    { digits: '1,234,567.89', expected: [1234567.89] },
    { digits: '1.234.567,89', expected: [1234567.89] },
    { digits: '12 500,5', expected: [12500.5] },
    { digits: '2019', expected: [2019] },
    { digits: '1,2,3', expected: [] },
  ];
  it.each(cases)('$digits → $expected', ({ digits, expected }) => {
    expect(readDigits(digits)).toEqual(expected);
  });
});

describe('findNumbers: figures with their scale, in each language', () => {
  const cases = [
    { lang: 'en', text: 'Nvidia put $1.6 billion into it', expected: [['1.6', ' billion', 1.6e9]] },
    { lang: 'uk', text: 'Nvidia вклала 1,6 мільярда доларів', expected: [['1,6', ' мільярда', 1.6e9]] },
    { lang: 'uk', text: 'близько 2,3 млрд доларів', expected: [['2,3', ' млрд', 2.3e9]] },
    { lang: 'uk', text: '45 тис. гривень', expected: [['45', ' тис.', 45000]] },
    { lang: 'pt', text: 'cerca de 1,6 bilhão de dólares', expected: [['1,6', ' bilhão', 1.6e9]] },
    { lang: 'pt', text: 'cerca de 2 mil milhões de euros', expected: [['2', ' mil milhões', 2e9]] },
    { lang: 'pt', text: '5 minas novas', expected: [['5', '', 5]] },
    { lang: 'es', text: 'unos 3 mil millones de dólares', expected: [['3', ' mil millones', 3e9]] },
    { lang: 'es', text: 'un billón de pesos: 1 billón', expected: [['1', ' billón', 1e12]] },
    { lang: 'de', text: 'rund 1,6 Milliarden Dollar und 2 Billionen', expected: [['1,6', ' Milliarden', 1.6e9], ['2', ' Billionen', 2e12]] },
    { lang: 'de', text: '4,5 Mio. Euro', expected: [['4,5', ' Mio.', 4.5e6]] },
    { lang: 'en', text: 'a $10k grant and $5m more', expected: [['10', 'k', 1e4], ['5', 'm', 5e6]] },
    { lang: 'uk', text: 'Рекорд: $2 billion (англійською)', expected: [['2', ' billion', 2e9]] },
    { lang: 'en', text: 'a $2bn deal, a $3b one and 4 BN more', expected: [['2', 'bn', 2e9], ['3', 'b', 3e9], ['4', ' BN', 4e12 / 1e3]] },
    { lang: 'pt', text: 'R$ 3 bi, 7 mi e 9 milhões; 2 trilhões', expected: [['3', ' bi', 3e9], ['7', ' mi', 7e6], ['9', ' milhões', 9e6], ['2', ' trilhões', 2e12]] },
    { lang: 'fr', text: '5 milliards et 6 million(s)', expected: [['5', ' milliards', 5e9], ['6', ' million', 6e6]] },
  ];
  it.each(cases)('$lang: $text', ({ lang, text, expected }) => {
    expect(findNumbers(text, lang).map((f) => [f.digits, f.scaleText, Math.max(...f.values)])).toEqual(expected);
  });

  it('skips ISO dates, times and figures glued to letters', () => {
    expect(findNumbers('On 2026-01-31 at 09:14 the H100 and Web3 teams shipped 3 GPUs', 'en').map((f) => f.digits)).toEqual(['3']);
  });
});

describe('formatFigure: the original figure as the translation writes it', () => {
  const cases = [
    { digits: '40,000', lang: 'uk', expected: '40\u00A0000' },
    { digits: '40,000', lang: 'de', expected: '40.000' },
    { digits: '1.6', lang: 'uk', expected: '1,6' },
    { digits: '1.6', lang: 'pt', expected: '1,6' },
    { digits: '12', lang: 'es', expected: '12' },
  ];
  it.each(cases)('$digits in $lang → $expected', ({ digits, lang, expected }) => {
    expect(formatFigure(digits, lang)).toBe(expected);
  });
});
