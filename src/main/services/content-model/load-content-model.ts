import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTENT_MODEL_VERSION, type ContentModel, type ModelCollection, type ModelNote } from '@shared/model/content-model';
import {
  collectionMatcher,
  describeCollection,
  readFrontmatterAny,
  splitLanguageSuffix,
  splitLocaleFolder,
  type ModelFile,
  type SiteLanguages,
} from '../../core/model';
import { appDataDir } from '../app-paths';
import type { ChildRuntime } from './astro-config/run-content-config';
import { timeSlicer } from '../time-slice';
import { findCollections, runnableContentConfig, type CollectionDefinition } from './collection-sources';
import { readCopydeskConfig } from './copydesk-config-file';
import { cacheFileFor } from './astro-config/content-config-cache';
import { listSiteFiles } from './list-site-files';
import { modelMemoKey, readModelMemo, writeModelMemo } from './model-memo';
import { readAstroDefaultLocale, readHugoSite } from './site-settings';

export interface LoadContentModelOptions {
  /**
   * Whether the site's own code may run (its Astro content config, in a
   * sandboxed child). Untrusted folders fall through to Astro's JSON
   * schemas or inference, and their Astro `i18n.defaultLocale` is not read.
   */
  trusted: boolean;
  /** The runtime for the child (Electron passes itself with ELECTRON_RUN_AS_NODE). Default: this Node. */
  runtime?: ChildRuntime;
  /** Time limit for evaluating the content config, ms (default 10 s). */
  timeoutMs?: number;
  /** Data folder where evaluations are cached; null: no cache. Default: the app's data folder. */
  dataDir?: string | null;
  /** At most this many files per collection are read to detect pairing and infer fields (default 3000). */
  sampleSize?: number;
}

const DEFAULT_SAMPLE = 3000;

type TimeSlicer = ReturnType<typeof timeSlicer>;

/**
 * The content model of the folder at `root`: its collections (from
 * copydesk.config, the Astro content config, Astro's JSON schemas, or the
 * folder layout — first found wins), each with its schema, pairing rule,
 * languages, source language and shared/translatable fields; what was
 * skipped; and a note for every source that was tried and set aside.
 * Never throws for anything in the folder; an unreadable folder yields a
 * model with no collections.
 */
export async function loadContentModel(folder: string, options: LoadContentModelOptions): Promise<ContentModel> {
  const root = resolve(folder);
  const notes: ModelNote[] = [];
  const configRead = await readCopydeskConfig(root);
  const config = configRead.file !== null && 'config' in configRead ? configRead.config : null;
  if (configRead.file !== null && config === null && 'errors' in configRead) {
    notes.push(...configRead.errors.map((error) => ({ ...error, message: `${error.message} — ${configRead.file} is ignored until fixed` })));
  }

  const ignoreGlobs = config?.ignore ?? [];
  const dataDir = options.dataDir === undefined ? appDataDir() : options.dataDir;
  // The walk and the config's evaluation (a child process) overlap: neither needs the other.
  const [listing, found] = await Promise.all([
    listSiteFiles(root, ignoreGlobs),
    findCollections(root, config, configRead.file, {
      trusted: options.trusted,
      ...(options.runtime && { runtime: options.runtime }),
      ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
      ...(dataDir !== null && { cacheDir: join(dataDir, 'content-config-cache') }),
    }),
  ]);
  notes.push(...found.notes);
  const definitions = applyOverrides(found.definitions, config, configRead.file, notes);

  const site = siteLanguages(root, config, options.trusted);
  const claimed = new Set<string>();
  // Loops over every listed file, and the sampled reads, pause between slices: this runs on the thread that answers the window.
  const slice = timeSlicer();
  const chosen: { definition: CollectionDefinition; total: number; sample: string[] }[] = [];
  for (const definition of definitions) {
    const matches = collectionMatcher(definition);
    const paths: string[] = [];
    for (const path of listing.files) {
      if (!claimed.has(path) && matches(path)) paths.push(path);
      await slice.pause();
    }
    for (const path of paths) claimed.add(path);
    if (paths.length === 0) {
      notes.push({ ...(definition.definedIn !== undefined && { file: definition.definedIn }), message: `collection ${definition.name}: ${definition.root}/${definition.include.join(',')} matches no Markdown files` });
    }
    const sample = await sampleFiles(paths, definition.root, options.sampleSize ?? DEFAULT_SAMPLE, slice);
    if (sample.length < paths.length) notes.push({ message: `collection ${definition.name}: pairing and fields detected from ${sample.length} of ${paths.length} files` });
    chosen.push({ definition, total: paths.length, sample });
  }

  // What follows depends only on what was read so far and the sampled files: kept from the last load while they are the same.
  const memoFile = dataDir === null ? null : cacheFileFor(join(dataDir, 'content-model-cache'), root);
  const memoKey = memoFile === null ? null : modelMemoKey(root, [options.trusted, config, notes, definitions, site, listing], chosen.flatMap((c) => c.sample));
  const kept = memoFile !== null && memoKey !== null ? readModelMemo(memoFile, memoKey) : null;
  if (kept !== null) return kept;

  const inputs: { definition: CollectionDefinition; total: number; files: ModelFile[] }[] = [];
  for (const { definition, total, sample } of chosen) {
    const files: ModelFile[] = [];
    for (const path of sample) {
      files.push(readModelFile(root, definition.root, path));
      await slice.pause();
    }
    inputs.push({ definition, total, files });
  }

  const describeAll = (siteEvidence?: { language: string; collection: string }) =>
    inputs.map(({ definition, files }) =>
      describeCollection({
        name: definition.name,
        root: definition.root,
        include: definition.include,
        files,
        schema: definition.schema ?? null,
        ...(definition.settings && { settings: definition.settings }),
        site,
        ...(siteEvidence && { siteEvidence }),
      }),
    );
  let described = describeAll();
  const withEvidence = described.find((entry) => entry.evidence !== null);
  if (withEvidence && described.some((entry) => entry.evidence === null)) {
    described = described.map((entry, i) =>
      entry.evidence !== null ? entry : (describeAll({ language: withEvidence.evidence as string, collection: withEvidence.collection.name })[i] ?? entry),
    );
  }

  const collections: ModelCollection[] = described.map((entry, i) => {
    const input = inputs[i] as (typeof inputs)[number];
    const schema = entry.collection.schema.source === 'inferred' && input.definition.inferredNote ? { ...entry.collection.schema, note: input.definition.inferredNote } : entry.collection.schema;
    for (const line of entry.notes) notes.push({ message: `collection ${entry.collection.name}: ${line}` });
    return { ...entry.collection, files: input.total, schema };
  });

  const outside = listing.files.length - claimed.size;
  const model: ContentModel = {
    version: CONTENT_MODEL_VERSION,
    collections,
    ignore: ignoreGlobs,
    ignored: { ...listing.ignored, outside, total: listing.ignored.gitignore + listing.ignored.config + listing.ignored.build + outside },
    notes,
    trusted: options.trusted,
  };
  // A data folder that cannot be written only costs the next load its time.
  if (memoFile !== null && memoKey !== null) await writeModelMemo(memoFile, memoKey, model).catch(() => undefined);
  return model;
}

