import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '@shared/ipc/contract';
import { createFolderGrants } from '../app/folder-grants';
import { memoryRemoteContentGrants } from '../services/remote-content';
import { copyFixture, type TempCorpus } from './__fixtures__/copy-fixture';
import { createHandlers } from './handlers';
import type { HandlerDeps } from './handler-context';
import { serve } from './serve';
import { WorkspaceSession } from './workspace-session';

/*
 * The workspace channels as the desktop app wires them: `workspace.open`
 * from the page opens only a folder chosen in the dialog or opened before;
 * remote content is allowed per folder.
 */

let corpus: TempCorpus;
let second: string;
let third: string;
let session: WorkspaceSession;

beforeAll(async () => {
  corpus = await copyFixture();
  second = join(corpus.scratch, 'second-site');
  third = join(corpus.scratch, 'third-site');
  await cp(corpus.root, second, { recursive: true });
  await cp(corpus.root, third, { recursive: true });
});
afterEach(async () => {
  await session?.close();
});
afterAll(() => corpus.dispose());

function desktopDeps(recent: string[], chosen: string | null = null): { deps: HandlerDeps; grant: (root: string) => void } {
  session = new WorkspaceSession({ dbPathFor: (root) => join(corpus.scratch, `${root.split('/').pop()}.db`), watch: false });
  const grants = createFolderGrants({ recentFolders: () => recent });
  const deps: HandlerDeps = {
    getWorkspace: () => session.current(),
    openWorkspace: (root) => session.open(root),
    canOpenOther: true,
    recentFolders: () => recent,
    mayOpenFolder: (root) => grants.mayOpen(root),
    remoteContent: memoryRemoteContentGrants(),
    pickFolder: async () => {
      if (chosen !== null) grants.grant(chosen);
      return chosen;
    },
  };
  return { deps, grant: (root) => grants.grant(root) };
}

describe('workspace.open from the page', () => {
  it('refuses a folder the person never chose, and opens nothing', async () => {
    const { deps } = desktopDeps([corpus.root]);
    const dispatch = serve(contract, createHandlers(deps));
    const answer = await dispatch('workspace.open', { root: second });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Copydesk opens only folders you chose with File ▸ Open Folder… or opened before.', path: second },
    });
    expect(session.current()).toBeNull();
    const root = await dispatch('workspace.open', { root: '/' });
    expect(root.ok).toBe(false);
  });

  it('opens a recent folder', async () => {
    const { deps } = desktopDeps([corpus.root]);
    const answer = await serve(contract, createHandlers(deps))('workspace.open', { root: corpus.root });
    expect(answer).toMatchObject({ ok: true, value: { root: corpus.root } });
  });

  it('opens a folder chosen in the dialog this run, again by name afterwards', async () => {
    const { deps } = desktopDeps([], third);
    const dispatch = serve(contract, createHandlers(deps));
    expect(await dispatch('workspace.pick', {})).toMatchObject({ ok: true, value: { root: third } });
    expect(await dispatch('workspace.open', { root: third })).toMatchObject({ ok: true, value: { root: third } });
    expect((await dispatch('workspace.open', { root: second })).ok).toBe(false);
  });
});

describe('remote content per folder', () => {
  it('is off until allowed, then on for that folder only', async () => {
    const { deps } = desktopDeps([corpus.root, second]);
    const dispatch = serve(contract, createHandlers(deps));
    await dispatch('workspace.open', { root: corpus.root });
    expect(await dispatch('workspace.remoteContent', {})).toEqual({ ok: true, value: { allowed: false } });
    expect(await dispatch('workspace.allowRemoteContent', {})).toEqual({ ok: true, value: { allowed: true } });
    expect(await dispatch('workspace.remoteContent', {})).toEqual({ ok: true, value: { allowed: true } });
    await dispatch('workspace.open', { root: second });
    expect(await dispatch('workspace.remoteContent', {})).toEqual({ ok: true, value: { allowed: false } });
  });

  it('cannot be allowed where the host keeps no decision', async () => {
    const { deps } = desktopDeps([corpus.root]);
    const dispatch = serve(contract, createHandlers({ ...deps, remoteContent: undefined }));
    await dispatch('workspace.open', { root: corpus.root });
    expect(await dispatch('workspace.remoteContent', {})).toEqual({ ok: true, value: { allowed: false } });
    expect(await dispatch('workspace.allowRemoteContent', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('workspace.model', () => {
  it("answers the open folder's content model: its collections, schema source and field roles", async () => {
    const { deps } = desktopDeps([corpus.root]);
    const dispatch = serve(contract, createHandlers(deps));
    await session.open(corpus.root);
    const answer = await dispatch('workspace.model', {});
    expect(answer.ok).toBe(true);
    const { model } = (answer as { ok: true; value: { model: { collections: { name: string; roles: Record<string, string>; schema: { source: string } }[] } } }).value;
    expect(model.collections.length).toBeGreaterThan(0);
    const first = model.collections[0];
    expect(first?.schema.source).toBe('config');
    expect(first?.roles.tags).toBe('tags');
    expect(first?.roles.title).toBe('title');
  });
});
