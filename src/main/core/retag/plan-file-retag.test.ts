import { describe, expect, it } from 'vitest';
import { applyChanges, readFrontmatter } from '@shared/frontmatter';
import { bom, crlf, file, ukSeed } from '@shared/frontmatter/test-support/fixtures';
import { COMMENTS, CYRILLIC, EMPTY, EMPTY_VALUES, FLOW, UNKNOWN } from '@shared/frontmatter/test-support/awkward-files';
import { lineDiff } from '@shared/text/line-diff';
import { planFileRetag } from './plan-file-retag';
import { createOperation, deleteTag, mergeTags, type RetagOperationInput } from './retag-operation';
import type { RetagFields } from './retag-fields';

/** A collection whose roles name the fields the newsroom's blog uses. */
const BLOG: RetagFields = { collection: 'blog', tags: 'tags', category: 'category' };

/** Tags with case and spacing variants, as editors' sed scripts left them. */
const VARIANTS = file('---', 'title: Variants', 'tags:', '  - Mining', '  - MINING', '  - bitcoin  mining', '  - ETF', 'category: MINING', '---', 'Body');
const NO_TAGS = file('---', 'title: No tags', 'lang: en', '---', 'Body');
const NULL_TAGS = file('---', 'title: Null tags', 'tags:', 'draft: true', '---', 'Body');
const NUMBER_TAGS = file('---', 'title: Years', 'tags: [2026, MINING]', '---');

interface PlanCase {
  name: string;
  input: string;
  op: RetagOperationInput;
  /** The whole new file, written by hand (as a replacement in the input). */
  expected: string;
  /** Tags read back from the new file. */
  tags: unknown[] | undefined;
  /** Category read back from the new file (defaults to the input's, unchanged). */
  category?: string | undefined;
}

const SEED_TAGS = 'tags:\n  - MINING\n';

