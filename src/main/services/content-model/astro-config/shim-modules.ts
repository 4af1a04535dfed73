/**
 * The modules a site's content config imports from Astro, written by us so
 * the config runs without Astro installed. They are JavaScript source
 * (strings), because they go into the bundle the child process runs, not
 * into Copydesk's own build. Bump `SHIM_VERSION` whenever any of them
 * changes: cached evaluations made with an older shim are thrown away.
 */
export const SHIM_VERSION = 1;

/** Namespace of the virtual modules in the esbuild bundle. */
export const SHIM_NAMESPACE = 'copydesk-shim';

/**
 * Annotations of schema nodes Astro gives meaning to (`image()`,
 * `reference()`), kept beside the zod objects so the runner's
 * `toJSONSchema` override can write them out.
 */
const REGISTRY = `
export const marks = new Map();
export function mark(schema, annotations) {
  marks.set(schema, annotations);
  return schema;
}
`;

const CONTENT = `
import { z } from 'zod';
import { mark } from 'copydesk:registry';
export { z };
export function defineCollection(collection) { return collection; }
export function defineLiveCollection(collection) { return collection; }
export function reference(collection) {
  return mark(z.union([z.string(), z.object({ id: z.string(), collection: z.string() })]), {
    'x-copydesk-kind': 'reference',
    'x-copydesk-collection': String(collection),
  });
}
function unavailable(name) {
  return () => { throw new Error(name + '() is not available while Copydesk reads the content config'); };
}
export const getCollection = unavailable('getCollection');
export const getEntry = unavailable('getEntry');
export const getEntries = unavailable('getEntries');
export const getLiveCollection = unavailable('getLiveCollection');
export const getLiveEntry = unavailable('getLiveEntry');
export const render = unavailable('render');
`;

const ZOD = `
export * from 'zod';
export { z as default } from 'zod';
`;

const LOADERS = `
export function glob(options) {
  return { __copydeskLoader: 'glob', pattern: options && options.pattern, base: (options && options.base) || '.' };
}
export function file(path) {
  return { __copydeskLoader: 'file', path: String(path) };
}
`;

const ASSETS = `
export const Image = {};
export const Picture = {};
export const Font = {};
export async function getImage() { return {}; }
export const inferRemoteSize = async () => ({});
`;

const CONFIG = `
export function defineConfig(config) { return config; }
export function passthroughImageService() { return {}; }
export function sharpImageService() { return {}; }
export const envField = new Proxy({}, { get: () => () => ({}) });
export const fontProviders = new Proxy({}, { get: () => () => ({}) });
`;

/** Import specifier → module source. */
export const SHIM_MODULES: Readonly<Record<string, string>> = {
  'copydesk:registry': REGISTRY,
  'astro:content': CONTENT,
  'astro/zod': ZOD,
  'astro:schema': ZOD,
  'astro/loaders': LOADERS,
  'astro:assets': ASSETS,
  'astro/config': CONFIG,
};

/** Marks the line carrying the answer on stdout, so whatever the config prints cannot be mistaken for it. */
export const ANSWER_MARK = '\u0000copydesk-content-config\u0000';

/**
 * The child's entry: imports the config, turns each collection's loader
 * into a plain descriptor and its schema into JSON Schema (with our
 * annotations for dates, images and references), and prints one line.
 */
export function runnerSource(configPath: string): string {
  return `
import { z } from 'zod';
import { marks, mark } from 'copydesk:registry';

const MARK = ${JSON.stringify(ANSWER_MARK)};
const answer = (value) => process.stdout.write('\\n' + MARK + JSON.stringify(value) + '\\n');
// Whatever the config logs goes to stderr: stdout carries the answer.
for (const name of ['log', 'info', 'debug', 'warn']) console[name] = (...args) => console.error(...args);

function describe(error) {
  if (error && typeof error === 'object' && 'stack' in error && typeof error.stack === 'string') {
    return { message: String(error.message ?? error), stack: error.stack };
  }
  return { message: String(error) };
}

function override(ctx) {
  const schema = ctx.zodSchema;
  const annotations = marks.get(schema);
  if (annotations) Object.assign(ctx.jsonSchema, annotations);
  const def = schema && schema._zod && schema._zod.def;
  if (def && def.type === 'date') {
    for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
    Object.assign(ctx.jsonSchema, { type: 'string', 'x-copydesk-kind': 'date' }, def.coerce ? { 'x-copydesk-coerce-date': true } : {});
  }
}

const image = () => mark(z.string(), { 'x-copydesk-kind': 'image' });

function describeLoader(collection) {
  const loader = collection && collection.loader;
  if (loader && loader.__copydeskLoader === 'glob') return { kind: 'glob', pattern: loader.pattern, base: loader.base };
  if (loader && loader.__copydeskLoader === 'file') return { kind: 'file', path: loader.path };
  if (loader) return { kind: 'custom', name: typeof loader === 'object' && loader.name ? String(loader.name) : typeof loader === 'function' ? loader.name || 'a function' : 'unknown' };
  return { kind: 'legacy', type: collection && collection.type === 'data' ? 'data' : 'content' };
}

let config;
try {
  config = await import(${JSON.stringify(configPath)});
} catch (error) {
  answer({ ok: false, stage: 'import', error: describe(error) });
  process.exit(0);
}
const collections = config.collections;
if (!collections || typeof collections !== 'object') {
  answer({ ok: false, stage: 'collections', error: { message: 'the content config exports no \`collections\` object' } });
  process.exit(0);
}
const result = [];
for (const [name, collection] of Object.entries(collections)) {
  const entry = { name, loader: describeLoader(collection) };
  try {
    let schema = collection && collection.schema;
    if (typeof schema === 'function') schema = await schema({ image });
    if (schema === undefined || schema === null) entry.schema = null;
    else if (typeof schema !== 'object' || !('_zod' in schema)) entry.schemaError = { message: 'its schema is not a zod schema' };
    else entry.schema = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', override });
  } catch (error) {
    entry.schemaError = describe(error);
  }
  result.push(entry);
}
answer({ ok: true, collections: result });
process.exit(0);
`;
}
