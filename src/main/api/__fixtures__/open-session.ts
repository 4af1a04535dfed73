import { join } from 'node:path';
import { expect } from 'vitest';
import type { Envelope } from '@shared/ipc/envelope';
import { contract } from '@shared/ipc/contract';
import { createHandlers } from '../handlers';
import { serve, type Dispatch } from '../serve';
import { WorkspaceSession } from '../workspace-session';

/** The handlers behind `serve()` on an indexed workspace at `root`, as the app and `copydesk serve` call them. */
export async function openSession(root: string, scratch: string): Promise<{ dispatch: Dispatch; close(): Promise<void> }> {
  const session = new WorkspaceSession({ dbPathFor: () => join(scratch, 'index.db'), watch: false });
  const dispatch = serve(
    contract,
    createHandlers({ getWorkspace: () => session.current(), openWorkspace: (r) => session.open(r), canOpenOther: true, recentFolders: () => [] }),
  );
  const opened = await dispatch('workspace.open', { root });
  expect(opened.ok).toBe(true);
  await session.whenIndexed();
  return { dispatch, close: () => session.close() };
}

/** The value of an ok envelope; fails the test with the error otherwise. */
export function valueOf<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

/** The error code of a failed envelope, or 'ok'. */
export function codeOf(envelope: Envelope<unknown>): string {
  return envelope.ok ? 'ok' : envelope.error.code;
}