const changedCases: PlanCase[] = [
  // the uk seed
  { name: 'seed: add', input: ukSeed, op: { add: ['AI'] }, expected: ukSeed.replace(SEED_TAGS, 'tags:\n  - MINING\n  - AI\n'), tags: ['MINING', 'AI'] },
  { name: 'seed: add Cyrillic', input: ukSeed, op: { add: ['Штучний інтелект'] }, expected: ukSeed.replace(SEED_TAGS, 'tags:\n  - MINING\n  - Штучний інтелект\n'), tags: ['MINING', 'Штучний інтелект'] },
  { name: 'seed: add a number-like tag (quoted)', input: ukSeed, op: { add: ['2026'] }, expected: ukSeed.replace(SEED_TAGS, "tags:\n  - MINING\n  - '2026'\n"), tags: ['MINING', '2026'] },
  { name: 'seed: add exact, another case', input: ukSeed, op: { add: ['mining'] }, expected: ukSeed.replace(SEED_TAGS, 'tags:\n  - MINING\n  - mining\n'), tags: ['MINING', 'mining'] },
  { name: 'seed: rename', input: ukSeed, op: { rename: [{ from: 'MINING', to: 'BITCOIN MINING' }] }, expected: ukSeed.replace(SEED_TAGS, 'tags:\n  - BITCOIN MINING\n'), tags: ['BITCOIN MINING'] },
  { name: 'seed: merge', input: ukSeed, op: { rename: mergeTags(['Mining', 'MINING'], 'BITCOIN MINING') }, expected: ukSeed.replace(SEED_TAGS, 'tags:\n  - BITCOIN MINING\n'), tags: ['BITCOIN MINING'] },
  { name: 'seed: remove the last tag', input: ukSeed, op: { remove: ['MINING'] }, expected: ukSeed.replace(SEED_TAGS, 'tags: []\n'), tags: [] },
  { name: 'seed: delete everywhere, insensitive', input: ukSeed, op: deleteTag('mining', 'insensitive'), expected: ukSeed.replace(SEED_TAGS, 'tags: []\n'), tags: [] },
  { name: 'seed: set category', input: ukSeed, op: { category: 'BITCOIN MINING' }, expected: ukSeed.replace('category: MINING\n', 'category: BITCOIN MINING\n'), tags: ['MINING'], category: 'BITCOIN MINING' },
  { name: 'seed: set a Cyrillic category', input: ukSeed, op: { category: 'Майнінг' }, expected: ukSeed.replace('category: MINING\n', 'category: Майнінг\n'), tags: ['MINING'], category: 'Майнінг' },
  { name: 'seed: remove category', input: ukSeed, op: { category: null }, expected: ukSeed.replace('category: MINING\n', ''), tags: ['MINING'], category: undefined },
  {
    name: 'seed: rename and set category together',
    input: ukSeed,
    op: { rename: [{ from: 'MINING', to: 'BITCOIN MINING' }], category: 'BITCOIN MINING' },
    expected: ukSeed.replace('category: MINING\ntags:\n  - MINING\n', 'category: BITCOIN MINING\ntags:\n  - BITCOIN MINING\n'),
    tags: ['BITCOIN MINING'],
    category: 'BITCOIN MINING',
  },
  { name: 'seed, CRLF: add', input: crlf(ukSeed), op: { add: ['AI'] }, expected: crlf(ukSeed.replace(SEED_TAGS, 'tags:\n  - MINING\n  - AI\n')), tags: ['MINING', 'AI'] },
  { name: 'seed, CRLF: remove category', input: crlf(ukSeed), op: { category: null }, expected: crlf(ukSeed.replace('category: MINING\n', '')), tags: ['MINING'], category: undefined },
  { name: 'seed, BOM: rename', input: bom(ukSeed), op: { rename: [{ from: 'MINING', to: 'AI' }] }, expected: bom(ukSeed.replace(SEED_TAGS, 'tags:\n  - AI\n')), tags: ['AI'] },
  // comments next to tags
  { name: 'comments: add keeps item comments', input: COMMENTS, op: { add: ['ETF'] }, expected: COMMENTS.replace('  - AI\n', '  - AI\n  - ETF\n'), tags: ['MINING', 'AI', 'ETF'] },
  { name: 'comments: rename onto the first tag drops the second line only', input: COMMENTS, op: { rename: [{ from: 'AI', to: 'MINING' }] }, expected: COMMENTS.replace('  - AI\n', ''), tags: ['MINING'] },
  { name: 'comments: emptied list keeps the key comment', input: COMMENTS, op: { remove: ['MINING', 'AI'] }, expected: COMMENTS.replace('tags: # topics\n  # first is main\n  - MINING # main\n  - AI\n', 'tags: [] # topics\n'), tags: [] },
  { name: 'comments: new category goes before the closing ---', input: COMMENTS, op: { category: 'Tech' }, expected: COMMENTS.replace('draft: false\n', 'draft: false\ncategory: Tech\n'), tags: ['MINING', 'AI'], category: 'Tech' },
  // flow lists
  { name: 'flow: add keeps the flow style and quoting', input: FLOW, op: { add: ['ETF'] }, expected: FLOW.replace("tags: [MINING, 'AI']", "tags: [MINING, 'AI', ETF]"), tags: ['MINING', 'AI', 'ETF'] },
  { name: 'flow: remove', input: FLOW, op: { remove: ['MINING'] }, expected: FLOW.replace("tags: [MINING, 'AI']", "tags: ['AI']"), tags: ['AI'] },
  { name: 'flow: rename in place', input: FLOW, op: { rename: [{ from: 'MINING', to: 'BITCOIN MINING' }] }, expected: FLOW.replace("tags: [MINING, 'AI']", "tags: [BITCOIN MINING, 'AI']"), tags: ['BITCOIN MINING', 'AI'] },
  // other shapes
  { name: 'unknown keys, unindented list: remove and drop category key that is absent', input: UNKNOWN, op: { remove: ['AI'], category: null }, expected: UNKNOWN.replace('- AI\n', ''), tags: ['MINING'] },
  { name: 'unindented list: add', input: UNKNOWN, op: { add: ['ETF'] }, expected: UNKNOWN.replace('- AI\n', '- AI\n- ETF\n'), tags: ['MINING', 'AI', 'ETF'] },
  { name: 'empty frontmatter: add creates tags', input: EMPTY, op: { add: ['A'] }, expected: EMPTY.replace('---\n---', '---\ntags:\n  - A\n---'), tags: ['A'] },
  { name: 'no tags: add creates the list before the closing ---', input: NO_TAGS, op: { add: ['AI'] }, expected: NO_TAGS.replace('lang: en\n', 'lang: en\ntags:\n  - AI\n'), tags: ['AI'] },
  { name: 'no tags: category only', input: NO_TAGS, op: { category: 'Tech', remove: ['AI'] }, expected: NO_TAGS.replace('lang: en\n', 'lang: en\ncategory: Tech\n'), tags: undefined, category: 'Tech' },
  { name: 'tags: with no value gets items', input: NULL_TAGS, op: { add: ['AI'] }, expected: NULL_TAGS.replace('tags:\n', 'tags:\n  - AI\n'), tags: ['AI'] },
  { name: 'tags: [] with a comment gets items', input: EMPTY_VALUES, op: { add: ['AI'] }, expected: EMPTY_VALUES.replace('tags: [] # none\n', 'tags: # none\n  - AI\n'), tags: ['AI'] },
  { name: 'quoted Cyrillic category keeps its quotes', input: CYRILLIC, op: { category: 'Майнінг' }, expected: CYRILLIC.replace("category: 'Криптовалюта'", "category: 'Майнінг'"), tags: undefined, category: 'Майнінг' },
  { name: 'number tags stay numbers', input: NUMBER_TAGS, op: { rename: [{ from: 'MINING', to: 'AI' }] }, expected: NUMBER_TAGS.replace('[2026, MINING]', '[2026, AI]'), tags: [2026, 'AI'] },
  // case and spacing variants
  { name: 'variants: insensitive rename fixes the case once', input: VARIANTS, op: { rename: [{ from: 'mining', to: 'MINING' }], matchCase: 'insensitive' }, expected: VARIANTS.replace('  - Mining\n  - MINING\n', '  - MINING\n'), tags: ['MINING', 'bitcoin  mining', 'ETF'] },
  { name: 'variants: exact rename onto an existing spelling', input: VARIANTS, op: { rename: [{ from: 'Mining', to: 'MINING' }] }, expected: VARIANTS.replace('  - Mining\n  - MINING\n', '  - MINING\n'), tags: ['MINING', 'bitcoin  mining', 'ETF'] },
  { name: 'variants: insensitive remove catches the spacing variant', input: VARIANTS, op: { remove: ['BITCOIN MINING'], matchCase: 'insensitive' }, expected: VARIANTS.replace('  - bitcoin  mining\n', ''), tags: ['Mining', 'MINING', 'ETF'] },
  { name: 'variants: exact add of another case', input: VARIANTS, op: { add: ['etf'] }, expected: VARIANTS.replace('  - ETF\n', '  - ETF\n  - etf\n'), tags: ['Mining', 'MINING', 'bitcoin  mining', 'ETF', 'etf'] },
  { name: 'variants: insensitive merge of everything', input: VARIANTS, op: { rename: mergeTags(['mining', 'bitcoin mining'], 'BITCOIN MINING'), matchCase: 'insensitive' }, expected: VARIANTS.replace('  - Mining\n  - MINING\n  - bitcoin  mining\n', '  - BITCOIN MINING\n'), tags: ['BITCOIN MINING', 'ETF'] },
];

