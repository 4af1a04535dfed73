import { appDataDir } from '../services/app-paths';
import { listTaxonomy, RetagService } from '../services/retag';
import type { HandlerContext, HandlerGroup } from './handler-context';

type RetagChannel =
  | 'retag.plan'
  | 'retag.preview'
  | 'retag.apply'
  | 'retag.cancel'
  | 'retag.undo'
  | 'retag.journals'
  | 'taxonomy.list';

/** Bulk retagging and the taxonomy view. Plans live in this handler map's service, journals in the app's data folder. */
export function retagHandlers({ deps, workspace }: HandlerContext): HandlerGroup<RetagChannel> {
  const service = new RetagService({
    dataDir: appDataDir(),
    onProgress: (progress) => deps.emit?.('retag.progress', progress),
  });
  return {
    'retag.plan': async (input) => service.plan(workspace(), input),
    'retag.preview': async (input) => service.preview(workspace(), input),
    'retag.apply': async ({ planId }) => service.apply(workspace(), planId),
    'retag.cancel': async ({ planId }) => service.cancel(planId),
    'retag.undo': async ({ journalId }) => service.undo(workspace(), journalId),
    'retag.journals': async () => service.listJournals(workspace()),
    'taxonomy.list': async (input) => listTaxonomy(workspace(), input),
  };
}
