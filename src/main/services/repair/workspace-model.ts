import type { ContentModel } from '@shared/model/content-model';
import { loadContentModel } from '../content-model';
import type { Workspace } from '../workspace';

const models = new WeakMap<Workspace, { generation: number; model: Promise<ContentModel> }>();

/**
 * The content model of an open workspace, for repairs, under the
 * workspace's trust: an untrusted folder's Astro content config is not run
 * and is replaced by its JSON schemas or inference, which the plan's
 * warnings say. Kept while nothing was re-indexed, so a plan and its apply
 * read one model (trusting or revoking re-indexes, so it is built again).
 */
export function workspaceModel(ws: Workspace): Promise<ContentModel> {
  const generation = ws.dataGeneration();
  const known = models.get(ws);
  if (known && known.generation === generation) return known.model;
  const model = loadContentModel(ws.root, { trusted: ws.trusted });
  models.set(ws, { generation, model });
  model.catch(() => models.get(ws)?.model === model && models.delete(ws));
  return model;
}