/** Top-level `tags`/`category` lines, list items and comments inside the list: the only lines a retag may touch. */
const TAGS_OR_CATEGORY = /^(tags:|category:|\s*- |\s*#)/;

function readBack(text: string): Record<string, unknown> {
  const read = readFrontmatter(text);
  if (!read.ok) throw new Error(read.error.message);
  return read.data;
}

describe('planFileRetag: files that change', () => {
  it.each(changedCases)('$name', (c) => {
    const plan = planFileRetag(c.input, createOperation(c.op), BLOG);
    if (plan.status !== 'changed') throw new Error(`expected a change, got ${JSON.stringify(plan)}`);
    const after = applyChanges(c.input, plan.changes);
    expect(after).toBe(c.expected);

    const changed = lineDiff(c.input, after, 0).flatMap((hunk) => hunk.lines.filter((line) => line.kind !== ' '));
    expect(changed.length).toBeGreaterThan(0);
    for (const line of changed) expect(line.text).toMatch(TAGS_OR_CATEGORY);

    const before = readBack(c.input);
    const data = readBack(after);
    expect(data.tags).toEqual(c.tags);
    expect(data.category).toEqual('category' in c ? c.category : before.category);
    // Every other field reads back exactly as before.
    const rest = (d: Record<string, unknown>) => Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'tags' && k !== 'category'));
    expect(rest(data)).toEqual(rest(before));
    expect(plan.after.tags).toEqual((c.tags ?? []).map(String));
  });
});

