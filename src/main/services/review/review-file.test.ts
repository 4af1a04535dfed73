import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canMkfifo, makeFifo, releaseFifo } from '../__fixtures__/fifo';
import { createHash } from 'node:crypto';
import { sourceContentHash } from '../../core/review';
import { modelCollection } from '@shared/model/test-support/model-collection';
import { contentHashOf, readReviewFile, reviewFileFromBytes } from './review-file';

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

  it('judges the frontmatter by the schema of its collection, unless asked not to (the consistency checks compare fields, they do not judge them)', async () => {
    writeFileSync(join(dir, 'x.de.md'), '---\ntitle: 7\n---\nText.\n');
    const collection = modelCollection({ root: '', schema: { source: 'inferred', json: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] } } });
    const judged = await readReviewFile(join(dir, 'x.de.md'), 'x.de.md', collection);
    expect(judged?.issues.map((i) => i.field)).toEqual(['title']);
    const read = await readReviewFile(join(dir, 'x.de.md'), 'x.de.md', collection, { validate: false });
    expect(read?.issues).toEqual([]);
    expect(read?.data).toEqual({ title: 7 });
  });

  it.skipIf(!canMkfifo)('gives null (unreadable) for a FIFO named like an article instead of waiting for a writer', async () => {
    makeFifo(join(dir, 'x.de.md'));
    expect(await readReviewFile(join(dir, 'x.de.md'), 'x.de.md', null)).toBeNull();
  });
});

describe('contentHashOf', () => {
  const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
  // [title, description, normalised body] as the approval recorded it, written out by hand.
  const cases = [
    { text: '---\ntitle: Alpha rises\ndescription: Up.\n---\n\nBody.\n', parts: ['Alpha rises', 'Up.', 'Body.'] },
    { text: '---\r\ntitle: "Quoted \\"q\\" \\u00e9"\r\n---\r\nLine one  \r\nLine two\r\n', parts: ['Quoted "q" é', '', 'Line one\nLine two'] },
    { text: '\uFEFF---\ntitle: >-\n  Folded\n  title\ndescription: null\n---\nB\n', parts: ['Folded title', '', 'B'] },
    // Not text to js-yaml (a Date): hashed as the yaml package reads it, the date as written.
    { text: '---\ntitle: 2026-01-01\n---\nB\n', parts: ['2026-01-01', '', 'B'] },
  ];
  it.each(cases)('hashes title, description and body as sourceContentHash does: $parts', ({ text, parts }) => {
    const file = reviewFileFromBytes('a.en.md', Buffer.from(text), null);
    expect(file && contentHashOf(file)).toBe(`sha256:${sha256(JSON.stringify(parts))}`);
    expect(file && contentHashOf(file)).toBe(sourceContentHash(text, sha256));
  });
});
