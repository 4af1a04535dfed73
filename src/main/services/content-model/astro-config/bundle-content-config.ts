import { existsSync, readFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { dirname, join, relative, resolve as resolvePath, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Message, type Plugin } from 'esbuild';
import { runnerSource, SHIM_MODULES, SHIM_NAMESPACE } from './shim-modules';

export interface ConfigBundle {
  /** The ESM program the child runs. */
  code: string;
  /** Absolute paths of the site's files esbuild read (the config, what it imports, tsconfig). */
  inputs: string[];
}

/** Why a bundle could not be made: the first error, placed in the site's files when esbuild says where. */
export interface BundleFailure {
  message: string;
  /** Site-relative file and 1-based position of the failing import or syntax error. */
  file?: string;
  line?: number;
  column?: number;
}

/** Imports that are not code: replaced by empty modules so a config importing a component still loads. */
const NOT_CODE = ['.astro', '.svelte', '.vue', '.css', '.scss', '.sass', '.less', '.styl', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg', '.ico', '.woff', '.woff2', '.ttf', '.md', '.mdx'];

const require = createRequire(__filename);
/** The folder holding Copydesk's own node_modules: `zod` always resolves from there, never from the site. */
const OWN_PACKAGES = dirname(dirname(dirname(require.resolve('zod'))));

/**
 * Bundles a site's content config into one ESM program with the runner:
 * tsconfig `paths`/`baseUrl` honoured, Astro's modules replaced by our shim,
 * zod our own (zod 4, which reads the zod 3 forms Astro 5 sites write),
 * non-code imports emptied, everything else from the site's node_modules.
 * A package the site does not have fails here, naming the package and the
 * importing file, before any of the site's code runs.
 */
export async function bundleContentConfig(siteRoot: string, configFile: string): Promise<{ ok: true; bundle: ConfigBundle } | { ok: false; failure: BundleFailure }> {
  const tsconfig = join(siteRoot, 'tsconfig.json');
  let result;
  try {
    result = await build({
      stdin: { contents: runnerSource(configFile), resolveDir: siteRoot, sourcefile: 'copydesk-runner.mjs', loader: 'js' },
      absWorkingDir: siteRoot,
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
      // Stack traces point into the site's own files (the bundle runs from a temp folder).
      sourcemap: 'inline',
      sourceRoot: `${pathToFileURL(siteRoot).href}/`,
      // The runner uses top-level await; CommonJS packages bundled into ESM still need require().
      banner: { js: "import { createRequire as __copydeskRequire } from 'node:module'; const require = __copydeskRequire(import.meta.url);" },
      define: { 'import.meta.env': JSON.stringify({ MODE: 'production', PROD: true, DEV: false, SSR: true, BASE_URL: '/', SITE: '' }) },
      loader: Object.fromEntries(NOT_CODE.map((ext) => [ext, 'empty' as const])),
      ...(existsSync(tsconfig) ? { tsconfig } : { tsconfigRaw: '{}' }),
      plugins: [shimPlugin(), builtinShadowPlugin(siteRoot, tsconfig)],
    });
  } catch (error) {
    const errors = (error as { errors?: Message[] }).errors;
    return { ok: false, failure: describeFailure(siteRoot, configFile, errors?.[0], error) };
  }
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !input.includes(':'))
    .map((input) => join(siteRoot, input))
    .filter((input) => !relative(siteRoot, input).startsWith(`..${sep}`) && !input.includes(`${sep}node_modules${sep}`) && existsSync(input));
  if (existsSync(tsconfig)) inputs.push(tsconfig);
  const code = result.outputFiles[0]?.text ?? '';
  return { ok: true, bundle: { code, inputs: [...new Set(inputs)].sort() } };
}

function shimPlugin(): Plugin {
  return {
    name: 'copydesk-astro-shim',
    setup(pluginBuild) {
      const specifiers = Object.keys(SHIM_MODULES).map((name) => name.replace(/[/:]/g, '\\$&'));
      pluginBuild.onResolve({ filter: new RegExp(`^(${specifiers.join('|')})$`) }, (args) => ({ path: args.path, namespace: SHIM_NAMESPACE }));
      pluginBuild.onResolve({ filter: /^zod(\/.*)?$/ }, async (args) => {
        if (args.pluginData === 'own-zod') return undefined;
        const resolved = await pluginBuild.resolve(args.path, { resolveDir: OWN_PACKAGES, kind: args.kind, pluginData: 'own-zod' });
        return resolved.errors.length > 0 ? { errors: resolved.errors } : { path: resolved.path };
      });
      pluginBuild.onLoad({ filter: /.*/, namespace: SHIM_NAMESPACE }, (args) => ({
        contents: SHIM_MODULES[args.path] ?? '',
        loader: 'js',
        resolveDir: OWN_PACKAGES,
      }));
    },
  };
}

/**
 * esbuild takes a bare import that names a Node built-in (`constants`,
 * `path`, `events`) for the built-in even when tsconfig's `baseUrl` holds a
 * file of that name; TypeScript and Vite pick the file. So do we.
 */
function builtinShadowPlugin(siteRoot: string, tsconfig: string): Plugin {
  const baseUrl = readBaseUrl(tsconfig);
  return {
    name: 'copydesk-base-url-before-builtins',
    setup(pluginBuild) {
      if (baseUrl === null) return;
      const base = resolvePath(siteRoot, baseUrl);
      pluginBuild.onResolve({ filter: /^[^./][^:]*$/ }, (args) => {
        if (!isBuiltin(args.path)) return undefined;
        for (const suffix of RESOLVE_SUFFIXES) {
          const candidate = join(base, args.path + suffix);
          if (existsSync(candidate)) return { path: candidate };
        }
        return undefined;
      });
    },
  };
}

const RESOLVE_SUFFIXES = ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json', '/index.ts', '/index.js'];

/** `compilerOptions.baseUrl` of a tsconfig (comments and trailing commas allowed), or null. */
function readBaseUrl(tsconfig: string): string | null {
  if (!existsSync(tsconfig)) return null;
  try {
    const text = readFileSync(tsconfig, 'utf8')
      .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_match, string: string | undefined) => string ?? '')
      .replace(/,(\s*[}\]])/g, '$1');
    const parsed = JSON.parse(text) as { compilerOptions?: { baseUrl?: unknown } };
    const baseUrl = parsed.compilerOptions?.baseUrl;
    return typeof baseUrl === 'string' ? baseUrl : null;
  } catch {
    return null;
  }
}

function describeFailure(siteRoot: string, configFile: string, first: Message | undefined, error: unknown): BundleFailure {
  if (!first) return { message: error instanceof Error ? error.message : String(error) };
  const location = first.location;
  const file = location?.file ? relative(siteRoot, join(siteRoot, location.file)).split(sep).join('/') : undefined;
  const missing = /^Could not resolve "([^"]+)"/.exec(first.text);
  let message = first.text;
  if (missing) {
    const specifier = missing[1] as string;
    const pkg = specifier.startsWith('.') || specifier.startsWith('/') ? null : packageName(specifier);
    const who = file === undefined || file === relative(siteRoot, configFile).split(sep).join('/') ? 'it' : file;
    message = pkg
      ? `${who} imports "${specifier}", but the package ${pkg} is not installed in this site (run npm install in the site folder)`
      : `${who} imports "${specifier}", which does not exist`;
  }
  return { message, ...(file !== undefined && { file }), ...(location && { line: location.line, column: location.column + 1 }) };
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}