const unchangedCases: { name: string; input: string; op: RetagOperationInput }[] = [
  { name: 'flow: a list other than tags', input: FLOW, op: { remove: ['alpha'] } },
  { name: 'seed: add a tag already there', input: ukSeed, op: { add: ['MINING'] } },
  { name: 'seed: insensitive add of a variant', input: ukSeed, op: { add: ['Mining'], matchCase: 'insensitive' } },
  { name: 'seed: exact remove of another case', input: ukSeed, op: deleteTag('mining') },
  { name: 'seed: category already set', input: ukSeed, op: { category: 'MINING' } },
  { name: 'seed: insensitive rename to the spelling already used', input: ukSeed, op: { rename: [{ from: 'mining', to: 'MINING' }], matchCase: 'insensitive' } },
  { name: 'no tags: remove does not create an empty list', input: NO_TAGS, op: { remove: ['AI'] } },
  { name: 'no category: removing it', input: NO_TAGS, op: { category: null } },
  { name: 'tags: with no value, remove', input: NULL_TAGS, op: { remove: ['AI'] } },
  { name: 'untouched duplicates are left alone', input: file('---', 'tags: [A, A]', '---'), op: { remove: ['B'] } },
];

describe('planFileRetag: files that need no change', () => {
  it.each(unchangedCases)('$name', ({ input, op }) => {
    expect(planFileRetag(input, createOperation(op), BLOG)).toEqual({ status: 'unchanged' });
  });
});

const skippedCases: { name: string; input: string; op: RetagOperationInput; reason: string; message: string; line?: number }[] = [
  {
    name: 'no frontmatter',
    input: file('Just a body.'),
    op: { add: ['AI'] },
    reason: 'no-frontmatter',
    message: 'The file has no frontmatter: it must start with a line containing only ---, the fields, and another --- line.',
    line: 1,
  },
  { name: 'YAML syntax error', input: file('---', "title: 'unclosed", 'tags: [A]', '---'), op: { add: ['AI'] }, reason: 'yaml-syntax', message: expect.stringContaining('line 2') as unknown as string, line: 2 },
  {
    name: 'tags is a single value',
    input: file('---', 'title: T', 'tags: MINING', '---'),
    op: { add: ['AI'] },
    reason: 'tags-not-a-list',
    message: '"tags" holds the single value "MINING", not a list, so this file was left alone. Write it as a list (tags: [A, B]) and plan again.',
    line: 3,
  },
  {
    name: 'tags is a group',
    input: file('---', 'tags:', '  main: MINING', '---'),
    op: { remove: ['MINING'] },
    reason: 'tags-not-a-list',
    message: '"tags" holds a group of fields, not a list, so this file was left alone. Write it as a list (tags: [A, B]) and plan again.',
    line: 2,
  },
  {
    name: 'a tag is empty',
    input: file('---', 'tags:', '  - MINING', '  -', '---'),
    op: { add: ['AI'] },
    reason: 'tag-not-text',
    message: 'Tag 2 in "tags" is empty, not text, so this file was left alone. Fix or remove that entry and plan again.',
    line: 2,
  },
  {
    name: 'category is a list and the operation sets it',
    input: file('---', 'category: [A, B]', 'tags: [A]', '---'),
    op: { category: 'C' },
    reason: 'category-not-text',
    message: '"category" holds a list, not a single value, so it cannot be set. Fix it by hand and plan again.',
    line: 2,
  },
];

