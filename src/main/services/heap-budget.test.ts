import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Each measurement runs in its own Node process (a heap's history would
 * carry over between runs in this one): a live set of ~40 MB is kept while
 * ~600 MB of short-lived objects that survive a while (as a review's plan
 * makes them) are allocated; the answer is the largest heap V8 committed.
 */
const SCRIPT = `
const loaded = await import(${JSON.stringify(join(__dirname, 'heap-budget.ts'))});
const { withTightHeap } = loaded.withTightHeap ? loaded : loaded.default;
const live = Array.from({ length: 400_000 }, (_, i) => ({ i, text: 'kept ' + i }));
async function churn() {
  let peak = 0;
  for (let round = 0; round < 30; round++) {
    let batch = Array.from({ length: 200_000 }, (_, i) => ({ i, text: 'garbage ' + i + round }));
    peak = Math.max(peak, process.memoryUsage().heapTotal);
    await new Promise((resolve) => setImmediate(resolve));
    batch = [];
  }
  return Math.round(peak / 1048576);
}
const mode = process.argv.at(-1);
const tight = mode === 'tight' ? await withTightHeap(churn) : null;
const after = mode === 'tight' ? await (async () => { await withTightHeap(async () => undefined); return churn(); })() : await churn();
console.log(JSON.stringify({ tight, after, live: live.length }));
`;

function measure(mode: 'tight' | 'default'): { tight: number | null; after: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT, mode], { encoding: 'utf8', env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.node.json' } });
  return JSON.parse(out.trim().split('\n').pop() as string) as { tight: number | null; after: number };
}

describe('withTightHeap', () => {
  it("collects sooner while it runs, and leaves V8's own growth after", () => {
    const usual = measure('default').after;
    const { tight, after } = measure('tight');
    expect(tight).not.toBeNull();
    expect(tight as number).toBeLessThan(usual * 0.85);
    expect(after).toBeGreaterThan((tight as number) * 1.1);
  });
});
