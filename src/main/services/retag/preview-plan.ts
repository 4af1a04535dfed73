import { applyChanges } from '@shared/frontmatter';
import type { ChannelOutput, HandlerInput } from '@shared/ipc/contract';
import { lineDiff } from '@shared/text/line-diff';
import { decodeFileBytes } from '../decode-file';
import { readRegularFile } from '../read-regular-file';
import type { Workspace } from '../workspace';
import { contentHash } from '../write/content-hash';
import type { PlanEntry, StoredPlan } from './plan-store';

export type RetagPreviewResult = ChannelOutput<'retag.preview'>;
type PreviewFile = RetagPreviewResult['files'][number];

/** Lines of context around each change: enough to see which key a tag line belongs to. */
const CONTEXT = 2;

async function previewChanged(ws: Workspace, entry: PlanEntry): Promise<PreviewFile> {
  const { path, plan } = entry;
  if (plan.status !== 'changed') return { path, status: plan.status, hunks: [] };
  const bytes = await ws
    .resolveInside(path)
    .then(async (abs) => (await readRegularFile(abs, path)).bytes)
    .catch(() => null);
  if (bytes === null || contentHash(bytes) !== entry.hash) {
    return {
      path,
      status: 'changed',
      reason: 'changed-since-plan',
      message: `${path} changed on disk since the plan was made; applying will skip it. Plan again to include it.`,
      hunks: [],
    };
  }
  const decoded = decodeFileBytes(bytes);
  if (!decoded.ok) return { path, status: 'changed', reason: 'unreadable', message: decoded.issue.message, hunks: [] };
  return { path, status: 'changed', hunks: lineDiff(decoded.text, applyChanges(decoded.text, plan.changes), CONTEXT) };
}

/**
 * A page of a plan's files with one status. Diffs are computed now, from the
 * files as they are on disk, for this page only: the plan holds no texts.
 */
export async function previewPlan(ws: Workspace, plan: StoredPlan, input: HandlerInput<'retag.preview'>): Promise<RetagPreviewResult> {
  const matching = plan.entries.filter((entry) => entry.plan.status === input.status);
  const page = matching.slice(input.offset, input.offset + input.limit);
  const files = await Promise.all(
    page.map(async (entry): Promise<PreviewFile> => {
      const { plan: filePlan, path } = entry;
      if (filePlan.status === 'skipped') return { path, status: 'skipped', reason: filePlan.reason, message: filePlan.message, hunks: [] };
      if (filePlan.status === 'unchanged') return { path, status: 'unchanged', hunks: [] };
      return previewChanged(ws, entry);
    }),
  );
  return { total: matching.length, files };
}
