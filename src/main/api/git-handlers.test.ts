import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type ChannelOutput } from '@shared/ipc/contract';
import type { GitStatus } from '@shared/ipc/git-contract';
import { copyFixture, type TempCorpus } from './__fixtures__/copy-fixture';
import { codeOf, valueOf } from './__fixtures__/open-session';
import { gitSandbox, type GitSandbox } from '../services/git/test-support/git-sandbox';
import type { HubEvent } from './event-hub';
import { createHandlers } from './handlers';
import { serve, type Dispatch } from './serve';
import { WorkspaceSession } from './workspace-session';

/*
 * The git channels on real repositories in temp folders, with a bare
 * repository as the remote (test-support/git-sandbox.ts). The mini corpus
 * (src/main/api/__fixtures__/mini-corpus) is committed in `work`:
 * miners-pivot.en.md (title "Miners pivot to AI compute", externalId 100)
 * and its uk translation, etf-outflows.en.md, and four broken files.
 */

const EN = '2026/01/miners-pivot.en.md';
const UK = '2026/01/miners-pivot.uk.md';
const ETF = '2026/01/etf-outflows.en.md';

let box: GitSandbox;
let dispatch: Dispatch;
let events: HubEvent[];
let session: WorkspaceSession | undefined;

async function open(root: string, scratch: string): Promise<void> {
  session = new WorkspaceSession({ dbPathFor: () => join(scratch, 'index.db'), watch: false });
  const current = session;
  events = [];
  current.events.subscribe((event) => events.push(event));
  dispatch = serve(
    contract,
    createHandlers({
      getWorkspace: () => current.current(),
      openWorkspace: (r) => current.open(r),
      canOpenOther: true,
      recentFolders: () => [],
      emit: (event, payload) => current.events.emit(event, payload),
    }),
  );
  expect(codeOf(await dispatch('workspace.open', { root }))).toBe('ok');
  await current.whenIndexed();
}

const status = async (): Promise<Extract<GitStatus, { state: 'repo' }>> => {
  const value = valueOf<GitStatus>(await dispatch('git.status', {}));
  if (value.state !== 'repo') throw new Error(`expected a repository, got ${JSON.stringify(value)}`);
  return value;
};
const kinds = (s: Extract<GitStatus, { state: 'repo' }>): Record<string, string> => Object.fromEntries(s.files.map((f) => [f.path, `${f.kind}${f.staged ? '+staged' : ''}`]));
const edit = async (root: string, rel: string, from: string, to: string): Promise<void> => {
  const file = join(root, rel);
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
};
/** The files a commit changed, sorted. */
const filesOf = (cwd: string, commit: string): string[] => box.git(cwd, 'show', '--name-only', '--format=', commit).split('\n').filter(Boolean).sort();

afterEach(async () => {
  await session?.close();
  session = undefined;
  await box?.dispose();
});

