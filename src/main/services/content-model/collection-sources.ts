import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import type { JsonSchema, ModelNote, SchemaSource } from '@shared/model/content-model';
import type { ConfigCollection, CopydeskConfig } from '../../core/model';
import { readAstroJsonSchemas } from './astro-json-schemas';
import { evaluateContentConfig, type EvaluateOptions } from './astro-config/evaluate-content-config';
import type { EvaluatedCollection } from './astro-config/run-content-config';
import { readHugoSite } from './site-settings';

/** A collection before its files are read: where it is and what schema a source gave. */
export interface CollectionDefinition {
  name: string;
  root: string;
  include: string[];
  schema: { source: SchemaSource; note?: string; json: JsonSchema } | null;
  /** Why the schema will be inferred, when `schema` is null. */
  inferredNote?: string;
  settings?: Omit<ConfigCollection, 'name' | 'root' | 'include' | 'schema'>;
  /** The file that defines the collection, for notes about it (a glob that matches nothing). */
  definedIn?: string;
}

export const MARKDOWN_GLOB = '**/*.{md,mdx,markdown}';
const CONTENT_CONFIGS = ['src/content.config.ts', 'src/content.config.mts', 'src/content.config.js', 'src/content.config.mjs', 'src/content/config.ts', 'src/content/config.mts', 'src/content/config.js', 'src/content/config.mjs'];

export interface SourceOptions extends EvaluateOptions {
  trusted: boolean;
}

/**
 * The collections of a site, from the first source that has them:
 * copydesk.config (collections with a root), the Astro content config
 * (run only when trusted), Astro's generated JSON schemas, then the folder
 * layout (Hugo's content folder, `src/content/<name>`, or the whole folder)
 * with schemas inferred. Every source set aside leaves a note.
 */
export async function findCollections(root: string, config: CopydeskConfig | null, configFile: string | null, options: SourceOptions): Promise<{ definitions: CollectionDefinition[]; notes: ModelNote[] }> {
  const notes: ModelNote[] = [];
  const fromConfig = (config?.collections ?? []).filter((collection) => collection.root !== undefined);
  if (fromConfig.length > 0 && configFile !== null) {
    return { definitions: fromConfig.map((collection) => configDefinition(collection, configFile)), notes };
  }

  // A config with errors is set aside (its notes say where); the fallback's note says so too.
  let whyNotAstro: string | null = configFile !== null && config === null ? `${configFile} has errors and is ignored until fixed` : null;
  const contentConfig = findContentConfig(root);
  if (contentConfig !== null) {
    if (!options.trusted) {
      whyNotAstro = `${whyNotAstro ? `${whyNotAstro}; ` : ''}not trusted: the site's content config (${contentConfig}) was not run`;
      notes.push({ file: contentConfig, message: whyNotAstro });
    } else {
      const evaluation = await evaluateContentConfig(root, join(root, contentConfig), options);
      if (evaluation.ok) {
        const definitions = evaluation.collections.flatMap((collection) => astroDefinition(root, collection, contentConfig, notes));
        if (definitions.length > 0) return { definitions, notes };
        const none = `${contentConfig} defines no Markdown collections`;
        notes.push({ file: contentConfig, message: none });
        whyNotAstro = whyNotAstro ? `${whyNotAstro}; ${none}` : none;
      } else {
        notes.push(evaluation.note);
        whyNotAstro = whyNotAstro ? `${whyNotAstro}; ${evaluation.note.message}` : evaluation.note.message;
      }
    }
  }

  const json = readAstroJsonSchemas(root);
  notes.push(...json.notes);
  if (json.schemas.length > 0) {
    const definitions = json.schemas.map(
      (schema): CollectionDefinition => ({
        name: schema.name,
        root: `src/content/${schema.name}`,
        include: [MARKDOWN_GLOB],
        schema: { source: 'astro-json-schema', note: `from ${schema.file}${whyNotAstro ? `; ${whyNotAstro}` : ''}`, json: schema.json },
        definedIn: schema.file,
      }),
    );
    return { definitions, notes };
  }

  return { definitions: layoutDefinitions(root, whyNotAstro), notes };
}

/** The site's Astro content config (relative to `root`), when it has one. */
export function findContentConfig(root: string): string | null {
  return CONTENT_CONFIGS.find((file) => existsSync(join(root, file))) ?? null;
}

