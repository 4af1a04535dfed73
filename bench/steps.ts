import { statSync } from 'node:fs';
import { runFloor } from './baselines/floor';
import { runNaiveIndexer } from './baselines/naive-indexer';
import { measureCopydesk, measureReopen, type CopydeskFigures, type ReopenFigures } from './copydesk/measure-copydesk';
import { measureModel, type ModelFigures } from './copydesk/measure-model';
import { measureReview, measureReviewIndex, measureReviewSummary, type ReviewFigures } from './review/measure-review';
import type { CorpusProbes } from './generate-corpus';
import { peakRssFromKernel, startRssSampler } from './measure/memory';

/** One measured step; each runs in its own process so memory and caches do not leak between them. */
export type StepName = 'floor' | 'naive' | 'model' | 'copydesk' | 'reopen' | ReviewStepName;
export type ReviewStepName = 'review-index' | 'review-fresh' | 'review-again' | 'review-summary';
export const STEP_NAMES: readonly StepName[] = ['floor', 'naive', 'model', 'copydesk', 'reopen', 'review-index', 'review-fresh', 'review-again', 'review-summary'];

/** The step whose database a step opens: its own (a fresh one), or the one an earlier step left. */
export const DATABASE_OF: Readonly<Record<StepName, StepName>> = {
  floor: 'floor',
  naive: 'naive',
  model: 'model',
  copydesk: 'copydesk',
  reopen: 'copydesk',
  'review-index': 'review-index',
  'review-fresh': 'review-fresh',
  'review-again': 'review-fresh',
  'review-summary': 'review-fresh',
};

export interface StepConfig {
  step: StepName;
  corpusDir: string;
  /** Fresh, not yet existing database file for this step; for 'reopen', the one copydesk left. */
  dbPath: string;
  workerPath: string;
  /**
   * Where evaluated content configs are cached: empty for 'model' and
   * 'copydesk' (a first open evaluates the config), the one copydesk
   * filled for 'reopen'.
   */
  modelCacheDir: string;
  probes: CorpusProbes;
  runs: number;
}

export interface StepMemory {
  /** RSS when the step started (runtime, tsx and modules loaded), bytes: the part no step can avoid. */
  startRss: number;
  /** Highest `process.memoryUsage().rss` seen by polling, bytes. */
  sampledPeakRss: number;
  /** Kernel high-water mark (VmHWM), bytes; absent off Linux. */
  kernelPeakRss?: number;
}

export interface BaselineFigures {
  ms: number;
  files: number;
  parseErrors: number;
  dbBytes?: number;
}

export type StepResult =
  | { step: 'floor'; figures: BaselineFigures; memory: StepMemory }
  | { step: 'naive'; figures: BaselineFigures; memory: StepMemory }
  | { step: 'model'; figures: ModelFigures; memory: StepMemory }
  | { step: 'copydesk'; figures: CopydeskFigures; memory: StepMemory }
  | { step: 'reopen'; figures: ReopenFigures; memory: StepMemory }
  | { step: ReviewStepName; figures: ReviewFigures; memory: StepMemory };

const fileSize = (path: string): number => {
  try {
    return statSync(path).size + (statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0);
  } catch {
    return 0;
  }
};

/** Runs one step in this process and reports its figures and memory. */
export async function runStep(config: StepConfig): Promise<StepResult> {
  const startRss = process.memoryUsage().rss;
  const sampler = startRssSampler();
  const finish = (): StepMemory => {
    const kernelPeakRss = peakRssFromKernel();
    return { startRss, sampledPeakRss: sampler.stop(), ...(kernelPeakRss !== undefined && { kernelPeakRss }) };
  };
  switch (config.step) {
    case 'floor': {
      const figures = runFloor(config.corpusDir);
      return { step: 'floor', figures, memory: finish() };
    }
    case 'naive': {
      const figures = runNaiveIndexer(config.corpusDir, config.dbPath);
      return { step: 'naive', figures: { ...figures, dbBytes: fileSize(config.dbPath) }, memory: finish() };
    }
    case 'model': {
      const figures = await measureModel({ corpusDir: config.corpusDir, cacheDir: config.modelCacheDir });
      return { step: 'model', figures, memory: finish() };
    }
    case 'copydesk': {
      const figures = await measureCopydesk(config);
      return { step: 'copydesk', figures: { ...figures, dbBytes: fileSize(config.dbPath) }, memory: finish() };
    }
    case 'reopen': {
      const figures = await measureReopen(config);
      return { step: 'reopen', figures, memory: finish() };
    }
    case 'review-index':
      return { step: config.step, figures: await measureReviewIndex(config), memory: finish() };
    case 'review-fresh':
    case 'review-again':
      return { step: config.step, figures: await measureReview(config), memory: finish() };
    case 'review-summary':
      return { step: config.step, figures: await measureReviewSummary(config), memory: finish() };
  }
}
