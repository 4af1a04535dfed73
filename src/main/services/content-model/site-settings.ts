import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { asLanguage } from '../../core/model';

const HUGO_CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json', 'config/_default/hugo.toml', 'config/_default/config.toml'];
const ASTRO_CONFIGS = ['astro.config.mjs', 'astro.config.ts', 'astro.config.mts', 'astro.config.js', 'astro.config.cjs'];

export interface HugoSite {
  /** Site-relative config file. */
  file: string;
  /** `contentDir`, default `content`. */
  contentDir: string;
  /** `defaultContentLanguage`, when the config sets it. */
  defaultLanguage: string | null;
}

/** The Hugo config at the site's root, when there is one. A config that does not parse still marks a Hugo site. */
export function readHugoSite(root: string): HugoSite | null {
  for (const file of HUGO_CONFIGS) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    let data: Record<string, unknown> = {};
    try {
      const text = readFileSync(path, 'utf8');
      const parsed: unknown = file.endsWith('.toml') ? parseToml(text) : file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
      if (parsed !== null && typeof parsed === 'object') data = parsed as Record<string, unknown>;
    } catch {
      // Unreadable: the defaults below.
    }
    const contentDir = typeof data.contentDir === 'string' && data.contentDir.trim() !== '' ? data.contentDir.replace(/^\.?\/+|\/+$/g, '') : 'content';
    return { file, contentDir, defaultLanguage: asLanguage(data.defaultContentLanguage) };
  }
  return null;
}

/**
 * The default locale an Astro config declares: `i18n.defaultLocale`, or for
 * Starlight's `defaultLocale: 'root'` the root locale's `lang`. Read from
 * the text, not run: the value is almost always a literal, and the config
 * imports integrations the site may not have installed. Null when there is
 * no Astro config or no literal to read.
 */
export function readAstroDefaultLocale(root: string): { language: string; file: string } | null {
  for (const file of ASTRO_CONFIGS) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return null;
    }
    const declared = /\bdefaultLocale\s*:\s*(['"`])([^'"`]+)\1/.exec(text)?.[2];
    if (declared === undefined) return null;
    if (declared === 'root') {
      const rootLang = /\broot\s*:\s*\{[^{}]*?\blang\s*:\s*(['"`])([^'"`]+)\1/.exec(text)?.[2];
      const language = asLanguage(rootLang);
      return language === null ? null : { language, file };
    }
    const language = asLanguage(declared);
    return language === null ? null : { language, file };
  }
  return null;
}
