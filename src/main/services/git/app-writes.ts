import type { AppAction } from './commit-message';

/**
 * Which files the app wrote since the last commit, per workspace folder, and
 * what it did to each: the commit dialog's default selection and its
 * prefilled message. In memory: a restart forgets it, and the dialog then
 * starts from nothing ticked, which is safe. A later action on a file
 * replaces the earlier one.
 */
export class AppWrites {
  private readonly byRoot = new Map<string, Map<string, AppAction>>();

  private of(root: string): Map<string, AppAction> {
    let writes = this.byRoot.get(root);
    if (!writes) {
      writes = new Map();
      this.byRoot.set(root, writes);
    }
    return writes;
  }

  record(root: string, paths: readonly string[], action: AppAction): void {
    const writes = this.of(root);
    for (const path of paths) {
      // Re-inserted, so the newest action comes last in `list`.
      writes.delete(path);
      writes.set(path, action);
    }
  }

  list(root: string): Array<{ path: string; action: AppAction }> {
    return [...this.of(root)].map(([path, action]) => ({ path, action }));
  }

  forget(root: string, paths: Iterable<string>): void {
    const writes = this.of(root);
    for (const path of paths) writes.delete(path);
  }

  /** Drops files that no longer differ from the last commit (committed here or in a terminal, or changed back). */
  keepOnly(root: string, changed: ReadonlySet<string>): void {
    const writes = this.of(root);
    for (const path of [...writes.keys()]) if (!changed.has(path)) writes.delete(path);
  }
}
