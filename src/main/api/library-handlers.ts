import type { HandlerContext, HandlerGroup } from './handler-context';

type LibraryChannel =
  | 'articles.query'
  | 'articles.facets'
  | 'article.read'
  | 'group.read'
  | 'tags.list'
  | 'validation.report';

export function libraryHandlers({ workspace }: HandlerContext): HandlerGroup<LibraryChannel> {
  return {
    'articles.query': async (input) => workspace().queryArticles(input),
    'articles.facets': async (input) => workspace().facets(input),
    'article.read': async ({ path }) => workspace().readArticle(path),
    'group.read': async ({ externalId }) => workspace().readGroup(externalId),
    'tags.list': async () => workspace().tags(),
    'validation.report': async () => workspace().validationReport(),
  };
}
