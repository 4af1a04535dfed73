import { basename, win32 } from 'node:path';

/** `ENOSPC: no space left on device, write '/…'`: Node's system-error text, which names the absolute path. */
const SYSTEM_TEXT = /\b(E[A-Z]{2,}): [^,()\n]*?, [a-z]+(?: '[^'\n]*')?(?: -> '[^'\n]*')?/g;
/** An absolute path: POSIX `/a/b` or Windows `C:\a`, `\\server\share`, after a space, quote, bracket or the start. */
const ABSOLUTE_PATH = /(^|[\s'"(`=])((?:\/|[A-Za-z]:\\|\\\\)[^\s'"()`,;]*[^\s'"()`,;.:])/g;

/**
 * The message of an `internal` error as it may cross HTTP or IPC: Node's
 * system-error text becomes its code (`ENOSPC`), and an absolute path its
 * last part (the file or folder name). Messages we build name files
 * relative to the workspace; these are what a lower layer's message could
 * still carry (a cause quoted inside ours). The log keeps the original.
 */
export function publicMessage(message: string): string {
  return message
    .replace(SYSTEM_TEXT, '$1')
    .replace(ABSOLUTE_PATH, (_, before: string, path: string) => `${before}${lastPart(path)}`);
}

function lastPart(path: string): string {
  const name = path.startsWith('/') ? basename(path) : win32.basename(path);
  return name === '' ? '…' : name;
}
