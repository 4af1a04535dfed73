import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '@shared/ipc/contract';
import { lineDiff } from '@shared/text/line-diff';
import { copyReviewCorpus, expectedContentHash, type ReviewCorpus } from '../services/review/__fixtures__/review-corpus';
import { codeOf, openSession, valueOf } from './__fixtures__/open-session';
import type { Dispatch } from './serve';

/*
 * The review channels through serve() on a temp copy of
 * services/review/__fixtures__/review-corpus (its contents are listed in
 * review-corpus.ts), with a real index. Expected values are read off the fixture.
 */

let corpus: ReviewCorpus;
let dispatch: Dispatch;
let close: () => Promise<void>;

beforeEach(async () => {
  corpus = await copyReviewCorpus();
  ({ dispatch, close } = await openSession(corpus.root, corpus.scratch));
});
afterEach(async () => {
  await close();
  await corpus.dispose();
});

const read = (rel: string): Promise<string> => readFile(join(corpus.root, rel), 'utf8');
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The changed lines of a diff, `-`/`+` prefixed. */
function changedLines(before: string, after: string): string[] {
  return lineDiff(before, after, 0).flatMap((h) => h.lines.filter((l) => l.kind !== ' ').map((l) => `${l.kind}${l.text}`));
}

type Summary = ChannelOutput<'review.summary'>;
type Pair = ChannelOutput<'review.pair'>;

describe('review.summary', () => {
  it('reports counts per language with needs-work, and pages the filtered matrix', async () => {
    const all = valueOf<Summary>(await dispatch('review.summary', {}));
    expect(all.summary.languages).toEqual({
      de: { missing: 2, draft: 1, unreviewed: 0, 'needs-work': 0, approved: 0, outdated: 1 },
      uk: { missing: 1, draft: 0, unreviewed: 2, 'needs-work': 1, approved: 1, outdated: 0 },
    });
    expect(all).toMatchObject({ sourceLang: 'en', langs: ['de', 'uk'], total: 5, skipped: [] });

    const page = valueOf<Summary>(await dispatch('review.summary', { offset: 1, limit: 2 }));
    expect(page.groups.map((g) => g.externalId)).toEqual(['400', '300']);
    expect(page.total).toBe(5);

    const outdated = valueOf<Summary>(await dispatch('review.summary', { status: 'outdated' }));
    expect(outdated.groups.map((g) => g.externalId)).toEqual(['100']);

    const onlyUk = valueOf<Summary>(await dispatch('review.summary', { langs: ['uk'] }));
    expect(Object.keys(onlyUk.summary.languages)).toEqual(['uk']);
    expect(codeOf(await dispatch('review.summary', { langs: ['not a language'] }))).toBe('bad-input');
  });
});

describe('review.pair', () => {
  it('aligns the blocks of a translation with its source, with offsets into the file', async () => {
    const pair = valueOf<Pair>(await dispatch('review.pair', { path: '2026/01/alpha.uk.md' }));
    expect(pair.status).toBe('approved');
    expect(pair.source?.path).toBe('2026/01/alpha.en.md');
    expect(pair.checks).toEqual([]);
    expect(pair.changes).toBeNull();
    const kinds = (blocks: { kind: string }[]): string[] => blocks.map((b) => b.kind);
    expect(kinds(pair.translationBody.blocks)).toEqual(['heading', 'paragraph', 'list-item', 'list-item', 'heading', 'paragraph']);
    expect(kinds(pair.sourceBody?.blocks ?? [])).toEqual(kinds(pair.translationBody.blocks));
    expect(pair.alignment).toEqual([0, 1, 2, 3, 4, 5].map((i) => ({ source: i, target: i, kind: 'match' })));
    const { bodyFrom, bodyLine, blocks } = pair.translationBody;
    const text = await read('2026/01/alpha.uk.md');
    expect(blocks.map((b) => text.slice(bodyFrom + b.from, bodyFrom + b.to))).toEqual([
      '## Вступ',
      'Перший абзац із [посиланням](https://example.com/a).',
      '- один',
      '- два',
      '## Більше',
      'Другий абзац.',
    ]);
    // File line of the first heading: the frontmatter takes lines 1–18.
    expect(bodyLine + (blocks[0]?.line ?? 0) - 1).toBe(19);
    // The editor has the texts: the answer carries neither them nor the blocks' text.
    expect(pair.translation).not.toHaveProperty('text');
    expect(blocks[0]).not.toHaveProperty('text');
    expect(pair.translation.hash).toBe(sha256(await read('2026/01/alpha.uk.md')));
  });

  it('explains an outdated translation without git history or recorded blocks as unknown', async () => {
    const pair = valueOf<Pair>(await dispatch('review.pair', { path: '2026/01/alpha.de.md' }));
    expect(pair.status).toBe('outdated');
    expect(pair.changes).toEqual({ mode: 'unknown' });
  });

  it('lists checks with their fixes', async () => {
    const pair = valueOf<Pair>(await dispatch('review.pair', { path: '2026/01/beta.uk.md' }));
    expect(pair.checks).toEqual([
      {
        id: 'field:category',
        message: expect.stringContaining('category must match the original (2026/01/beta.en.md)'),
        fix: { path: ['category'], value: 'MINING' },
      },
    ]);
  });

  const refusals = [
    { name: 'an original', path: '2026/01/alpha.en.md', code: 'bad-input' },
    { name: 'a missing file', path: '2026/01/nothing.uk.md', code: 'not-found' },
    { name: 'a path outside', path: '../outside.md', code: 'outside-workspace' },
  ];
  for (const r of refusals) {
    it(`refuses ${r.name} with ${r.code}`, async () => {
      expect(codeOf(await dispatch('review.pair', { path: r.path }))).toBe(r.code);
    });
  }
});

