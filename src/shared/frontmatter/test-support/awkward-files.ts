/** Small article files with the awkward YAML the editor must preserve, shared by the edit tests. */
import { file } from './fixtures';

export const COMMENTS = file(
  '---',
  '# Article metadata',
  'title: Old title # keep me',
  'lang: en   # language code',
  '',
  'tags: # topics',
  '  # first is main',
  '  - MINING # main',
  '  - AI',
  'draft: false',
  '---',
  'Body',
);

export const FLOW = file('---', 'title: Flow', "tags: [MINING, 'AI']", 'keywords: [ "alpha", "beta" ]', 'empty: []', '---', 'Body');

export const BLOCKS = file(
  '---',
  'title: Blocks',
  'description: >-',
  '  A long folded description',
  '  that spans two lines.',
  'notes: |',
  '  First line.',
  '  Second line.',
  'lang: en',
  '---',
  'Body',
);

export const DATES = file(
  '---',
  'publishedAt: 2026-01-31T18:04:41.000Z',
  "updatedAt: '2026-01-31T18:29:36.980Z'",
  'date: 2026-01-31',
  'externalId: 57619983',
  'score: 1.5',
  '---',
);

export const UNKNOWN = file(
  '---',
  'title: Unknown keys',
  'x-custom: {a: 1, b: [2, 3]}',
  'legacy_field: yes',
  'tags:',
  '- MINING',
  '- AI',
  'weird key: value',
  '---',
  'Body',
);

export const RULE_IN_BODY = file('---', 'title: Rule', '---', 'Intro', '', '---', '', 'Outro');
export const EMPTY = file('---', '---', 'Body');
export const EMPTY_PARENT = file('---', 'title: T', 'ai:', 'draft: true', '---');
export const CYRILLIC = file('---', 'title: Заголовок', "category: 'Криптовалюта'", '---', 'Текст');
export const DOUBLE_QUOTED = file('---', 'title: "Double"', 'slug: "a-b"', '---');

export const EMPTY_VALUES = file('---', 'tags: [] # none', 'ai: # later', 'x:   ', 'last: 1', '---');

/** Every awkward file by name, for property tests. */
export const AWKWARD_FILES = { COMMENTS, FLOW, BLOCKS, DATES, UNKNOWN, RULE_IN_BODY, EMPTY, EMPTY_PARENT, CYRILLIC, DOUBLE_QUOTED, EMPTY_VALUES };
