import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel } from '@shared/ipc/channels';
import { contract, type ChannelInput, type ChannelOutput } from '@shared/ipc/contract';
import type { ContentModel } from '@shared/model/content-model';
import { createFolderTrust } from '../app/folder-trust';
import { createSettingsStore } from '../app/settings';
import { useFixtureSites } from '../services/content-model/test-support/fixture-site';
import { createHandlers } from './handlers';
import type { HandlerDeps } from './handler-context';
import { serve, type Dispatch } from './serve';
import { WorkspaceSession } from './workspace-session';

/*
 * `workspace.trust` and `workspace.setTrust` on a temp copy of the newsroom's
 * site (an Astro content config with two collections), wired as the desktop
 * app wires them: the answer is kept in real settings, and trusting reloads
 * the model and re-judges the files without reopening the folder.
 */

const site = useFixtureSites('copydesk-trust-');
const BLOG = 'src/content/blog/2026/01';

let session: WorkspaceSession | undefined;
const scratch: string[] = [];
afterEach(async () => {
  await session?.close();
  session = undefined;
  await Promise.all(scratch.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function settingsDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-trust-settings-'));
  scratch.push(dir);
  return dir;
}

/** The desktop app's wiring (src/main/index.ts): folder trust from settings, applied through the session. */
function desktop(settings: string): { dispatch: Dispatch; session: WorkspaceSession } {
  const trust = createFolderTrust(createSettingsStore(settings));
  const opened = new WorkspaceSession({ dbPathFor: () => join(settings, 'index.db'), watch: false, trusted: (root) => trust.isTrusted(root) });
  session = opened;
  const deps: HandlerDeps = {
    getWorkspace: () => opened.current(),
    openWorkspace: (root) => opened.open(root),
    canOpenOther: true,
    recentFolders: () => [],
    folderTrust: {
      wasAsked: (root) => trust.wasAsked(root),
      setTrusted: (root, trusted) => trust.setTrusted(root, trusted),
      apply: (trusted) => opened.setTrusted(trusted),
    },
  };
  return { dispatch: serve(contract, createHandlers(deps)), session: opened };
}

/** Calls `channel` through `dispatch` and returns its value, typed by the contract; fails the test on an error envelope. */
async function value<C extends Channel>(dispatch: Dispatch, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const envelope = await dispatch(channel, input);
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`);
  return envelope.value as ChannelOutput<C>;
}

const sources = (model: ContentModel): Array<[string, string]> => model.collections.map((collection) => [collection.name, collection.schema.source]);

describe('workspace trust in the desktop app', () => {
  it('runs no code for a folder never trusted, and says trusting would run its content config', async () => {
    const root = await site('astro-newsroom');
    const { dispatch, session: opened } = desktop(await settingsDir());
    await opened.open(root);
    expect(await value(dispatch, 'workspace.trust', {})).toEqual({ trusted: false, canRun: true, file: 'src/content.config.ts', asked: false, canChange: true });
    const { model } = await value(dispatch, 'workspace.model', {});
    expect(model.trusted).toBe(false);
    expect(sources(model)).toEqual([
      ['blog', 'inferred'],
      ['docs', 'inferred'],
    ]);
  });

  it('trusting reloads the model from the site config and judges the files by it again, without reopening', async () => {
    const root = await site('astro-newsroom');
    const settings = await settingsDir();
    const { dispatch, session: opened } = desktop(settings);
    await opened.open(root);
    await opened.whenIndexed();
    const before = await value(dispatch, 'validation.report', {});
    // Inferred schemas require nothing: the post without a category passes.
    expect(before.invalid.map((entry) => entry.path)).not.toContain(`${BLOG}/no-category.en.md`);

    expect(await value(dispatch, 'workspace.setTrust', { trusted: true })).toEqual({ trusted: true, canRun: true, file: 'src/content.config.ts', asked: true, canChange: true });
    const { model } = await value(dispatch, 'workspace.model', {});
    expect(model.trusted).toBe(true);
    expect(sources(model)).toEqual([
      ['blog', 'astro-config'],
      ['docs', 'astro-config'],
    ]);

    await opened.whenIndexed();
    const after = await value(dispatch, 'validation.report', {});
    const noCategory = after.invalid.find((entry) => entry.path === `${BLOG}/no-category.en.md`);
    expect(noCategory?.issues.map((issue) => issue.field)).toEqual(['category']);
    expect(after.invalid.map((entry) => entry.path)).toContain(`${BLOG}/numeric-id.en.md`);

    // Remembered: the next start opens the folder trusted, without asking.
    await opened.close();
    const restarted = desktop(settings);
    await restarted.session.open(root);
    expect(await value(restarted.dispatch, 'workspace.trust', {})).toMatchObject({ trusted: true, asked: true });
    expect(sources((await value(restarted.dispatch, 'workspace.model', {})).model)).toEqual([
      ['blog', 'astro-config'],
      ['docs', 'astro-config'],
    ]);
  });

  it('revoking goes back to the sources that run no code; "not now" is remembered as asked', async () => {
    const root = await site('astro-newsroom');
    const settings = await settingsDir();
    const { dispatch, session: opened } = desktop(settings);
    await opened.open(root);
    await value(dispatch, 'workspace.setTrust', { trusted: true });
    expect(await value(dispatch, 'workspace.setTrust', { trusted: false })).toMatchObject({ trusted: false, canRun: true, asked: true });
    expect(sources((await value(dispatch, 'workspace.model', {})).model)).toEqual([
      ['blog', 'inferred'],
      ['docs', 'inferred'],
    ]);
    await opened.whenIndexed();
    const report = await value(dispatch, 'validation.report', {});
    expect(report.invalid.map((entry) => entry.path)).not.toContain(`${BLOG}/no-category.en.md`);
  });

  it("plans a repair in a trusted folder against the site's own schema, not an inferred one", async () => {
    const root = await site('astro-newsroom');
    const { dispatch, session: opened } = desktop(await settingsDir());
    await opened.open(root);
    await opened.whenIndexed();
    const untrusted = await value(dispatch, 'repair.plan', { path: `${BLOG}/etf-outflows.pt.md` });
    expect(untrusted.warnings.filter((warning) => warning.includes('has no declared schema'))).toHaveLength(1);

    await value(dispatch, 'workspace.setTrust', { trusted: true });
    await opened.whenIndexed();
    const trusted = await value(dispatch, 'repair.plan', { path: `${BLOG}/etf-outflows.pt.md` });
    expect(trusted.warnings.filter((warning) => warning.includes('has no declared schema'))).toEqual([]);
    expect(trusted.errors).toEqual([]);
  });

  it('says there is nothing to run for a folder whose copydesk.config names its collections', async () => {
    const root = await site('config-site');
    const { dispatch, session: opened } = desktop(await settingsDir());
    await opened.open(root);
    expect(await value(dispatch, 'workspace.trust', {})).toEqual({ trusted: false, canRun: false, file: null, asked: false, canChange: true });
  });
});

describe('workspace trust over HTTP (copydesk serve)', () => {
  /** serve's wiring: trust is the server's flag, no folder trust for the page. */
  function served(trusted: boolean): Dispatch {
    const opened = new WorkspaceSession({ watch: false, trusted: () => trusted });
    session = opened;
    return serve(
      contract,
      createHandlers({ getWorkspace: () => opened.current(), openWorkspace: () => Promise.reject(new Error('not reachable')), canOpenOther: false, recentFolders: () => [] }),
    );
  }

  it('follows the server flag and refuses a change from the page', async () => {
    const root = await site('astro-newsroom');
    const dispatch = served(false);
    await session?.open(root);
    expect(await value(dispatch, 'workspace.trust', {})).toEqual({ trusted: false, canRun: true, file: 'src/content.config.ts', asked: true, canChange: false });
    const refused = await dispatch('workspace.setTrust', { trusted: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(session?.current()?.trusted).toBe(false);
    expect(sources((await value(dispatch, 'workspace.model', {})).model)).toEqual([
      ['blog', 'inferred'],
      ['docs', 'inferred'],
    ]);
  });
});
