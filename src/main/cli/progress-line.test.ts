import { describe, expect, it } from 'vitest';
import { createProgressLine } from './progress-line';
import { Collector } from './test-support/collector';

describe('createProgressLine', () => {
  it('in a log: one line per phase, counting files, then translations while checking', () => {
    const out = new Collector(false);
    const line = createProgressLine(out);
    line.update({ phase: 'scanning', done: 0, total: 0 });
    line.update({ phase: 'indexing', done: 0, total: 40 });
    line.update({ phase: 'indexing', done: 20, total: 40 });
    line.update({ phase: 'checking', done: 0, total: 12 });
    line.update({ phase: 'idle', done: 12, total: 12 });
    line.finish();
    expect(out.text).toBe('Scanning…\nReading… 40 files\nChecking translations… 12 translations\n');
  });

  it('on a terminal: one line rewritten in place, cleared at the end', () => {
    const out = new Collector(true);
    const line = createProgressLine(out);
    line.update({ phase: 'checking', done: 3, total: 12 });
    line.finish();
    expect(out.text).toBe('\r\x1b[2KChecking translations… 3/12 (25%)\r\x1b[2K');
  });
});