describe('planFileRetag: files that are skipped', () => {
  it.each(skippedCases)('$name', ({ input, op, reason, message, line }) => {
    expect(planFileRetag(input, createOperation(op), BLOG)).toEqual({ status: 'skipped', reason, message, ...(line !== undefined && { line }) });
  });

  it('a category that is a list does not block a tags-only operation', () => {
    const input = file('---', 'category: [A, B]', 'tags: [A]', '---');
    const plan = planFileRetag(input, createOperation({ add: ['B'] }), BLOG);
    expect(plan.status === 'changed' && applyChanges(input, plan.changes)).toBe(input.replace('tags: [A]', 'tags: [A, B]'));
  });
});

describe('planFileRetag: before and after', () => {
  it('reports the tags and category on both sides', () => {
    const plan = planFileRetag(VARIANTS, createOperation({ rename: [{ from: 'mining', to: 'MINING' }], category: null, matchCase: 'insensitive' }), BLOG);
    expect(plan.status === 'changed' && { before: plan.before, after: plan.after }).toEqual({
      before: { tags: ['Mining', 'MINING', 'bitcoin  mining', 'ETF'], category: 'MINING' },
      after: { tags: ['MINING', 'bitcoin  mining', 'ETF'], category: null },
    });
  });
});

/** A Hugo-style page: its list is `keywords`, its category `section`, beside a `tags` list that is not the collection's tag list. */
const HUGO = file('---', 'title: Cold nights', 'keywords: [weather, night]', 'section: notes', 'tags: [untouched]', 'category: untouched', '---', 'Body');
const HUGO_FIELDS: RetagFields = { collection: 'posts', tags: 'keywords', category: 'section' };

describe('planFileRetag: the fields come from the collection', () => {
  const cases: { name: string; op: RetagOperationInput; expected: string; before: object; after: object }[] = [
    {
      name: 'rename edits keywords, never the tags key',
      op: { rename: [{ from: 'weather', to: 'climate' }] },
      expected: HUGO.replace('keywords: [weather, night]', 'keywords: [climate, night]'),
      before: { tags: ['weather', 'night'], category: 'notes' },
      after: { tags: ['climate', 'night'], category: 'notes' },
    },
    {
      name: 'set category edits section, never the category key',
      op: { category: 'field reports' },
      expected: HUGO.replace('section: notes', 'section: field reports'),
      before: { tags: ['weather', 'night'], category: 'notes' },
      after: { tags: ['weather', 'night'], category: 'field reports' },
    },
    {
      name: 'remove the category removes section',
      op: { category: null },
      expected: HUGO.replace('section: notes\n', ''),
      before: { tags: ['weather', 'night'], category: 'notes' },
      after: { tags: ['weather', 'night'], category: null },
    },
  ];
  it.each(cases)('$name', ({ op, expected, before, after }) => {
    const plan = planFileRetag(HUGO, createOperation(op), HUGO_FIELDS);
    if (plan.status !== 'changed') throw new Error(`expected a change, got ${JSON.stringify(plan)}`);
    expect(applyChanges(HUGO, plan.changes)).toBe(expected);
    expect({ before: plan.before, after: plan.after }).toEqual({ before, after });
  });

  it('adding to a file without the list creates the collection’s field (in the style of the file’s other lists)', () => {
    const input = file('---', 'title: T', 'tags: [other]', '---', 'Body');
    const plan = planFileRetag(input, createOperation({ add: ['night'] }), HUGO_FIELDS);
    expect(plan.status === 'changed' && applyChanges(input, plan.changes)).toBe(input.replace('tags: [other]\n', 'tags: [other]\nkeywords: [night]\n'));
  });

  it('a tag already in another list is not "already there"', () => {
    expect(planFileRetag(HUGO, createOperation({ add: ['untouched'] }), HUGO_FIELDS).status).toBe('changed');
    expect(planFileRetag(HUGO, createOperation({ remove: ['untouched'] }), HUGO_FIELDS)).toEqual({ status: 'unchanged' });
  });

  it('skip messages name the collection’s field', () => {
    const input = file('---', 'title: T', 'keywords: weather', '---');
    expect(planFileRetag(input, createOperation({ add: ['AI'] }), HUGO_FIELDS)).toEqual({
      status: 'skipped',
      reason: 'tags-not-a-list',
      message: '"keywords" holds the single value "weather", not a list, so this file was left alone. Write it as a list (keywords: [A, B]) and plan again.',
      line: 3,
    });
  });
});

