import type { HandlerContext, HandlerGroup } from './handler-context';

/** Quick open (Ctrl+P): fuzzy match on title and path across the whole index. */
export function findHandlers({ workspace }: HandlerContext): HandlerGroup<'articles.find'> {
  return {
    'articles.find': async ({ text, limit }) => ({ results: workspace().findArticles(text, limit) }),
  };
}
