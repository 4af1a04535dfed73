import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contract, type ChannelOutput } from '@shared/ipc/contract';
import type { Channel } from '@shared/ipc/channels';
import { runCli } from '../cli/index';
import { Collector } from '../cli/test-support/collector';
import { useFixtureSites } from '../services/content-model/test-support/fixture-site';
import { createHandlers } from './handlers';
import { serve, type Dispatch } from './serve';
import { WorkspaceSession } from './workspace-session';

/*
 * Issue 13 §4, one truth: orphans, missing translations, duplicates, invalid
 * files and needs-work, as every view gives them — Problems
 * (`validation.report`), the library's validity facet, `copydesk index
 * --json`, the Review dashboard and matrix (`review.summary`) and `copydesk
 * review --json` — on temp copies of each content-model fixture site. The
 * sessions trust the folder, as the command line does, so both read the
 * same content model. Expected numbers are read off the fixtures by hand.
 */

const site = useFixtureSites('copydesk-count-agreement-');

let session: WorkspaceSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** What the views must agree on. `missing` and `needsWork` per language; views that do not count one leave it out. */
interface Counts {
  invalid?: number;
  orphans?: string[];
  duplicates?: string[][];
  missing?: Record<string, number>;
  needsWork?: Record<string, number>;
}

async function value<C extends Channel>(dispatch: Dispatch, channel: C, input: object): Promise<ChannelOutput<C>> {
  const envelope = await dispatch(channel, input as never);
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as ChannelOutput<C>;
}

async function cli(...argv: string[]): Promise<Record<string, unknown>> {
  const stdout = new Collector();
  const stderr = new Collector();
  await runCli(argv, { stdout, stderr });
  return JSON.parse(stdout.text) as Record<string, unknown>;
}

