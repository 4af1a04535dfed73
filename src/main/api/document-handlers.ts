import { saveArticle } from '../services/write/save-article';
import type { HandlerContext, HandlerGroup } from './handler-context';

type DocumentChannel = 'article.save';

/** Writing single articles: the editor's save (and `copydesk set`, which calls the same channel). */
export function documentHandlers({ workspace }: HandlerContext): HandlerGroup<DocumentChannel> {
  return {
    'article.save': async (input) => saveArticle(workspace(), input),
  };
}
