import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModelNote } from '@shared/model/content-model';
import { parseCopydeskConfig, type CopydeskConfig } from '../../core/model';

export const CONFIG_FILES = ['copydesk.config.json', 'copydesk.config.yaml', 'copydesk.config.yml'] as const;

export type ConfigRead = { file: null } | { file: string; config: CopydeskConfig } | { file: string; config: null; errors: ModelNote[] };

/** Reads the folder's `copydesk.config.*`, first of `CONFIG_FILES` found. Never throws. */
export async function readCopydeskConfig(root: string): Promise<ConfigRead> {
  const file = CONFIG_FILES.find((name) => existsSync(join(root, name)));
  if (file === undefined) return { file: null };
  let text: string;
  try {
    text = await readFile(join(root, file), 'utf8');
  } catch (error) {
    return { file, config: null, errors: [{ file, message: `${file} could not be read: ${(error as Error).message}` }] };
  }
  const parsed = parseCopydeskConfig(text.replace(/^\uFEFF/, ''), file);
  return parsed.ok ? { file, config: parsed.config } : { file, config: null, errors: parsed.errors };
}
