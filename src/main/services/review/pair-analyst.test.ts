import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWSROOM_RULES } from '../../core/review/test-support/newsroom-rules';
import { analysePair, type PairAnalysisInput } from '../../core/review/pair-analysis';
import { buildWorkerBundle } from '../indexing/__fixtures__/worker-bundle';
import { PairAnalyst } from './pair-analyst';

let dir: string;
let workerPath: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-analyst-'));
  workerPath = await buildWorkerBundle(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const source = ['## Intro', '', 'First [link](https://example.com/a).', '', '- one', '- two', '', '## More', '', 'Second.', ''].join('\n');
const translation = ['## Вступ', '', 'Перший [лінк](https://example.com/a).', '', '- один', '', '## Більше', '', 'Другий.', '', 'Зайвий абзац.', ''].join('\n');

function input(body = translation): PairAnalysisInput {
  const data = (lang: string, extra: Record<string, unknown> = {}) => ({ title: 'T', lang, externalId: '7', publishedAt: new Date('2026-01-01T00:00:00Z'), ...extra });
  return {
    translationBody: body,
    sourceBody: source,
    checks: {
      rules: NEWSROOM_RULES,
      source: { path: 'a.en.md', data: data('en', { category: 'BTC' }), body: source },
      translation: { path: 'a.uk.md', data: data('uk', { ai: { translatedFrom: '7' } }), body },
      originalExists: true,
      duplicateOfLang: false,
    },
  };
}

describe('PairAnalyst', () => {
  it('answers from the worker thread exactly what the analysis gives on this thread', async () => {
    const analyst = new PairAnalyst(workerPath);
    try {
      const fromWorker = await analyst.analyse('k1', () => input());
      const here = analysePair(input());
      expect(fromWorker).toEqual(here);
      // Not a trivial pair: one list item and one paragraph do not align, and a field differs.
      expect(here.alignment.some((row) => row.kind !== 'match')).toBe(true);
      expect(here.checks.map((check) => check.id)).toContain('field:category');
    } finally {
      await analyst.close();
    }
  });

  it('computes a pair once: a second request while the first runs, and a later one, share its answer', async () => {
    const analyst = new PairAnalyst(workerPath);
    let built = 0;
    const make = (): PairAnalysisInput => {
      built++;
      return input();
    };
    try {
      const [a, b] = await Promise.all([analyst.analyse('same', make), analyst.analyse('same', make)]);
      const c = await analyst.analyse('same', make);
      expect(built).toBe(1);
      expect(b).toBe(a);
      expect(c).toBe(a);
      const other = await analyst.analyse('other', () => input(translation.replace('Зайвий абзац.\n', '')));
      expect(other.translationBlocks.length).toBe(a.translationBlocks.length - 1);
    } finally {
      await analyst.close();
    }
  });

  it('reports a worker that cannot start as a failed analysis, and does not remember the failure', async () => {
    const broken = join(dir, 'broken-worker.js');
    await writeFile(broken, 'throw new Error("no worker here");\n');
    const analyst = new PairAnalyst(broken);
    try {
      await expect(analyst.analyse('k', () => input())).rejects.toThrow(/no worker here|stopped/);
      await writeFile(broken, await (await import('node:fs/promises')).readFile(workerPath, 'utf8'));
      await expect(analyst.analyse('k', () => input())).resolves.toEqual(analysePair(input()));
    } finally {
      await analyst.close();
    }
  });

  it('can start its worker before the first pair, and answers from it', async () => {
    const analyst = new PairAnalyst(workerPath);
    try {
      analyst.prepare();
      analyst.prepare();
      await expect(analyst.analyse('k', () => input())).resolves.toEqual(analysePair(input()));
    } finally {
      await analyst.close();
    }
  });

  it('runs on the calling thread without a worker', async () => {
    const analyst = new PairAnalyst();
    await expect(analyst.analyse('k', () => input())).resolves.toEqual(analysePair(input()));
    await analyst.close();
  });
});
