import { describe, expect, it } from 'vitest';
import { editFields, DELETE, type FieldEdit } from './edit-frontmatter';
import { applyChanges } from './text-change';
import { readFrontmatter } from './read-frontmatter';
import { crlf, file, valueAt } from './test-support/fixtures';
import {
  BLOCKS,
  COMMENTS,
  CYRILLIC,
  DATES,
  DOUBLE_QUOTED,
  EMPTY,
  EMPTY_PARENT,
  EMPTY_VALUES,
  FLOW,
  RULE_IN_BODY,
  UNKNOWN,
} from './test-support/awkward-files';

interface AwkwardCase {
  name: string;
  input: string;
  edits: FieldEdit[];
  expected: string;
  /** The edit is expected to change nothing. */
  unchanged?: true;
}

const set = (path: string[], value: unknown): FieldEdit => ({ path, value });
const del = (path: string[]): FieldEdit => ({ path, value: DELETE });

const cases: AwkwardCase[] = [
  // comments, blank lines
  { name: 'comments: plain value keeps its trailing comment', input: COMMENTS, edits: [set(['title'], 'New title')], expected: COMMENTS.replace('title: Old title # keep me', 'title: New title # keep me') },
  { name: 'comments: alignment before the comment is kept', input: COMMENTS, edits: [set(['lang'], 'uk')], expected: COMMENTS.replace('lang: en   #', 'lang: uk   #') },
  { name: 'comments: list append keeps item comments', input: COMMENTS, edits: [set(['tags'], ['MINING', 'AI', 'ETF'])], expected: COMMENTS.replace('  - AI\n', '  - AI\n  - ETF\n') },
  { name: 'comments: renaming an item keeps its trailing comment', input: COMMENTS, edits: [set(['tags'], ['BITCOIN MINING', 'AI'])], expected: COMMENTS.replace('  - MINING # main\n', '  - BITCOIN MINING # main\n') },
  { name: 'comments: removing an item keeps the comment above it', input: COMMENTS, edits: [set(['tags'], ['AI'])], expected: COMMENTS.replace('  - MINING # main\n', '') },
  {
    name: 'comments: emptied list keeps the key comment',
    input: COMMENTS,
    edits: [set(['tags'], [])],
    expected: COMMENTS.replace('tags: # topics\n  # first is main\n  - MINING # main\n  - AI\n', 'tags: [] # topics\n'),
  },
  { name: 'comments: delete removes only the pair line', input: COMMENTS, edits: [del(['lang'])], expected: COMMENTS.replace('lang: en   # language code\n', '') },
  { name: 'comments: new key goes before the closing ---', input: COMMENTS, edits: [set(['author'], 'Ann')], expected: COMMENTS.replace('draft: false\n', 'draft: false\nauthor: Ann\n') },
  // flow lists
  { name: 'flow: append keeps both item quotings', input: FLOW, edits: [set(['tags'], ['MINING', 'AI', 'ETF'])], expected: FLOW.replace("tags: [MINING, 'AI']", "tags: [MINING, 'AI', ETF]") },
  { name: 'flow: remove an item', input: FLOW, edits: [set(['tags'], ['AI'])], expected: FLOW.replace("tags: [MINING, 'AI']", "tags: ['AI']") },
  { name: 'flow: padded double-quoted list', input: FLOW, edits: [set(['keywords'], ['alpha', 'beta', 'gamma'])], expected: FLOW.replace('keywords: [ "alpha", "beta" ]', 'keywords: [ "alpha", "beta", "gamma" ]') },
  { name: 'flow: emptied', input: FLOW, edits: [set(['tags'], [])], expected: FLOW.replace("tags: [MINING, 'AI']", 'tags: []') },
  // Two double-quoted scalars against one single-quoted: the document's quote style is double.
  { name: 'flow: [] to items follows the document (flow, double quotes)', input: FLOW, edits: [set(['empty'], ['x', 'a, b'])], expected: FLOW.replace('empty: []', 'empty: [x, "a, b"]') },
  // folded and literal scalars
  { name: 'folded: single line stays folded', input: BLOCKS, edits: [set(['description'], 'Short one.')], expected: BLOCKS.replace('  A long folded description\n  that spans two lines.\n', '  Short one.\n') },
  { name: 'folded: multi-line becomes literal', input: BLOCKS, edits: [set(['description'], 'Line one.\nLine two.')], expected: BLOCKS.replace('description: >-\n  A long folded description\n  that spans two lines.\n', 'description: |-\n  Line one.\n  Line two.\n') },
  { name: 'literal: keeps clip chomping', input: BLOCKS, edits: [set(['notes'], 'Only line.\n')], expected: BLOCKS.replace('  First line.\n  Second line.\n', '  Only line.\n') },
  { name: 'literal: emptied becomes a quoted empty string', input: BLOCKS, edits: [set(['notes'], '')], expected: BLOCKS.replace('notes: |\n  First line.\n  Second line.\n', "notes: ''\n") },
  { name: 'blocks: other fields leave block scalars alone', input: BLOCKS, edits: [set(['lang'], 'de')], expected: BLOCKS.replace('lang: en', 'lang: de') },
  { name: 'blocks: delete a folded scalar with its lines', input: BLOCKS, edits: [del(['description'])], expected: BLOCKS.replace('description: >-\n  A long folded description\n  that spans two lines.\n', '') },
  // dates and numbers
  { name: 'dates: unquoted date-time stays unquoted', input: DATES, edits: [set(['publishedAt'], '2026-02-01T08:00:00.000Z')], expected: DATES.replace('publishedAt: 2026-01-31T18:04:41.000Z', 'publishedAt: 2026-02-01T08:00:00.000Z') },
  { name: 'dates: quoted date-time stays quoted', input: DATES, edits: [set(['updatedAt'], '2026-02-01T08:00:00.000Z')], expected: DATES.replace("updatedAt: '2026-01-31T18:29:36.980Z'", "updatedAt: '2026-02-01T08:00:00.000Z'") },
  { name: 'dates: unquoted date stays unquoted', input: DATES, edits: [set(['date'], '2026-02-02')], expected: DATES.replace('date: 2026-01-31', 'date: 2026-02-02') },
  { name: 'dates: non-date text in a plain date field is quoted', input: DATES, edits: [set(['date'], 'soon: maybe')], expected: DATES.replace('date: 2026-01-31', "date: 'soon: maybe'") },
  { name: 'numbers: numeric externalId stays a number', input: DATES, edits: [set(['externalId'], 57619984)], expected: DATES.replace('externalId: 57619983', 'externalId: 57619984') },
  { name: 'numbers: a string id for a numeric one is quoted', input: DATES, edits: [set(['externalId'], '57619984')], expected: DATES.replace('externalId: 57619983', "externalId: '57619984'") },
  { name: 'numbers: float to integer', input: DATES, edits: [set(['score'], 2)], expected: DATES.replace('score: 1.5', 'score: 2') },
  // unknown keys, column-0 lists
  { name: 'col-0 list: append keeps column 0', input: UNKNOWN, edits: [set(['tags'], ['MINING', 'AI', 'ETF'])], expected: UNKNOWN.replace('- AI\n', '- AI\n- ETF\n') },
  { name: 'col-0 list: remove first', input: UNKNOWN, edits: [set(['tags'], ['AI'])], expected: UNKNOWN.replace('- MINING\n', '') },
  { name: 'col-0 list: a new list follows the document style', input: UNKNOWN, edits: [set(['related'], ['a-1', 'b-2'])], expected: UNKNOWN.replace('weird key: value\n', 'weird key: value\nrelated:\n- a-1\n- b-2\n') },
  { name: 'unknown keys: untouched by other edits', input: UNKNOWN, edits: [set(['title'], 'Known')], expected: UNKNOWN.replace('title: Unknown keys', 'title: Known') },
  { name: 'unknown keys: key with a space', input: UNKNOWN, edits: [del(['weird key'])], expected: UNKNOWN.replace('weird key: value\n', '') },
  { name: 'flow map: set inside', input: UNKNOWN, edits: [set(['x-custom', 'a'], 5)], expected: UNKNOWN.replace('{a: 1, b: [2, 3]}', '{a: 5, b: [2, 3]}') },
  { name: 'flow map: add inside', input: UNKNOWN, edits: [set(['x-custom', 'c'], 'z')], expected: UNKNOWN.replace('{a: 1, b: [2, 3]}', '{a: 1, b: [2, 3], c: z}') },
  { name: 'flow map: delete first entry', input: UNKNOWN, edits: [del(['x-custom', 'a'])], expected: UNKNOWN.replace('{a: 1, b: [2, 3]}', '{b: [2, 3]}') },
  { name: 'flow map: delete last entry', input: UNKNOWN, edits: [del(['x-custom', 'b'])], expected: UNKNOWN.replace('{a: 1, b: [2, 3]}', '{a: 1}') },
  // --- in the body, empty frontmatter, empty parent
  { name: 'rule in body: new key goes into the real block', input: RULE_IN_BODY, edits: [set(['lang'], 'en')], expected: file('---', 'title: Rule', 'lang: en', '---', 'Intro', '', '---', '', 'Outro') },
  { name: 'empty frontmatter: add a field', input: EMPTY, edits: [set(['title'], 'Hello')], expected: file('---', 'title: Hello', '---', 'Body') },
  {
    name: 'empty frontmatter: several fields, a list and a new group',
    input: EMPTY,
    edits: [set(['title'], 'Hello world'), set(['tags'], ['A', 'B']), set(['ai', 'translatedFrom'], '57619983'), set(['ai', 'version'], 1)],
    expected: file('---', "title: 'Hello world'", 'tags:', '  - A', '  - B', 'ai:', "  translatedFrom: '57619983'", '  version: 1', '---', 'Body'),
  },
  { name: 'empty frontmatter, CRLF', input: crlf(EMPTY), edits: [set(['title'], 'Hello')], expected: crlf(file('---', 'title: Hello', '---', 'Body')) },
  { name: 'empty parent key becomes a group', input: EMPTY_PARENT, edits: [set(['ai', 'translatedFrom'], '1')], expected: EMPTY_PARENT.replace('ai:\n', "ai:\n  translatedFrom: '1'\n") },
  { name: 'delete a missing field: nothing', input: EMPTY_PARENT, edits: [del(['ai', 'version'])], expected: EMPTY_PARENT, unchanged: true },
  { name: '[] to items with no other list: block, 2 spaces, comment kept', input: EMPTY_VALUES, edits: [set(['tags'], ['A', 'B'])], expected: EMPTY_VALUES.replace('tags: [] # none\n', 'tags: # none\n  - A\n  - B\n') },
  { name: 'empty key with a comment becomes a group', input: EMPTY_VALUES, edits: [set(['ai', 'k'], 'v')], expected: EMPTY_VALUES.replace('ai: # later\n', 'ai: # later\n  k: v\n') },
  { name: 'empty key with trailing blanks gets a value', input: EMPTY_VALUES, edits: [set(['x'], 'y')], expected: EMPTY_VALUES.replace('x:   \n', "x: 'y'\n") },
  // unicode and quote styles
  { name: 'cyrillic: plain stays plain', input: CYRILLIC, edits: [set(['title'], 'Новий заголовок')], expected: CYRILLIC.replace('title: Заголовок', 'title: Новий заголовок') },
  { name: 'cyrillic: apostrophe doubled in single quotes', input: CYRILLIC, edits: [set(['category'], "Прем'єр")], expected: CYRILLIC.replace("category: 'Криптовалюта'", "category: 'Прем''єр'") },
  { name: 'cyrillic: unsafe plain gets the document quotes', input: CYRILLIC, edits: [set(['title'], 'ШІ: майбутнє')], expected: CYRILLIC.replace('title: Заголовок', "title: 'ШІ: майбутнє'") },
  { name: 'double quotes stay double', input: DOUBLE_QUOTED, edits: [set(['title'], 'Say "hi"')], expected: DOUBLE_QUOTED.replace('title: "Double"', 'title: "Say \\"hi\\""') },
  { name: 'new value in a double-quoted document uses double quotes', input: DOUBLE_QUOTED, edits: [set(['author'], 'Ann Lee')], expected: DOUBLE_QUOTED.replace('slug: "a-b"\n', 'slug: "a-b"\nauthor: "Ann Lee"\n') },
  // CRLF variants of structural edits
  { name: 'CRLF: list append uses CRLF', input: crlf(COMMENTS), edits: [set(['tags'], ['MINING', 'AI', 'ETF'])], expected: crlf(COMMENTS.replace('  - AI\n', '  - AI\n  - ETF\n')) },
  { name: 'CRLF: folded to literal uses CRLF', input: crlf(BLOCKS), edits: [set(['description'], 'a\nb')], expected: crlf(BLOCKS.replace('description: >-\n  A long folded description\n  that spans two lines.\n', 'description: |-\n  a\n  b\n')) },
  { name: 'CRLF: delete a pair', input: crlf(COMMENTS), edits: [del(['lang'])], expected: crlf(COMMENTS.replace('lang: en   # language code\n', '')) },
];

describe('editing awkward files', () => {
  it.each(cases)('$name', ({ input, edits, expected, unchanged }) => {
    // Guards against a hand-written replace() that matched nothing.
    if (!unchanged) expect(expected).not.toBe(input);
    const result = editFields(input, edits);
    if (!result.ok) throw new Error(result.error.message);
    const output = applyChanges(input, result.changes);
    expect(output).toBe(expected);
    const read = readFrontmatter(output);
    if (!read.ok) throw new Error(read.error.message);
    for (const { path, value } of edits) {
      expect(valueAt(read.data, path)).toEqual(value === DELETE ? undefined : value);
    }
  });
});
