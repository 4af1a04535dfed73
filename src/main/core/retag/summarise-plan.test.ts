import { describe, expect, it } from 'vitest';
import { summarisePlan } from './summarise-plan';
import { planFileRetag } from './plan-file-retag';
import { createOperation } from './retag-operation';
import type { RetagFields } from './retag-fields';
import { ptNoFrontmatter, ukSeed } from '@shared/frontmatter/test-support/fixtures';

const BLOG: RetagFields = { collection: 'blog', tags: 'tags', category: 'category' };

describe('summarisePlan', () => {
  it('counts changed and unchanged files and lists skipped ones with their reasons', () => {
    const op = createOperation({ add: ['AI'] });
    const alreadyTagged = ukSeed.replace('  - MINING\n', '  - MINING\n  - AI\n');
    const summary = summarisePlan([
      { path: 'a.uk.md', plan: planFileRetag(ukSeed, op, BLOG) },
      { path: 'b.uk.md', plan: planFileRetag(alreadyTagged, op, BLOG) },
      { path: 'c.pt.md', plan: planFileRetag(ptNoFrontmatter, op, BLOG) },
      { path: 'd.en.md', plan: { status: 'skipped', reason: 'changed-since-plan', message: 'The file changed since the plan.' } },
      { path: 'e.en.md', plan: planFileRetag(ukSeed, op, BLOG) },
    ]);
    expect(summary).toEqual({
      changed: 2,
      unchanged: 1,
      skipped: [
        {
          path: 'c.pt.md',
          reason: 'no-frontmatter',
          message: 'The file has no frontmatter: it must start with a line containing only ---, the fields, and another --- line.',
          line: 1,
        },
        { path: 'd.en.md', reason: 'changed-since-plan', message: 'The file changed since the plan.' },
      ],
    });
  });

  it('an empty batch', () => {
    expect(summarisePlan([])).toEqual({ changed: 0, unchanged: 0, skipped: [] });
  });
});