/**
 * The site's content config that runs only when the folder is trusted
 * (relative to the folder), or null when trusting it would change nothing:
 * there is none, or copydesk.config names the collections itself.
 */
export async function trustedOnlySource(folder: string): Promise<string | null> {
  const root = resolve(folder);
  const read = await readCopydeskConfig(root);
  return runnableContentConfig(root, read.file !== null && 'config' in read ? read.config : null);
}

/** Config collections without a root adjust the collection of that name from the next source. */
function applyOverrides(definitions: CollectionDefinition[], config: { collections?: { name: string; root?: string }[] } | null, configFile: string | null, notes: ModelNote[]): CollectionDefinition[] {
  const overrides = (config?.collections ?? []).filter((collection) => collection.root === undefined);
  const known = new Set(definitions.map((definition) => definition.name));
  for (const override of overrides) {
    if (!known.has(override.name)) {
      notes.push({ ...(configFile !== null && { file: configFile }), message: `collection ${override.name} in ${configFile} has no root and the site defines no collection of that name: give it a root` });
    }
  }
  return definitions.map((definition) => {
    const override = overrides.find((entry) => entry.name === definition.name) as (Record<string, unknown> & { name: string }) | undefined;
    if (!override) return definition;
    const { name: _name, root: _root, include, schema, ...settings } = override;
    return {
      ...definition,
      ...(include !== undefined && { include: Array.isArray(include) ? (include as string[]) : [include as string] }),
      ...(schema !== undefined && { schema: { source: 'config' as const, json: schema as Record<string, unknown> } }),
      settings: { ...definition.settings, ...settings },
    };
  });
}

function siteLanguages(root: string, config: { sourceLanguage?: string; defaultLanguage?: string } | null, trusted: boolean): SiteLanguages {
  const hugo = readHugoSite(root);
  const declared =
    hugo?.defaultLanguage != null ? { language: hugo.defaultLanguage, file: hugo.file } : trusted ? readAstroDefaultLocale(root) : null;
  return {
    ...(config?.sourceLanguage !== undefined && { configSource: config.sourceLanguage }),
    ...(config?.defaultLanguage !== undefined && { configDefault: config.defaultLanguage }),
    ...(declared !== null && { declared }),
  };
}

function readModelFile(siteRoot: string, collectionRoot: string, sitePath: string): ModelFile {
  const path = collectionRoot === '.' ? sitePath : sitePath.slice(collectionRoot.length + 1);
  let text: string;
  try {
    text = readFileSync(join(siteRoot, sitePath), 'utf8');
  } catch {
    return { path, data: null };
  }
  return { path, data: readFrontmatterAny(text).data };
}

/**
 * At most `size` paths, chosen by a hash of the article a path names (its
 * path without locale folder and language suffix), so an article and its
 * translations are in or out together and pairing still sees whole groups.
 */
async function sampleFiles(paths: string[], collectionRoot: string, size: number, slice: TimeSlicer): Promise<string[]> {
  if (paths.length <= size) return paths;
  const keep = size / paths.length;
  const sample: string[] = [];
  for (const sitePath of paths) {
    const path = collectionRoot === '.' ? sitePath : sitePath.slice(collectionRoot.length + 1);
    const article = splitLanguageSuffix(splitLocaleFolder(path).rest).stem;
    const bucket = fnv1a(article) / 0x1_0000_0000;
    if (bucket < keep) sample.push(sitePath);
    await slice.pause();
  }
  return sample;
}

/**
 * 32-bit FNV-1a of a string's UTF-16 units: the sample needs an even,
 * stable spread, not a cryptographic hash (sha1 per path cost ~0.2 s at
 * 100,000 files).
 */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