const nonZero = (counts: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

/** Every view's counts of the folder at `root`. */
async function collect(root: string): Promise<Record<string, Counts>> {
  session = new WorkspaceSession({ dbPathFor: () => join(root, '..', 'app-index.db'), watch: false, trusted: () => true });
  const opened = session;
  const dispatch = serve(
    contract,
    createHandlers({ getWorkspace: () => opened.current(), openWorkspace: (r) => opened.open(r), canOpenOther: true, recentFolders: () => [] }),
  );
  await value(dispatch, 'workspace.open', { root });
  await opened.whenIndexed();

  const report = await value(dispatch, 'validation.report', {});
  const problemsMissing: Record<string, number> = {};
  for (const group of report.missing) for (const lang of group.langs) problemsMissing[lang] = (problemsMissing[lang] ?? 0) + 1;

  const facets = await value(dispatch, 'articles.facets', { query: '' });

  const review = await value(dispatch, 'review.summary', { limit: 500 });
  const matrixMissing: Record<string, number> = {};
  const matrixNeedsWork: Record<string, number> = {};
  for (const group of review.groups) {
    for (const [lang, cell] of Object.entries(group.cells)) {
      if (cell.status === 'missing') matrixMissing[lang] = (matrixMissing[lang] ?? 0) + 1;
      if (cell.status === 'needs-work') matrixNeedsWork[lang] = (matrixNeedsWork[lang] ?? 0) + 1;
    }
  }
  const perLang = (languages: Record<string, { missing: number; 'needs-work': number }>, key: 'missing' | 'needs-work') =>
    nonZero(Object.fromEntries(Object.entries(languages).map(([lang, counts]) => [lang, counts[key]])));

  const index = await cli('index', root, '--db', join(root, '..', 'cli-index.db'), '--json');
  const reviewCli = (await cli('review', root, '--json')) as { languages: Record<string, { missing: number; 'needs-work': number }>; orphans: string[] };

  return {
    problems: { invalid: report.invalid.length, orphans: report.orphans, duplicates: report.duplicates, missing: problemsMissing },
    facets: { invalid: facets.validity.find((v) => v.value === 'invalid')?.count ?? 0 },
    'index --json': { invalid: index.invalid as number, orphans: index.orphans as string[], duplicates: index.duplicates as string[][] },
    'review dashboard': {
      orphans: review.summary.orphans,
      missing: perLang(review.summary.languages, 'missing'),
      needsWork: perLang(review.summary.languages, 'needs-work'),
    },
    'review matrix': { missing: matrixMissing, needsWork: matrixNeedsWork },
    'review --json': { orphans: reviewCli.orphans, missing: perLang(reviewCli.languages, 'missing'), needsWork: perLang(reviewCli.languages, 'needs-work') },
  };
}

/** Each view's counts must be the expected ones, for what that view counts. */
function expectAgreement(views: Record<string, Counts>, expected: Required<Counts>): void {
  for (const [view, counts] of Object.entries(views)) {
    const wanted = Object.fromEntries(Object.keys(counts).map((key) => [key, expected[key as keyof Counts]]));
    expect({ view, ...counts }).toEqual({ view, ...wanted });
  }
}

const BLOG = 'src/content/blog/2026';

describe('every view counts the same orphans, missing, duplicates, invalid and needs-work', () => {
  it('the newsroom (blog by externalId, docs by file name), with a duplicate docs page, an orphan without frontmatter and a needs-work', async () => {
    const root = await site('astro-newsroom', {
      // The style guide's Ukrainian page a second time, without the suffix (the lang field says uk).
      'src/content/docs/style-guide.md': "---\ntitle: 'Посібник зі стилю (копія)'\ndescription: 'Як ми пишемо.'\nlang: uk\n---\nТекст.\n",
      // A Portuguese text that lost its frontmatter, with no English file of its name beside it.
      [`${BLOG}/02/lonely.pt.md`]: 'Um texto sem frontmatter e sem original.\n',
      [`${BLOG}/01/grid-pause.uk.md`]:
        "---\ntitle: 'Округ призупиняє нові підключення дата-центрів'\npublishedAt: '2026-01-25T08:00:00.000Z'\nlang: uk\nexternalId: '60342001'\ncategory: POLICY\nai:\n  translatedFrom: '60342001'\nreview:\n  status: needs-work\n  note: The second paragraph is missing.\n---\nРада округу призупинила нові підключення дата-центрів понад 20 МВт.\n",
    });
    expectAgreement(await collect(root), {
      // numeric-id, source-without-key and no-category break the site's schema; etf-outflows.pt and lonely.pt have no frontmatter.
      invalid: 6,
      orphans: [`${BLOG}/02/lonely.pt.md`],
      duplicates: [['src/content/docs/style-guide.md', 'src/content/docs/style-guide.uk.md']],
      // Seven blog originals: halving has pt and uk, etf-outflows uk and (placed by its name) pt, grid-pause uk; the docs are complete.
      missing: { pt: 5, uk: 4 },
      needsWork: { uk: 1 },
    });
  });

  it('a Starlight site (folder per locale, English at the root)', async () => {
    expectAgreement(await collect(await site('starlight-site')), {
      invalid: 0,
      orphans: [],
      duplicates: [],
      // Four English pages; pt-br lacks reference/api, uk lacks guides/configure and reference/api.
      missing: { 'pt-br': 1, uk: 2 },
      needsWork: {},
    });
  });

  it('a Hugo site (name.<lang>.md, TOML), with a translation marked needs-work', async () => {
    const root = await site('hugo-site', {
      'content/posts/first-light.uk.md':
        "+++\ntitle = 'Перше світло'\ndate = 2026-01-05T08:00:00Z\ndraft = false\ntags = ['astronomy', 'camera']\ntranslationKey = 'first-light'\n\n[review]\nstatus = 'needs-work'\nnote = 'The last sentence is missing.'\n+++\nКамера побачила своє перше світло сьогодні вночі.\n",
    });
    expectAgreement(await collect(root), {
      invalid: 0,
      orphans: [],
      duplicates: [],
      // Four English pages (home, about, two posts): de has two, uk three.
      missing: { de: 2, uk: 1 },
      needsWork: { uk: 1 },
    });
  });

  it('a site described by copydesk.config.json (locale folders, a second collection without translations)', async () => {
    expectAgreement(await collect(await site('config-site')), {
      invalid: 0,
      orphans: [],
      duplicates: [],
      // tides has its French marées; ferry has none. The drafts folder and the notes are not translated (one language).
      missing: { fr: 1 },
      needsWork: {},
    });
  });

  it('a site whose copydesk.config.json is broken (the model falls back to the files)', async () => {
    expectAgreement(await collect(await site('broken-config-site')), { invalid: 0, orphans: [], duplicates: [], missing: {}, needsWork: {} });
  });
});
