import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blockHashes, changedBlocks } from './block-hashes';
import { splitBlocks } from './split-blocks';
import { bodyOf, fixture } from './test-support/fixtures';

/** What services pass as `hash`: hex sha256 of the UTF-8 text. */
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const approved = bodyOf(fixture('coreweave.en.md'));
const oldHashes = blockHashes(splitBlocks(approved), sha256);

describe('blockHashes', () => {
  it('hashes each block\'s text: the first 16 hex digits of its sha256', () => {
    const hashes = blockHashes(splitBlocks('## Overview\n\nText.\n'), sha256);
    expect(hashes).toEqual([sha256('## Overview').slice(0, 16), sha256('Text.').slice(0, 16)]);
  });
});

describe('changedBlocks', () => {
  const paragraph3 = 'Recently there has been a notable shift';
  const cases = [
    { name: 'unchanged source', body: approved, expected: [] },
    { name: 'a CRLF re-save with trailing spaces', body: approved.replace(/\n/g, '  \r\n'), expected: [] },
    { name: 'one paragraph edited', body: approved.replace(paragraph3, 'Lately there has been a notable shift'), expected: [3] },
    {
      name: 'a paragraph inserted marks only itself',
      body: approved.replace('## From the author\n', '## From the author\n\nA new first paragraph.\n'),
      expected: [7],
    },
    { name: 'a paragraph removed marks nothing (it has no index any more)', body: approved.replace(/\nRecently[^\n]*\n/, '\n'), expected: [] },
    { name: 'a heading renamed and a list item added', body: approved.replace('## Overview', '## Summary') + '- One more point.\n', expected: [0, 15] },
  ];
  it.each(cases)('$name → $expected', ({ body, expected }) => {
    expect(changedBlocks(oldHashes, splitBlocks(body), sha256)).toEqual(expected);
  });

  it('treats every block as new when there are no old hashes', () => {
    expect(changedBlocks([], splitBlocks('# A\n\nB\n'), sha256)).toEqual([0, 1]);
  });
});
