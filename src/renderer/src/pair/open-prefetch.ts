import type { ChannelOutput } from '@shared/ipc/contract';
import { call, on } from '../api/client';
import { PrefetchCache } from '../lib/prefetch-cache';
import { groupRefFromKey, groupRefKey, type GroupRef } from './group-ref';

type ArticleRead = ChannelOutput<'article.read'>;
type Group = ChannelOutput<'group.read'>;

/** What a list row knows of the article's group. */
export interface OpenHint {
  /** The row's translation group, or null when it is in none. */
  group: GroupRef | null;
  /** The group's original, as the index named it. */
  originalPath: string | null;
}

/** Long enough for the second click of a double-click, short enough that nothing goes stale unseen. */
const FRESH_MS = 3000;

const articles = new PrefetchCache<ArticleRead>((path) => call('article.read', { path }), FRESH_MS);
const groups = new PrefetchCache<Group>((key) => call('group.read', groupRefFromKey(key)), FRESH_MS);
let following = false;

function followChanges(): void {
  if (following) return;
  following = true;
  on('workspace.changed', (change) => {
    articles.forget([...change.changed, ...change.removed]);
    // A changed file can change any group's members.
    groups.clear();
  });
}

/**
 * Starts the reads opening this article would make (the file, its group, its
 * original) when a row is selected, so that a double-click or Enter that
 * follows finds them under way or done.
 */
export function prefetchOpen(path: string, hint: OpenHint): void {
  followChanges();
  // The server answers in the order it receives: the group first (a millisecond, and the
  // pair view waits for it to name the original), then both files.
  if (hint.group) groups.warm(groupRefKey(hint.group));
  articles.warm(path);
  if (hint.originalPath && hint.originalPath !== path) articles.warm(hint.originalPath);
}

/** A read of `path` started by `prefetchOpen`, if still fresh; else null. */
export const takePrefetchedArticle = (path: string): Promise<ArticleRead> | null => articles.take(path);

/** A read of the group `ref` started by `prefetchOpen`, if still fresh; else null. */
export const takePrefetchedGroup = (ref: GroupRef): Promise<Group> | null => groups.take(groupRefKey(ref));
