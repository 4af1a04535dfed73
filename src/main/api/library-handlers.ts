import { statusRestriction } from '../services/review';
import type { HandlerContext, HandlerGroup } from './handler-context';

type LibraryChannel =
  | 'articles.query'
  | 'articles.facets'
  | 'article.read'
  | 'group.read'
  | 'tags.list'
  | 'validation.report';

/** The article list, its facets and single files; `status:` filters are resolved by the review service. */
export function libraryHandlers({ workspace }: HandlerContext): HandlerGroup<LibraryChannel> {
  return {
    'articles.query': async (input) => {
      const ws = workspace();
      return ws.queryArticles(input, await statusRestriction(ws, input.query));
    },
    'articles.facets': async (input) => {
      const ws = workspace();
      return ws.facets(input, await statusRestriction(ws, input.query));
    },
    'article.read': async ({ path }) => workspace().readArticle(path),
    'group.read': async ({ externalId }) => workspace().readGroup(externalId),
    'tags.list': async () => workspace().tags(),
    'validation.report': async () => workspace().validationReport(),
  };
}