/**
 * The content config that would run for the folder were it trusted: the
 * site's Astro content config, unless copydesk.config names collections
 * with a root (that source comes first, so trusting would change nothing).
 */
export function runnableContentConfig(root: string, config: CopydeskConfig | null): string | null {
  if ((config?.collections ?? []).some((collection) => collection.root !== undefined)) return null;
  return findContentConfig(root);
}

function configDefinition(collection: ConfigCollection, configFile: string): CollectionDefinition {
  const { name, root = '.', include, schema, ...settings } = collection;
  return {
    name,
    root: normaliseRoot(root),
    include: include === undefined ? [MARKDOWN_GLOB] : Array.isArray(include) ? include : [include],
    schema: schema ? { source: 'config', json: schema } : null,
    ...(schema === undefined && { inferredNote: `${configFile} gives no schema for it: inferred from the files` }),
    settings,
    definedIn: configFile,
  };
}

function astroDefinition(root: string, collection: EvaluatedCollection, configFile: string, notes: ModelNote[]): CollectionDefinition[] {
  const { name, loader } = collection;
  let base: string;
  let include: string[];
  switch (loader.kind) {
    case 'legacy':
      if (loader.type === 'data') {
        notes.push({ file: configFile, message: `collection ${name} is a data collection (type: 'data'), not Markdown: skipped` });
        return [];
      }
      base = `src/content/${name}`;
      include = ['**/*.{md,mdx}'];
      break;
    case 'glob': {
      base = normaliseRoot(loader.base);
      include = Array.isArray(loader.pattern) ? loader.pattern : [String(loader.pattern)];
      if (!picomatch(include)('a/b.md') && !picomatch(include)('b.md') && !picomatch(include)('b.mdx')) {
        notes.push({ file: configFile, message: `collection ${name} loads ${include.join(', ')}, not Markdown: skipped` });
        return [];
      }
      break;
    }
    case 'file':
      notes.push({ file: configFile, message: `collection ${name} is loaded from one data file (${loader.path}), not Markdown: skipped` });
      return [];
    case 'custom': {
      base = `src/content/${name}`;
      include = [MARKDOWN_GLOB];
      if (!isFolder(join(root, base))) {
        notes.push({ file: configFile, message: `collection ${name} uses a custom loader (${loader.name}) and there is no ${base} folder: skipped` });
        return [];
      }
      notes.push({ file: configFile, message: `collection ${name} uses a custom loader (${loader.name}): reading ${base}` });
      break;
    }
  }
  const schema = collection.schema
    ? { source: 'astro-config' as const, json: collection.schema }
    : null;
  const inferredNote = collection.schemaError
    ? `its schema in ${configFile} could not be read (${collection.schemaError.message}): inferred from the files`
    : `${configFile} gives it no schema: inferred from the files`;
  if (collection.schemaError) notes.push({ file: configFile, message: `collection ${name}: ${inferredNote}` });
  return [{ name, root: base, include, schema, ...(schema === null && { inferredNote }), definedIn: configFile }];
}

/** Collections from the folder layout alone, schemas inferred. */
function layoutDefinitions(root: string, whyNotAstro: string | null): CollectionDefinition[] {
  const because = whyNotAstro ? `${whyNotAstro}; ` : '';
  const hugo = readHugoSite(root);
  if (hugo !== null) {
    return [{ name: 'content', root: hugo.contentDir, include: [MARKDOWN_GLOB], schema: null, inferredNote: `${because}a Hugo site (${hugo.file}) has no schema: inferred from the files` }];
  }
  const astroContent = join(root, 'src', 'content');
  const folders = isFolder(astroContent)
    ? safeList(astroContent).filter((name) => !name.startsWith('.') && !name.startsWith('_') && isFolder(join(astroContent, name))).sort()
    : [];
  if (folders.length > 0) {
    return folders.map((name) => ({ name, root: `src/content/${name}`, include: [MARKDOWN_GLOB], schema: null, inferredNote: `${because}no schema found: inferred from the files` }));
  }
  return [{ name: 'content', root: '.', include: [MARKDOWN_GLOB], schema: null, inferredNote: `${because}no ${whyNotAstro ? 'other' : 'copydesk.config,'} Astro or Hugo config: inferred from the files` }];
}

function normaliseRoot(path: string): string {
  const trimmed = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  return trimmed === '' || trimmed === '.' ? '.' : trimmed;
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function safeList(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}
