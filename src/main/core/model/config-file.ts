import { LineCounter, isMap, isPair, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import type { ModelNote } from '@shared/model/content-model';
import { isLanguageCode } from './language-code';

const language = z.string().refine(isLanguageCode, { message: 'Expected a language code such as en, uk or pt-br' });
const fieldList = z.array(z.string().min(1));

const pairingSchema = z.discriminatedUnion(
  'by',
  [
    z.strictObject({ by: z.literal('key'), key: z.string().min(1), translatedFrom: z.string().min(1).optional() }),
    z.strictObject({ by: z.literal('folder') }),
    z.strictObject({ by: z.literal('suffix') }),
    z.strictObject({ by: z.literal('none') }),
  ],
  { error: 'Expected "by" to be one of key, folder, suffix, none' },
);

const collectionSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { message: 'Expected a name of letters, digits, - _ or .' }),
  root: z.string().optional(),
  include: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  schema: z.record(z.string(), z.unknown()).optional(),
  pairing: pairingSchema.optional(),
  languageField: z.string().min(1).optional(),
  defaultLanguage: language.optional(),
  sourceLanguage: language.optional(),
  languages: z.array(language).optional(),
  shared: fieldList.optional(),
  translatable: fieldList.optional(),
  roles: z
    .strictObject({
      title: z.string().min(1).optional(),
      description: z.string().min(1).optional(),
      date: z.string().min(1).optional(),
      updated: z.string().min(1).optional(),
      tags: z.string().min(1).optional(),
      category: z.string().min(1).optional(),
      draft: z.string().min(1).optional(),
    })
    .optional(),
});

/**
 * `copydesk.config.json` / `.yaml`. Every key is optional; unknown keys are
 * errors (a typo must not be silently ignored). See docs/content-model.md.
 */
export const copydeskConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  collections: z.array(collectionSchema).optional(),
  sourceLanguage: language.optional(),
  defaultLanguage: language.optional(),
  languages: z.array(language).optional(),
  ignore: z.array(z.string().min(1)).optional(),
});

export type CopydeskConfig = z.infer<typeof copydeskConfigSchema>;
export type ConfigCollection = z.infer<typeof collectionSchema>;

export type ConfigParse = { ok: true; config: CopydeskConfig } | { ok: false; errors: ModelNote[] };

/**
 * Parses and validates a config file's text. JSON is read with the YAML
 * parser (JSON is YAML), so both formats get errors with the line and
 * column of the offending key or value.
 */
export function parseCopydeskConfig(text: string, file: string): ConfigParse {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.slice(0, 5).map((error) => {
        const pos = lineCounter.linePos(error.pos[0]);
        return { file, line: pos.line, column: pos.col, message: `Syntax error: ${error.message.split('\n')[0]}` };
      }),
    };
  }
  const result = copydeskConfigSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return { ok: true, config: result.data };
  const errors = result.error.issues.slice(0, 10).map((issue): ModelNote => {
    const { node, key } = locate(doc.contents, issue.path, issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined);
    const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    const where = [...issue.path, ...(key !== undefined ? [key] : [])].join('.');
    const message =
      issue.code === 'unrecognized_keys'
        ? `Unknown key "${issue.keys.join('", "')}"${issue.path.length > 0 ? ` in ${issue.path.join('.')}` : ''}`
        : `${where === '' ? 'The file' : where}: ${issue.message}`;
    return { file, line: pos.line, column: pos.col, message };
  });
  return { ok: false, errors: errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)) };
}

/** The node at a path (or the key node of `key` inside it), as deep as the document goes. */
function locate(root: unknown, path: readonly PropertyKey[], key?: string): { node: YamlNode | null; key?: string } {
  let current = root as YamlNode | null;
  for (const part of path) {
    const next = childOf(current, part);
    if (next === null) return { node: current };
    current = next;
  }
  if (key !== undefined && isMap(current)) {
    const pair = current.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
    if (pair) return { node: pair.key as YamlNode, key };
  }
  return { node: current };
}

function childOf(node: YamlNode | null, part: PropertyKey): YamlNode | null {
  if (node === null || typeof node !== 'object' || !('items' in node) || !Array.isArray(node.items)) return null;
  if (typeof part === 'number') {
    const item = node.items[part] as unknown;
    return (item as YamlNode | undefined) ?? null;
  }
  for (const item of node.items as unknown[]) {
    if (isPair(item) && isScalar(item.key) && item.key.value === part) return (item.value as YamlNode | null) ?? (item.key as YamlNode);
  }
  return null;
}
