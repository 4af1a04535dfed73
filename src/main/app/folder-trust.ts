import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';

/*
 * Workspace trust, as VS Code has it: a site's content config is code, so
 * the desktop app runs it (in a separate process without write access) only
 * for a folder the person trusted. The question is asked once per folder and
 * the answer — trust, "not now", or a later revoke — is remembered in the
 * app's settings, keyed by the folder's real path so a symlink or a trailing
 * slash cannot stand for another decision. Until trusted, the folder still
 * opens, reads and saves: its model comes from the sources that run no code.
 */

/** Where the answers are kept (the app's settings); keys are real paths. */
export interface TrustDecisions {
  /** true: trusted; false: the person said not now, or revoked; undefined: never asked. */
  trustDecision(realRoot: string): boolean | undefined;
  recordTrust(realRoot: string, trusted: boolean): void;
}

export interface FolderTrust {
  /** Whether the folder's own code may run to build its content model. */
  isTrusted(root: string): boolean;
  /** Whether the person has answered for this folder (the banner asks only once). */
  wasAsked(root: string): boolean;
  /** Records the person's answer (Trust folder, Not now, Revoke). */
  setTrusted(root: string, trusted: boolean): void;
}

export interface FolderTrustOptions {
  /**
   * Folders trusted without asking, until the person revokes it: the app's
   * copy of its bundled sample site, whose code is ours.
   */
  ours?: readonly string[];
}

export function createFolderTrust(decisions: TrustDecisions, { ours = [] }: FolderTrustOptions = {}): FolderTrust {
  const isOurs = (real: string): boolean => ours.some((folder) => realPath(folder) === real);
  return {
    isTrusted(root) {
      const real = realPath(root);
      return decisions.trustDecision(real) ?? isOurs(real);
    },
    wasAsked(root) {
      const real = realPath(root);
      return decisions.trustDecision(real) !== undefined || isOurs(real);
    },
    setTrusted(root, trusted) {
      decisions.recordTrust(realPath(root), trusted);
    },
  };
}

/** The real path of a folder; a missing one keeps its resolved path (it cannot run anything anyway). */
function realPath(path: string): string {
  try {
    return realpathSync(resolve(path));
  } catch {
    return resolve(path);
  }
}
