import { CopydeskError } from './errors';

/**
 * `2026/01/a.md: … (forbidden)` for a CopydeskError, `… (ENOSPC)` for a
 * system error; always one line, never a stack trace. What a person reads
 * on stderr or in a log when something failed.
 */
export function errorLine(error: unknown): string {
  if (error instanceof CopydeskError) {
    const where = error.path !== undefined && !error.message.includes(error.path) ? `${error.path}: ` : '';
    return `${where}${oneLine(error.message)} (${error.code})`;
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && code !== '' && !error.message.includes(code) ? `${oneLine(error.message)} (${code})` : oneLine(error.message);
  }
  return oneLine(String(error));
}

/** The stack of an error and of each `cause` under it, for `--debug` / COPYDESK_DEBUG. */
export function errorStacks(error: unknown): string {
  const parts: string[] = [];
  for (let current = error, depth = 0; current !== undefined && depth < 5; depth++) {
    parts.push(current instanceof Error ? (current.stack ?? `${current.name}: ${current.message}`) : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return `${parts.join('\nCaused by: ')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