describe('review.approve and review.needsWork', () => {
  it('approve adds only review lines: status, the source hash, the time and block hashes', async () => {
    const path = '2026/01/beta.uk.md';
    const before = await read(path);
    const result = valueOf<ChannelOutput<'review.approve'>>(await dispatch('review.approve', { path, baseHash: sha256(before) }));
    const after = await read(path);
    const sourceHash = expectedContentHash('Beta falls', 'Beta goes down.', 'Beta fell sharply on Monday.\n');
    expect(result).toEqual({ path, hash: sha256(after), status: 'approved', review: { status: 'approved', sourceHash, at: expect.any(String) } });
    const at = result.review.at ?? '';
    expect(new Date(at).toISOString()).toBe(at);
    // New strings follow the file's quoting (single quotes here).
    expect(changedLines(before, after)).toEqual([
      '+review:',
      '+  status: approved',
      `+  sourceHash: '${sourceHash}'`,
      `+  at: '${at}'`,
      '+  blocks:',
      `+    - '${sha256('Beta fell sharply on Monday.').slice(0, 16)}'`,
    ]);
    const summary = valueOf<Summary>(await dispatch('review.summary', {}));
    expect(summary.summary.languages.uk).toMatchObject({ approved: 2, unreviewed: 1 });
  });

  it('refuses with conflict when the file changed since baseHash, and writes nothing', async () => {
    const path = '2026/01/beta.uk.md';
    const before = await read(path);
    expect(codeOf(await dispatch('review.approve', { path, baseHash: sha256('an older version') }))).toBe('conflict');
    expect(codeOf(await dispatch('review.needsWork', { path, baseHash: sha256('an older version'), note: 'Check the category.' }))).toBe('conflict');
    expect(await read(path)).toBe(before);
  });

  it('needsWork changes only the review status and time and adds the note, keeping the approved baseline', async () => {
    const path = '2026/01/alpha.uk.md';
    const before = await read(path);
    const note = 'The list drops "три"; restore the third item.';
    const result = valueOf<ChannelOutput<'review.needsWork'>>(await dispatch('review.needsWork', { path, note }));
    const after = await read(path);
    expect(result.status).toBe('needs-work');
    expect(result.review.note).toBe(note);
    expect(changedLines(before, after)).toEqual([
      '-  status: approved',
      '+  status: needs-work',
      "-  at: '2026-01-11T09:00:00.000Z'",
      `+  at: '${result.review.at ?? ''}'`,
      `+  note: '${note}'`,
    ]);
    expect(result.review.sourceHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The note shows in the queue, the matrix and the pair view.
    const next = valueOf<ChannelOutput<'review.queue'>>(await dispatch('review.queue', { status: 'needs-work' }));
    expect(next).toEqual({ path: '2026/01/alpha.uk.md', remaining: 2, note });
    const matrix = valueOf<Summary>(await dispatch('review.summary', { query: '100' }));
    expect(matrix.groups[0]?.cells.uk).toEqual({ status: 'needs-work', path, checks: [], note });
    expect(valueOf<Pair>(await dispatch('review.pair', { path })).review?.note).toBe(note);
  });

  it('needsWork without a note (or with only spaces) is bad-input and writes nothing', async () => {
    const path = '2026/01/alpha.uk.md';
    const before = await read(path);
    expect(codeOf(await dispatch('review.needsWork', { path }))).toBe('bad-input');
    expect(codeOf(await dispatch('review.needsWork', { path, note: '   ' }))).toBe('bad-input');
    expect(await read(path)).toBe(before);
  });

  it('refuses to approve an original or an orphan', async () => {
    expect(codeOf(await dispatch('review.approve', { path: '2026/01/beta.en.md' }))).toBe('bad-input');
    expect(codeOf(await dispatch('review.approve', { path: '2026/02/delta.uk.md' }))).toBe('bad-input');
  });
});

describe('approval means reviewed', () => {
  it('refuses a draft with the reason, and writes nothing', async () => {
    const path = '2026/01/beta.de.md';
    const before = await read(path);
    const refused = await dispatch('review.approve', { path });
    expect(codeOf(refused)).toBe('refused');
    expect(JSON.stringify(refused)).toContain('It is a draft (draft: true)');
    expect(valueOf<Pair>(await dispatch('review.pair', { path })).approvalBlockers).toEqual([expect.stringContaining('It is a draft')]);
    expect(await read(path)).toBe(before);
  });

  it('refuses an invalid translation, naming the field', async () => {
    const path = '2026/01/beta.uk.md';
    // The corpus's collection is inferred from its files: every category there is text.
    await writeFile(join(corpus.root, path), (await read(path)).replace('category: AI', 'category: 7'));
    const refused = await dispatch('review.approve', { path });
    expect(codeOf(refused)).toBe('refused');
    expect(JSON.stringify(refused)).toContain('It is invalid — category:');
  });

  it('refuses a blocking check; approve anyway needs a note, which is stored in review.note', async () => {
    const path = '2026/02/epsilon.uk.md';
    const before = await read(path);
    const pair = valueOf<Pair>(await dispatch('review.pair', { path }));
    expect(pair.approvalBlockers).toEqual([expect.stringMatching(/^untranslated:title: The title is the original's, untranslated/)]);
    expect(codeOf(await dispatch('review.approve', { path }))).toBe('refused');
    expect(codeOf(await dispatch('review.approve', { path, anyway: true }))).toBe('bad-input');
    expect(codeOf(await dispatch('review.approve', { path, anyway: true, note: ' ' }))).toBe('bad-input');
    expect(await read(path)).toBe(before);

    const note = 'The English title is the brand name; keep it.';
    const approved = valueOf<ChannelOutput<'review.approve'>>(await dispatch('review.approve', { path, anyway: true, note }));
    expect(approved).toMatchObject({ status: 'approved', review: { status: 'approved', note } });
    expect(changedLines(before, await read(path))).toEqual(
      expect.arrayContaining(['-  status: unreviewed', '+  status: approved', `+  note: '${note}'`]),
    );
    // A plain approval later clears the note: it explained the earlier one.
    await writeFile(join(corpus.root, path), (await read(path)).replace('title: Epsilon report', 'title: Звіт Епсилон'));
    const again = valueOf<ChannelOutput<'review.approve'>>(await dispatch('review.approve', { path }));
    expect(again.review.note).toBeUndefined();
    expect(await read(path)).not.toContain('note:');
  });
});

describe('review.fix', () => {
  it('copies a field from the source, changing that one line and keeping comments', async () => {
    const path = '2026/01/beta.uk.md';
    const before = await read(path);
    const result = valueOf<ChannelOutput<'review.fix'>>(await dispatch('review.fix', { path, checkId: 'field:category' }));
    const after = await read(path);
    expect(changedLines(before, after)).toEqual(['-category: AI', '+category: MINING']);
    expect(after).toContain('# reviewers: keep this comment');
    expect(result).toEqual({ path, hash: sha256(after), checks: [] });
  });

  const refusals = [
    { name: 'a check that does not fire', path: '2026/01/beta.uk.md', checkId: 'field:tags', code: 'not-found' },
    { name: 'a check without a fix', path: '2026/02/delta.uk.md', checkId: 'translated-from', code: 'bad-input' },
  ];
  for (const r of refusals) {
    it(`refuses ${r.name} with ${r.code}`, async () => {
      const before = await read(r.path);
      expect(codeOf(await dispatch('review.fix', { path: r.path, checkId: r.checkId }))).toBe(r.code);
      expect(await read(r.path)).toBe(before);
    });
  }
});

describe('review.createTranslation', () => {
  it('creates <slug>.<lang>.md beside the original as an unreviewed draft with the body copied', async () => {
    const created = valueOf<ChannelOutput<'review.createTranslation'>>(await dispatch('review.createTranslation', { path: '2026/02/gamma.en.md', lang: 'de' }));
    expect(created.path).toBe('2026/02/gamma.de.md');
    const original = await read('2026/02/gamma.en.md');
    const text = await read(created.path);
    expect(created.hash).toBe(sha256(text));
    expect(text.endsWith('---\nGamma held steady.\n')).toBe(true);
    const changed = changedLines(original, text);
    expect(changed.slice(0, 4)).toEqual(['-lang: en', '+lang: de', '-draft: false', '+draft: true']);
    expect(changed.slice(4)).toEqual(['+ai:', "+  translatedFrom: '300'", '+review:', '+  status: unreviewed', expect.stringMatching(/^\+ {2}at: '?\d{4}-\d\d-\d\dT/)]);

    const summary = valueOf<Summary>(await dispatch('review.summary', {}));
    expect(summary.summary.languages.de).toMatchObject({ missing: 1, draft: 2 });
    const pair = valueOf<Pair>(await dispatch('review.pair', { path: created.path }));
    expect(pair).toMatchObject({ status: 'draft', source: { path: '2026/02/gamma.en.md' } });
    // Same language again: the group has it now.
    expect(codeOf(await dispatch('review.createTranslation', { path: '2026/02/gamma.en.md', lang: 'de' }))).toBe('conflict');
    expect(await read(created.path)).toBe(text);
  });

  it('never overwrites a file that already has the name, even one outside the group', async () => {
    await writeFile(join(corpus.root, '2026/02/epsilon.de.md'), 'keep me\n');
    expect(codeOf(await dispatch('review.createTranslation', { path: '2026/02/epsilon.en.md', lang: 'de' }))).toBe('conflict');
    expect(await read('2026/02/epsilon.de.md')).toBe('keep me\n');
  });

  const refusals = [
    { name: 'from a translation', input: { path: '2026/01/alpha.uk.md', lang: 'pt' }, code: 'bad-input' },
    { name: 'into the original language', input: { path: '2026/01/alpha.en.md', lang: 'en' }, code: 'conflict' },
    { name: 'into a language the group has', input: { path: '2026/01/alpha.en.md', lang: 'uk' }, code: 'conflict' },
    { name: 'with a bad language code', input: { path: '2026/01/alpha.en.md', lang: '../x' }, code: 'bad-input' },
  ];
  for (const r of refusals) {
    it(`refuses ${r.name} with ${r.code}`, async () => {
      expect(codeOf(await dispatch('review.createTranslation', r.input))).toBe(r.code);
    });
  }
});

describe('review.queue', () => {
  it('walks translations of one status by path, wrapping around', async () => {
    const step = async (after?: string) =>
      valueOf<ChannelOutput<'review.queue'>>(await dispatch('review.queue', { status: 'unreviewed', ...(after !== undefined && { after }) }));
    expect(await step()).toEqual({ path: '2026/01/beta.uk.md', remaining: 2, note: null });
    expect(await step('2026/01/beta.uk.md')).toEqual({ path: '2026/02/epsilon.uk.md', remaining: 1, note: null });
    expect(await step('2026/02/epsilon.uk.md')).toEqual({ path: '2026/01/beta.uk.md', remaining: 1, note: null });
    const outdated = valueOf<ChannelOutput<'review.queue'>>(await dispatch('review.queue', { status: 'outdated', lang: 'uk' }));
    expect(outdated).toEqual({ path: null, remaining: 0, note: null });
  });
});
