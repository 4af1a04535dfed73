import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUnwritable } from '../services/retag/test-support/unwritable-folder';
import { copyFixture, type TempCorpus } from './__fixtures__/copy-fixture';
import { openSession, valueOf } from './__fixtures__/open-session';
import type { Dispatch } from './serve';

/*
 * An `internal` error a handler throws itself (a CopydeskError, passed on
 * by serve() with its code) crosses HTTP and IPC without absolute paths or
 * Node's system text. Real case: the journal folder cannot be made, so
 * retag.apply refuses to start; the message quotes why. On
 * __fixtures__/mini-corpus (tag MINING on 3 files), journals in a temp data folder.
 */

let corpus: TempCorpus;
let dispatch: Dispatch;
let close: () => Promise<void>;
const previousDataDir = process.env.COPYDESK_DATA_DIR;

beforeAll(async () => {
  corpus = await copyFixture();
  process.env.COPYDESK_DATA_DIR = join(corpus.scratch, 'data');
  ({ dispatch, close } = await openSession(corpus.root, corpus.scratch));
});

afterAll(async () => {
  await close();
  if (previousDataDir === undefined) delete process.env.COPYDESK_DATA_DIR;
  else process.env.COPYDESK_DATA_DIR = previousDataDir;
  await corpus.dispose();
});

describe('an internal error a handler throws', () => {
  it('says what happened and why, with no absolute path and no system text', async (ctx) => {
    const plan = valueOf<{ planId: string }>(await dispatch('retag.plan', { selection: { query: 'tag:MINING' }, operation: { add: ['X'] } }));
    const journals = join(corpus.scratch, 'data', 'journals');
    mkdirSync(journals, { recursive: true });
    const lift = makeUnwritable(journals);
    if (typeof lift === 'string') ctx.skip(lift);
    let answer;
    try {
      answer = await dispatch('retag.apply', { planId: plan.planId });
    } finally {
      if (typeof lift !== 'string') lift();
    }
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    // EACCES with a mode-555 folder, EPERM with an immutable one (as root).
    expect(answer.error).toEqual({
      code: 'internal',
      message: expect.stringMatching(/^Nothing was changed, because the undo journal could not be written: the folder is not writable \((EACCES|EPERM)\)\. Apply again once it can be written\.$/),
    });
    expect(answer.error.message).not.toContain(corpus.scratch);
  });

  it('quotes a system error by its code only', async () => {
    const plan = valueOf<{ planId: string }>(await dispatch('retag.plan', { selection: { query: 'tag:MINING' }, operation: { add: ['Y'] } }));
    // The journals folder is a file: the journal's folder cannot be made in it (ENOTDIR, which Node words with the path).
    const journals = join(corpus.scratch, 'data', 'journals');
    rmSync(journals, { recursive: true, force: true });
    writeFileSync(journals, 'not a folder');
    const answer = await dispatch('retag.apply', { planId: plan.planId });
    rmSync(journals, { force: true });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Nothing was changed, because the undo journal could not be written: ENOTDIR. Apply again once it can be written.' },
    });
  });
});
