import type { RepairChannel } from '@shared/ipc/repair-contract';
import { appDataDir } from '../services/app-paths';
import { applyFileRepair, planFileRepair } from '../services/repair';
import { journalsDirFor } from '../services/retag/journal-files';
import type { HandlerContext, HandlerGroup } from './handler-context';

/** Repairing a translation's lost frontmatter from its original; journaled with the retag batches, so one undo reverts it. */
export function repairHandlers({ workspace }: HandlerContext): HandlerGroup<RepairChannel> {
  return {
    'repair.plan': async ({ path }) => (await planFileRepair(workspace(), path)).plan,
    'repair.apply': async (input) => {
      const ws = workspace();
      return applyFileRepair(ws, input, journalsDirFor(appDataDir(), ws.root));
    },
  };
}