describe('in a repository at the workspace folder', () => {
  beforeEach(async () => {
    box = await gitSandbox();
    await open(box.work, box.scratch);
  });

  it('commits exactly the chosen paths: other changes stay, what was staged stays staged', async () => {
    await edit(box.work, EN, 'Miners pivot', 'Miners turn');
    await edit(box.work, UK, 'Майнери', 'Майнери!');
    await edit(box.work, ETF, 'title:', 'title: ');
    box.git(box.work, 'add', ETF);
    await writeFile(join(box.work, '2026/01/new-one.en.md'), '---\ntitle: New one\nlang: en\n---\nBody\n');
    box.git(box.work, 'rm', '-q', '2026/01/broken-yaml.en.md');
    expect(kinds(await status())).toEqual({
      [EN]: 'modified',
      [UK]: 'modified',
      [ETF]: 'modified+staged',
      '2026/01/broken-yaml.en.md': 'deleted+staged',
      '2026/01/new-one.en.md': 'untracked',
    });

    const done = valueOf<ChannelOutput<'git.commit'>>(await dispatch('git.commit', { paths: [EN, '2026/01/new-one.en.md'], message: 'Edit two articles' }));
    expect(done.paths.sort()).toEqual([EN, '2026/01/new-one.en.md']);
    expect(filesOf(box.work, done.commit)).toEqual([EN, '2026/01/new-one.en.md']);
    expect(box.git(box.work, 'log', '-1', '--format=%s|%an|%ae')).toBe('Edit two articles|Desk Test|desk@copydesk.invalid');
    expect(kinds(await status())).toEqual({ [UK]: 'modified', [ETF]: 'modified+staged', '2026/01/broken-yaml.en.md': 'deleted+staged' });
  });

  it('commits a deletion, and refuses paths outside the workspace, unchanged files and an empty message', async () => {
    await rm(join(box.work, ETF));
    expect(codeOf(await dispatch('git.commit', { paths: ['../remote.git/config'], message: 'x' }))).toBe('outside-workspace');
    expect(codeOf(await dispatch('git.commit', { paths: [EN], message: 'x' }))).toBe('bad-input');
    expect(codeOf(await dispatch('git.commit', { paths: [ETF], message: '   ' }))).toBe('bad-input');
    const done = valueOf<ChannelOutput<'git.commit'>>(await dispatch('git.commit', { paths: [ETF], message: 'Delete' }));
    expect(box.git(box.work, 'show', '--name-status', '--format=', done.commit)).toBe(`D\t${ETF}`);
  });

  it('records what the app wrote and prefills the message; a commit clears the record', async () => {
    const read = valueOf<ChannelOutput<'article.read'>>(await dispatch('article.read', { path: UK }));
    valueOf(await dispatch('review.approve', { path: UK, baseHash: read.hash }));
    await edit(box.work, ETF, 'title:', 'title: ');
    let s = await status();
    expect(s.appChanged).toEqual([UK]);
    expect(s.suggestedMessage).toBe('Approve uk translation of Miners pivot to AI compute');
    expect(s.files.find((f) => f.path === UK)?.byApp).toBe('Approved (uk)');
    expect(s.files.find((f) => f.path === ETF)?.byApp).toBeUndefined();

    const en = valueOf<ChannelOutput<'article.read'>>(await dispatch('article.read', { path: EN }));
    valueOf(await dispatch('article.save', { path: EN, text: en.text.replace('Miners pivot', 'Miners turn'), baseHash: en.hash }));
    s = await status();
    expect(s.appChanged).toEqual([UK, EN]);
    // Titles are read when the message is made: the original's is now the edited one.
    expect(s.suggestedMessage).toBe('Update 2 articles\n\n- Approve uk translation of Miners turn to AI compute\n- Edit Miners turn to AI compute');

    valueOf(await dispatch('git.commit', { paths: s.appChanged, message: s.suggestedMessage }));
    s = await status();
    expect(s.appChanged).toEqual([]);
    expect(s.suggestedMessage).toBe('');
    expect(kinds(s)).toEqual({ [ETF]: 'modified' });
  });

  it('prefills a retag message and answers the library\'s changed: filter from the status', async () => {
    const plan = valueOf<ChannelOutput<'retag.plan'>>(
      await dispatch('retag.plan', { selection: { query: 'tag:MINING' }, operation: { rename: [{ from: 'MINING', to: 'BITCOIN MINING' }] } }),
    );
    const applied = valueOf<ChannelOutput<'retag.apply'>>(await dispatch('retag.apply', { planId: plan.planId }));
    expect(applied.changed.length).toBe(3);
    const s = await status();
    expect(s.suggestedMessage).toBe('Rename tag MINING → BITCOIN MINING in 3 articles');
    expect(s.appChanged.sort()).toEqual([...applied.changed].sort());

    const changed = valueOf<ChannelOutput<'articles.query'>>(await dispatch('articles.query', { query: 'changed:true' }));
    expect(changed.rows.map((r) => r.path).sort()).toEqual([...applied.changed].sort());
    const changedUk = valueOf<ChannelOutput<'articles.query'>>(await dispatch('articles.query', { query: 'changed:true lang:uk' }));
    expect(changedUk.rows.map((r) => r.path)).toEqual([UK]);
    const all = valueOf<ChannelOutput<'articles.query'>>(await dispatch('articles.query', { query: '' }));
    const unchanged = valueOf<ChannelOutput<'articles.query'>>(await dispatch('articles.query', { query: '-changed:true' }));
    expect(unchanged.total).toBe(all.total - 3);
    // A bulk edit of "every article matching changed:true lang:uk" plans exactly those.
    const again = valueOf<ChannelOutput<'retag.plan'>>(await dispatch('retag.plan', { selection: { query: 'changed:true lang:uk' }, operation: { add: ['X'] } }));
    expect(again.selected).toBe(1);
  });

  it('counts as changed articles what the changed: filter lists: not a changed non-article file, not a deleted article', async () => {
    await edit(box.work, EN, 'Miners pivot', 'Miners turn');
    await writeFile(join(box.work, 'notes.txt'), 'Not an article.\n');
    await rm(join(box.work, ETF));
    expect(codeOf(await dispatch('workspace.reindex', {}))).toBe('ok');
    const s = await status();
    expect(kinds(s)).toEqual({ [EN]: 'modified', 'notes.txt': 'untracked', [ETF]: 'deleted' });
    expect(s.changedArticles).toBe(1);
    const listed = valueOf<ChannelOutput<'articles.query'>>(await dispatch('articles.query', { query: 'changed:true' }));
    expect(listed.rows.map((r) => r.path)).toEqual([EN]);
  });

  it('compares a changed file with the last commit; a new file has no committed side', async () => {
    const before = await readFile(join(box.work, EN), 'utf8');
    await edit(box.work, EN, 'Miners pivot', 'Miners turn');
    const compared = valueOf<ChannelOutput<'git.compare'>>(await dispatch('git.compare', { path: EN }));
    expect(compared).toEqual({ path: EN, head: before, current: before.replace('Miners pivot', 'Miners turn') });
    await writeFile(join(box.work, 'fresh.md'), 'new\n');
    expect(valueOf(await dispatch('git.compare', { path: 'fresh.md' }))).toEqual({ path: 'fresh.md', head: null, current: 'new\n' });
  });

  it('pushes to the remote; a push after the remote moved on is refused with "pull first"', async () => {
    await edit(box.work, EN, 'Miners pivot', 'Miners turn');
    const done = valueOf<ChannelOutput<'git.commit'>>(await dispatch('git.commit', { paths: [EN], message: 'Edit' }));
    expect((await status()).ahead).toBe(1);
    expect(valueOf(await dispatch('git.push', {}))).toEqual({ upstream: 'origin/main', pushed: 1 });
    expect(box.git(box.remote, 'rev-parse', 'main')).toBe(done.commit);
    expect((await status()).ahead).toBe(0);

    box.git(box.other, 'pull', '-q');
    await edit(box.other, ETF, 'title:', 'title: ');
    box.git(box.other, 'commit', '-qam', 'colleague');
    box.git(box.other, 'push', '-q');
    await edit(box.work, UK, 'Майнери', 'Майнери!');
    valueOf(await dispatch('git.commit', { paths: [UK], message: 'Mine' }));
    const rejected = await dispatch('git.push', {});
    expect(codeOf(rejected)).toBe('rejected-push');
    expect(rejected.ok ? '' : rejected.error.message).toMatch(/Pull first/);
  });

  it('pulls a change to an open file: re-indexed at once and announced, and the behind count follows', async () => {
    await edit(box.other, EN, 'Miners pivot to AI compute', 'Miners pivot to AI in Zanzibar');
    box.git(box.other, 'commit', '-qam', 'colleague edits the title');
    box.git(box.other, 'push', '-q');
    box.git(box.work, 'fetch', '-q');
    expect((await status()).behind).toBe(1);

    const head = box.git(box.work, 'rev-parse', 'HEAD');
    const refused = await dispatch('git.pull', { unsaved: [EN] });
    expect(codeOf(refused)).toBe('dirty-editor');
    expect(box.git(box.work, 'rev-parse', 'HEAD')).toBe(head);

    events = [];
    const pulled = valueOf<ChannelOutput<'git.pull'>>(await dispatch('git.pull', { unsaved: [] }));
    expect(pulled.changed).toEqual([EN]);
    expect(pulled.to).toBe(box.git(box.other, 'rev-parse', 'HEAD'));
    expect(events.filter((e) => e.event === 'workspace.changed').map((e) => e.payload)).toEqual([{ changed: [EN], removed: [] }]);
    const found = valueOf<ChannelOutput<'articles.query'>>(await dispatch('articles.query', { query: 'zanzibar' }));
    expect(found.rows.map((r) => r.path)).toEqual([EN]);
    expect((await status()).behind).toBe(0);
  });

  it('stops on a conflict, then says a merge is in progress and refuses to pull or commit', async () => {
    await edit(box.other, EN, 'Miners pivot', 'Their miners');
    box.git(box.other, 'commit', '-qam', 'theirs');
    box.git(box.other, 'push', '-q');
    await edit(box.work, EN, 'Miners pivot', 'Our miners');
    valueOf(await dispatch('git.commit', { paths: [EN], message: 'ours' }));

    const pulled = await dispatch('git.pull', {});
    expect(codeOf(pulled)).toBe('merge-conflict');
    const s = await status();
    expect(s.operation).toBe('merge');
    expect(kinds(s)[EN]).toBe('conflicted');
    expect(codeOf(await dispatch('git.pull', {}))).toBe('merge-in-progress');
    expect(codeOf(await dispatch('git.commit', { paths: [EN], message: 'x' }))).toBe('merge-in-progress');
    expect(codeOf(await dispatch('git.push', {}))).toBe('merge-in-progress');
  });

  it('on a detached HEAD the status says so, and commit, pull and push are refused', async () => {
    box.git(box.work, 'checkout', '-q', '--detach');
    await edit(box.work, EN, 'Miners pivot', 'Miners turn');
    const s = await status();
    expect(s.branch).toBeNull();
    expect(s.head).toBe(box.git(box.work, 'rev-parse', 'HEAD'));
    expect(codeOf(await dispatch('git.commit', { paths: [EN], message: 'x' }))).toBe('detached-head');
    expect(codeOf(await dispatch('git.pull', {}))).toBe('detached-head');
    expect(codeOf(await dispatch('git.push', {}))).toBe('detached-head');
  });

  it('without user.email: no identity in the status, and a commit says how to set it', async () => {
    await box.forgetIdentity();
    await edit(box.work, EN, 'Miners pivot', 'Miners turn');
    expect((await status()).identity).toBeNull();
    const refused = await dispatch('git.commit', { paths: [EN], message: 'x' });
    expect(codeOf(refused)).toBe('no-identity');
    expect(refused.ok ? '' : refused.error.message).toContain('git config --global user.email "you@example.com"');
    expect(box.git(box.work, 'rev-list', '--count', 'HEAD')).toBe('1');
  });
});

