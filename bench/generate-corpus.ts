import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { planCorpus, type InvalidKind } from './corpus/plan';
import { renderArticle } from './corpus/render';
import { CONTENT_ROOT, SITE_FILES } from './corpus/site-config';
import { LANGUAGES, vocabularyFor, type Lang } from './corpus/vocabulary';

/**
 * Deterministic benchmark corpus in the seeds' shape and the newsroom site's
 * layout: articles in `src/content/blog/YYYY/MM/<slug>.<lang>.md`, beside the
 * site's `src/content.config.ts` that defines their schema. Also a command:
 *   tsx bench/generate-corpus.ts --articles 10000 [--out DIR] [--seed N] [--force]
 */

/** Bump when the output changes for the same options, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 2;
export const DEFAULT_SEED = 20260131;
/** Written last, so a half-written corpus (interrupted run) never matches. */
export const MANIFEST_FILE = '.bench-manifest.json';

export interface CorpusOptions {
  articles: number;
  /** Target folder; its previous content is removed when it does not match. */
  out: string;
  seed?: number;
  /** Regenerate even if the manifest matches. */
  force?: boolean;
}

export interface CorpusManifest {
  version: number;
  seed: number;
  articles: number;
  /** Site-relative folder of the articles (the blog collection's). */
  contentRoot: string;
  bytes: number;
  byLang: Record<string, number>;
  invalid: Record<InvalidKind, number>;
  /** Query words known to occur in this corpus, for search benchmarks. */
  probes: CorpusProbes;
}

export interface CorpusProbes {
  /** In most English articles. */
  common: string;
  /** A tail word: in roughly 1% of English articles. */
  rare: string;
  cyrillic: string;
  /** Written without accents; the corpus has it with them (pt "informação"). */
  unaccented: string;
  /** A frequent tag. */
  tag: string;
  /** Prefix of several words in several languages (regulation, regulação, regulierung…). */
  prefix: string;
}

export interface CorpusResult {
  dir: string;
  manifest: CorpusManifest;
  /** False when an existing corpus was reused. */
  generated: boolean;
  ms: number;
}

/** The standard cache location for a corpus of `articles` files. */
export const defaultCorpusDir = (articles: number): string => resolve(__dirname, '.corpus', String(articles));

function probesFor(seed: number): CorpusProbes {
  const english = vocabularyFor('en', seed);
  return {
    common: 'market',
    rare: english.ranked[5000] ?? 'market',
    cyrillic: 'ринок',
    unaccented: 'informacao',
    tag: 'BITCOIN',
    prefix: 'regul',
  };
}

function readManifest(dir: string): CorpusManifest | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as CorpusManifest;
  } catch {
    return undefined;
  }
}

/**
 * The site's files around the articles, as site-config.ts has them now: a
 * reused corpus gets them too, so editing the config needs no 100k rebuild.
 */
function writeSiteFiles(dir: string): void {
  for (const [path, text] of Object.entries(SITE_FILES)) {
    const file = join(dir, path);
    if (readText(file) === text) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Generates the corpus, or reuses `out` when its manifest says it is this very corpus. */
export function ensureCorpus(options: CorpusOptions): CorpusResult {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const dir = resolve(options.out);
  const existing = readManifest(dir);
  if (!options.force && existing?.version === GENERATOR_VERSION && existing.seed === seed && existing.articles === options.articles) {
    writeSiteFiles(dir);
    return { dir, manifest: existing, generated: false, ms: performance.now() - started };
  }
  rmSync(dir, { recursive: true, force: true });

  const plans = planCorpus(options.articles, seed);
  const byLang = Object.fromEntries(LANGUAGES.map((lang) => [lang, 0])) as Record<Lang, number>;
  const invalid: Record<InvalidKind, number> = { 'no-frontmatter': 0, 'unterminated-quote': 0, 'bad-indent': 0 };
  const madeDirs = new Set<string>();
  writeSiteFiles(dir);
  let bytes = 0;
  for (const plan of plans) {
    const file = join(dir, CONTENT_ROOT, plan.path);
    const folder = dirname(file);
    if (!madeDirs.has(folder)) {
      mkdirSync(folder, { recursive: true });
      madeDirs.add(folder);
    }
    const data = Buffer.from(renderArticle(plan, seed), 'utf8');
    writeFileSync(file, data);
    bytes += data.length;
    byLang[plan.lang]++;
    if (plan.invalid) invalid[plan.invalid]++;
  }
  const manifest: CorpusManifest = {
    version: GENERATOR_VERSION,
    seed,
    articles: options.articles,
    contentRoot: CONTENT_ROOT,
    bytes,
    byLang,
    invalid,
    probes: probesFor(seed),
  };
  writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
  return { dir, manifest, generated: true, ms: performance.now() - started };
}

/** Reads `--name value` from argv. */
export function flag(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
}

function main(argv: readonly string[]): void {
  const articles = Number(flag(argv, 'articles') ?? 10_000);
  if (!Number.isInteger(articles) || articles < 1) throw new Error('--articles must be a positive integer, e.g. --articles 10000');
  const seedFlag = flag(argv, 'seed');
  const result = ensureCorpus({
    articles,
    out: flag(argv, 'out') ?? defaultCorpusDir(articles),
    seed: seedFlag === undefined ? undefined : Number(seedFlag),
    force: argv.includes('--force'),
  });
  const { manifest } = result;
  const verb = result.generated ? 'generated' : 'reused';
  console.log(`${verb} ${manifest.articles} articles (${(manifest.bytes / 1e6).toFixed(1)} MB) in ${result.dir} in ${(result.ms / 1000).toFixed(1)} s`);
  console.log(`by language: ${JSON.stringify(manifest.byLang)}; invalid: ${JSON.stringify(manifest.invalid)}`);
}

// Run as a command only when invoked directly, not when imported by the bench or tests.
if (basename(process.argv[1] ?? '').startsWith('generate-corpus.')) main(process.argv.slice(2));