describe('planFileRetag: a collection without the role, a file in no collection, other formats', () => {
  const DOCS: RetagFields = { collection: 'docs' };
  const TAGS_ONLY: RetagFields = { collection: 'notes', tags: 'tags' };
  const NOWHERE: RetagFields = { collection: null };
  const noTags = 'Collection "docs" has no tag list: name one under roles.tags in copydesk.config.json to edit it.';
  const cases: { name: string; input: string; op: RetagOperationInput; fields: RetagFields; reason: string; message: string; line?: number }[] = [
    { name: 'tags, collection without a tag list', input: ukSeed, op: { add: ['AI'] }, fields: DOCS, reason: 'no-tag-field', message: noTags },
    { name: 'removing tags there is skipped too, not "unchanged"', input: ukSeed, op: { remove: ['MINING'] }, fields: DOCS, reason: 'no-tag-field', message: noTags },
    {
      name: 'category, collection without one',
      input: ukSeed,
      op: { category: 'X' },
      fields: TAGS_ONLY,
      reason: 'no-category-field',
      message: 'Collection "notes" has no category field: name one under roles.category in copydesk.config.json to edit it.',
    },
    {
      name: 'tags and category together, the category missing: the whole file is left alone',
      input: ukSeed,
      op: { add: ['AI'], category: null },
      fields: TAGS_ONLY,
      reason: 'no-category-field',
      message: 'Collection "notes" has no category field: name one under roles.category in copydesk.config.json to edit it.',
    },
    {
      name: 'a file in no collection',
      input: ukSeed,
      op: { add: ['AI'] },
      fields: NOWHERE,
      reason: 'no-tag-field',
      message: 'The file is in no collection of the content model, so it has no tag list.',
    },
    {
      name: 'TOML frontmatter is not called "no frontmatter"',
      input: file('+++', "title = 'First light'", "tags = ['astronomy']", '+++', 'Body'),
      op: { add: ['AI'] },
      fields: BLOG,
      reason: 'not-yaml',
      message: 'The frontmatter is TOML (+++), not YAML: bulk edits change YAML frontmatter only, so this file was left alone. Edit it in the source editor.',
      line: 1,
    },
    {
      name: 'JSON frontmatter',
      input: file('{', '  "title": "T",', '  "tags": ["A"]', '}', 'Body'),
      op: { remove: ['A'] },
      fields: BLOG,
      reason: 'not-yaml',
      message: 'The frontmatter is JSON, not YAML: bulk edits change YAML frontmatter only, so this file was left alone. Edit it in the source editor.',
      line: 1,
    },
  ];
  it.each(cases)('$name', ({ input, op, fields, reason, message, line }) => {
    expect(planFileRetag(input, createOperation(op), fields)).toEqual({ status: 'skipped', reason, message, ...(line !== undefined && { line }) });
  });

  it('TOML or JSON frontmatter the operation would not change is unchanged, not skipped', () => {
    const toml = file('+++', "title = 'First light'", "tags = ['astronomy']", "section = 'notes'", '+++', 'Body');
    expect(planFileRetag(toml, createOperation({ remove: ['weather'] }), BLOG)).toEqual({ status: 'unchanged' });
    expect(planFileRetag(toml, createOperation({ add: ['astronomy'] }), BLOG)).toEqual({ status: 'unchanged' });
    expect(planFileRetag(toml, createOperation({ category: 'notes' }), HUGO_FIELDS)).toEqual({ status: 'unchanged' });
    expect(planFileRetag(toml, createOperation({ category: 'news' }), HUGO_FIELDS)).toMatchObject({ status: 'skipped', reason: 'not-yaml' });
    expect(planFileRetag(file('{', '  "title": "T"', '}'), createOperation({ remove: ['A'] }), BLOG)).toEqual({ status: 'unchanged' });
  });

  it('a tags-only operation needs no category role', () => {
    const plan = planFileRetag(ukSeed, createOperation({ add: ['AI'] }), TAGS_ONLY);
    expect(plan.status === 'changed' && plan.after).toEqual({ tags: ['MINING', 'AI'], category: null });
  });
});