describe('a workspace in a sub-folder of the repository', () => {
  beforeEach(async () => {
    box = await gitSandbox(undefined, { subfolder: 'src/content/blog' });
    await writeFile(join(box.work, 'README.md'), 'outside the workspace\n');
    await open(join(box.work, 'src/content/blog'), box.scratch);
  });

  it('lists and commits workspace-relative paths; changes outside the folder are not its business', async () => {
    await edit(join(box.work, 'src/content/blog'), EN, 'Miners pivot', 'Miners turn');
    expect(kinds(await status())).toEqual({ [EN]: 'modified' });
    const done = valueOf<ChannelOutput<'git.commit'>>(await dispatch('git.commit', { paths: [EN], message: 'Edit' }));
    expect(done.paths).toEqual([EN]);
    expect(filesOf(box.work, done.commit)).toEqual([`src/content/blog/${EN}`]);
    expect(box.git(box.work, 'status', '--porcelain')).toBe('?? README.md');
  });
});

describe('in a folder that is not a repository', () => {
  let corpus: TempCorpus;
  beforeEach(async () => {
    box = await gitSandbox();
    corpus = await copyFixture();
    await open(corpus.root, corpus.scratch);
  });
  afterEach(() => corpus.dispose());

  it('says so in the status, refuses git actions plainly, and the library still works', async () => {
    const s = valueOf<GitStatus>(await dispatch('git.status', {}));
    expect(s).toMatchObject({ state: 'unavailable', reason: 'not-a-repo' });
    expect(codeOf(await dispatch('git.commit', { paths: [EN], message: 'x' }))).toBe('not-a-repo');
    expect(codeOf(await dispatch('git.pull', {}))).toBe('not-a-repo');
    expect(valueOf<ChannelOutput<'articles.query'>>(await dispatch('articles.query', { query: 'changed:true' })).total).toBe(0);
    expect(valueOf<ChannelOutput<'articles.query'>>(await dispatch('articles.query', { query: '' })).total).toBeGreaterThan(0);
    const en = valueOf<ChannelOutput<'article.read'>>(await dispatch('article.read', { path: EN }));
    expect(codeOf(await dispatch('article.save', { path: EN, text: en.text.replace('Miners pivot', 'Miners turn'), baseHash: en.hash }))).toBe('ok');
  });
});
