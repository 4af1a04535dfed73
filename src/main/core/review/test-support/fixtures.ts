import { splitFrontmatter } from '@shared/frontmatter';
import coreweaveEn from '../__fixtures__/coreweave.en.md?raw';
import coreweaveUk from '../__fixtures__/coreweave.uk.md?raw';
import runawayEn from '../__fixtures__/runaway.en.md?raw';
import runawayUk from '../__fixtures__/runaway.uk.md?raw';

const FIXTURES: Readonly<Record<string, string>> = {
  'coreweave.en.md': coreweaveEn,
  'coreweave.uk.md': coreweaveUk,
  'runaway.en.md': runawayEn,
  'runaway.uk.md': runawayUk,
};

/**
 * The text of a file in `../__fixtures__`: the uk seed and the English
 * original written for it; a 2.6 KB original and its 124 KB uk translation
 * whose second paragraph runs into "ведення ведення…" (written for the
 * `length` and `repetition` checks).
 */
export function fixture(name: 'coreweave.en.md' | 'coreweave.uk.md' | 'runaway.en.md' | 'runaway.uk.md'): string {
  const text = FIXTURES[name];
  if (text === undefined) throw new Error(`no fixture ${name}`);
  return text;
}

/** The body (after the closing `---`) of a fixture's text. */
export function bodyOf(text: string): string {
  const block = splitFrontmatter(text);
  if (!block) throw new Error('fixture without frontmatter');
  return text.slice(block.bodyFrom);
}
