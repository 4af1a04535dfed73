import { describe, expect, it } from 'vitest';
import { parseQuery, type QueryFilters } from './parse-query';

const none = (): QueryFilters => ({
  lang: [],
  tag: [],
  category: [],
  collection: [],
  draft: null,
  invalid: null,
  changed: null,
  missing: [],
  status: [],
  not: { lang: [], tag: [], category: [], collection: [], missing: [], status: [] },
});
const filters = (overrides: Partial<QueryFilters>): QueryFilters => ({ ...none(), ...overrides });
const KNOWN = '(known: lang, tag, category, collection, missing, status, draft, invalid, changed)';

describe('parseQuery', () => {
  const cases = [
    { name: 'empty', input: '', expected: { text: '', terms: [], filters: none(), warnings: [] } },
    { name: 'blank', input: '   \t ', expected: { text: '', terms: [], filters: none(), warnings: [] } },
    { name: 'free text', input: ' bitcoin  mining ', expected: { text: 'bitcoin mining', terms: ['bitcoin', 'mining'], filters: none(), warnings: [] } },
    {
      name: 'every filter once',
      input: 'lang:uk tag:MINING category:BTC collection:docs draft:true invalid:false changed:true missing:de',
      expected: {
        text: '',
        terms: [],
        filters: filters({ lang: ['uk'], tag: ['MINING'], category: ['BTC'], collection: ['docs'], draft: true, invalid: false, changed: true, missing: ['de'] }),
        warnings: [],
      },
    },
    {
      name: 'repeated keys collect values, duplicates dropped, text between filters kept',
      input: 'lang:uk halving lang:pt-BR lang:uk tag:"BITCOIN MINING"',
      expected: { text: 'halving', terms: ['halving'], filters: filters({ lang: ['uk', 'pt-BR'], tag: ['BITCOIN MINING'] }), warnings: [] },
    },
    {
      name: 'quoted phrase stays a phrase',
      input: '"proof of work" energy',
      expected: { text: '"proof of work" energy', terms: ['proof of work', 'energy'], filters: none(), warnings: [] },
    },
    {
      name: 'unclosed quote runs to the end',
      input: 'tag:"BITCOIN MIN',
      expected: { text: '', terms: [], filters: filters({ tag: ['BITCOIN MIN'] }), warnings: [] },
    },
    {
      name: 'negation',
      input: '-tag:SPAM -lang:en -draft:true',
      expected: { text: '', terms: [], filters: filters({ draft: false, not: { ...none().not, tag: ['SPAM'], lang: ['en'] } }), warnings: [] },
    },
    {
      name: 'collection values are kept as typed; keys are case-insensitive',
      input: 'Collection:Docs TAG:mining',
      expected: { text: '', terms: [], filters: filters({ collection: ['Docs'], tag: ['mining'] }), warnings: [] },
    },
    {
      name: 'unknown filter becomes text with a warning',
      input: 'foo:bar baz',
      expected: { text: 'foo:bar baz', terms: ['foo:bar', 'baz'], filters: none(), warnings: [`Unknown filter foo: ${KNOWN}; searched for it as text.`] },
    },
    {
      name: 'filter without a value',
      input: 'lang: uk',
      expected: { text: 'uk', terms: ['uk'], filters: none(), warnings: ['Filter lang: needs a value right after the colon, e.g. lang:uk.'] },
    },
    {
      name: 'bad boolean; sentiment is no filter (a field of one site, not of the model)',
      input: 'draft:maybe sentiment:HAPPY',
      expected: {
        text: 'sentiment:HAPPY',
        terms: ['sentiment:HAPPY'],
        filters: none(),
        warnings: ['Filter draft: expects true or false, not "maybe".', `Unknown filter sentiment: ${KNOWN}; searched for it as text.`],
      },
    },
    {
      name: 'status values are lower-cased; repeated and negated',
      input: 'status:Outdated status:needs-work -STATUS:APPROVED status:outdated',
      expected: {
        text: '',
        terms: [],
        filters: filters({ status: ['outdated', 'needs-work'], not: { ...none().not, status: ['approved'] } }),
        warnings: [],
      },
    },
    {
      name: 'unknown status value names the allowed ones',
      input: 'status:done halving',
      expected: {
        text: 'halving',
        terms: ['halving'],
        filters: none(),
        warnings: ['Unknown status "done" (expected draft, unreviewed, needs-work, approved, outdated)'],
      },
    },
    {
      name: 'status without a value',
      input: 'status:',
      expected: { text: '', terms: [], filters: none(), warnings: ['Filter status: needs a value right after the colon, e.g. status:outdated.'] },
    },
    { name: 'a lone colon is text', input: ':', expected: { text: ':', terms: [':'], filters: none(), warnings: [] } },
    { name: 'a time is text', input: '12:30', expected: { text: '12:30', terms: ['12:30'], filters: none(), warnings: [] } },
    {
      name: 'Cyrillic, diacritics and operators are text',
      input: 'Майнінг café AND (NOT x) NEAR*',
      expected: { text: 'Майнінг café AND (NOT x) NEAR*', terms: ['Майнінг', 'café', 'AND', '(NOT', 'x)', 'NEAR*'], filters: none(), warnings: [] },
    },
    {
      name: 'Cyrillic filter value',
      input: 'category:"Майнінг і ШІ"',
      expected: { text: '', terms: [], filters: filters({ category: ['Майнінг і ШІ'] }), warnings: [] },
    },
    { name: 'empty quotes are nothing', input: '"" tag:""', expected: { text: '', terms: [], filters: none(), warnings: ['Filter tag: needs a value right after the colon, e.g. tag:MINING.'] } },
  ];

  it.each(cases)('$name', ({ input, expected }) => {
    expect(parseQuery(input)).toEqual(expected);
  });

  it('never throws on odd input', () => {
    const odd = ['"', '""""', '-', '-:', '-a:', 'a:"', '\u0000', '\uD800', 'x'.repeat(2000), ':'.repeat(50), 'tag:'.repeat(30)];
    for (const input of odd) expect(() => parseQuery(input)).not.toThrow();
  });
});
