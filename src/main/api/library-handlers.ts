import { bothRestrictions, changedRestriction, type GitService } from '../services/git';
import { statusRestriction } from '../services/review';
import type { Workspace } from '../services/workspace';
import type { HandlerContext, HandlerGroup } from './handler-context';

type LibraryChannel =
  | 'articles.query'
  | 'articles.facets'
  | 'article.read'
  | 'group.read'
  | 'tags.list'
  | 'validation.report';

/** The article list, its facets and single files; `status:` filters are resolved by the review service, `changed:` by git. */
export function libraryHandlers({ workspace }: HandlerContext, git: GitService): HandlerGroup<LibraryChannel> {
  const restriction = async (ws: Workspace, query: string) => bothRestrictions(await statusRestriction(ws, query), await changedRestriction(git, ws, query));
  return {
    'articles.query': async (input) => {
      const ws = workspace();
      return ws.queryArticles(input, await restriction(ws, input.query));
    },
    'articles.facets': async (input) => {
      const ws = workspace();
      return ws.facets(input, await restriction(ws, input.query));
    },
    'article.read': async ({ path }) => workspace().readArticle(path),
    'group.read': async ({ collection, groupKey }) => workspace().readGroup(collection, groupKey),
    'tags.list': async () => workspace().tags(),
    'validation.report': async () => workspace().validationReport(),
  };
}
