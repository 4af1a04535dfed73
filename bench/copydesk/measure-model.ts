import { join } from 'node:path';
import type { ContentModel } from '@shared/model/content-model';
import { loadContentModel } from '../../src/main/services/content-model';
import { evaluateContentConfig } from '../../src/main/services/content-model/astro-config/evaluate-content-config';
import { CONTENT_CONFIG } from '../corpus/site-config';
import { watchStalls } from '../measure/stall-watch';

/** One collection of the loaded model, as the report shows it. */
export interface ModelSummary {
  name: string;
  files: number;
  schema: string;
  pairing: string;
  sourceLanguage: string;
}

/** One load of the content model, timed, with the longest the event loop waited meanwhile. */
export interface ModelLoadFigure {
  ms: number;
  maxEventLoopDelayMs: number;
}

export interface ModelFigures {
  /** The content config bundled (esbuild) and run in the sandboxed child, nothing cached: a first open. */
  evaluateColdMs: number;
  /** The same again, answered from the cache (hashes of the files the bundle read). */
  evaluateCachedMs: number;
  /** Whether that second evaluation really came from the cache. */
  cached: boolean;
  /** The whole model with an empty cache (listing, evaluation, sampled reads, detection); esbuild already warm. */
  loadCold: ModelLoadFigure;
  /** The whole model again, its evaluation cached: what opening the folder again costs. */
  loadCached: ModelLoadFigure;
  collections: ModelSummary[];
}

/** Times `load`, watching the event loop: a stall here is a stall of main or `copydesk serve`. */
async function timedLoad(load: () => Promise<ContentModel>): Promise<{ model: ContentModel; figure: ModelLoadFigure }> {
  const stalls = watchStalls();
  const started = performance.now();
  const model = await load();
  const ms = performance.now() - started;
  return { model, figure: { ms, maxEventLoopDelayMs: await stalls.stop() } };
}

/** Each collection of `model` in a line's worth of facts. */
export const summariseModel = (model: ContentModel): ModelSummary[] =>
  model.collections.map((collection) => ({
    name: collection.name,
    files: collection.files,
    schema: collection.schema.source,
    pairing: collection.pairing.by === 'key' ? `key ${collection.pairing.key}` : collection.pairing.by,
    sourceLanguage: collection.sourceLanguage,
  }));

/**
 * The content model of the corpus, from its Astro content config: the
 * config's evaluation cold and cached, then the whole model cold and
 * cached. `cacheDir` must be empty; each part uses a folder of its own.
 */
export async function measureModel(config: { corpusDir: string; cacheDir: string }): Promise<ModelFigures> {
  const evaluateCache = join(config.cacheDir, 'evaluate');
  const configFile = join(config.corpusDir, CONTENT_CONFIG);
  const evaluate = async (): Promise<{ ms: number; cached: boolean }> => {
    const started = performance.now();
    const evaluation = await evaluateContentConfig(config.corpusDir, configFile, { cacheDir: evaluateCache });
    const ms = performance.now() - started;
    if (!evaluation.ok) throw new Error(`the corpus's ${CONTENT_CONFIG} did not evaluate: ${evaluation.note.message}`);
    return { ms, cached: evaluation.cached };
  };
  const cold = await evaluate();
  const again = await evaluate();

  const load = (): Promise<ContentModel> => loadContentModel(config.corpusDir, { trusted: true, dataDir: join(config.cacheDir, 'load') });
  const loadCold = await timedLoad(load);
  const loadCached = await timedLoad(load);
  const source = loadCold.model.collections[0]?.schema.source;
  if (source !== 'astro-config') throw new Error(`the corpus's model came from ${source ?? 'nowhere'}, not its ${CONTENT_CONFIG}: ${JSON.stringify(loadCold.model.notes)}`);
  return {
    evaluateColdMs: cold.ms,
    evaluateCachedMs: again.ms,
    cached: again.cached && !cold.cached,
    loadCold: loadCold.figure,
    loadCached: loadCached.figure,
    collections: summariseModel(loadCached.model),
  };
}
