import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canMkfifo, makeFifo, releaseFifo } from '../__fixtures__/fifo';
import { readReviewFile } from './review-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-review-file-'));
});
afterEach(() => {
  // A read that regressed to readFile would still wait on the FIFO: let it go.
  releaseFifo(join(dir, 'x.de.md'));
  rmSync(dir, { recursive: true, force: true });
});

describe('readReviewFile', () => {
  it('reads an article with its language and body', async () => {
    writeFileSync(join(dir, 'x.de.md'), '---\ntitle: X\n---\nText.\n');
    expect(await readReviewFile(join(dir, 'x.de.md'), 'x.de.md', null)).toMatchObject({ path: 'x.de.md', collection: null, groupKey: null, lang: 'de', body: 'Text.\n', bodyLine: 4 });
  });

  it.skipIf(!canMkfifo)('gives null (unreadable) for a FIFO named like an article instead of waiting for a writer', async () => {
    makeFifo(join(dir, 'x.de.md'));
    expect(await readReviewFile(join(dir, 'x.de.md'), 'x.de.md', null)).toBeNull();
  });
});
