import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, isAbsolute, sep } from 'node:path';

/**
 * The renderer's policy: no inline scripts, no remote code, no remote images
 * (a cover image comes through `/api/remote-image`, which main serves only
 * once the person allowed remote content for the folder). Inline styles stay
 * allowed: CodeMirror's style-mod mounts its theme as a <style> element in
 * the document, which a nonce per response would be needed to admit.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Extra headers of a proxied remote image: never a document, even if opened directly. */
export const REMOTE_IMAGE_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Cache-Control': 'private, max-age=600',
} as const;

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Headers every response carries, API or static. */
export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/**
 * Maps a URL path to a file strictly inside `root`, or null. Rejects encoded
 * or literal `..` segments, backslashes and NUL outright instead of
 * normalising them away, then re-checks the real path so a symlink inside
 * the build folder cannot point out of it.
 */
export async function resolveStaticPath(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return null;

  const realRoot = await realpath(root).catch(() => null);
  if (realRoot === null) return null;
  let candidate = join(realRoot, ...segments);
  const info = await stat(candidate).catch(() => null);
  if (info?.isDirectory()) candidate = join(candidate, 'index.html');

  const real = await realpath(candidate).catch(() => null);
  if (real === null) return null;
  const rel = relative(realRoot, real);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  const fileInfo = await stat(real).catch(() => null);
  return fileInfo?.isFile() ? real : null;
}

/** Serves GET/HEAD for the built renderer; everything it cannot serve is a plain-text 4xx/5xx. */
export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendText(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
  }
  if (hasTraversal(urlPath)) return sendText(res, 403, 'Forbidden.');
  const file = await resolveStaticPath(root, urlPath);
  if (file === null) {
    if (urlPath === '/' || urlPath === '/index.html') {
      return sendText(res, 503, 'The Copydesk interface is not built yet: run `npm run build`, then start the server again.');
    }
    return sendText(res, 404, 'Not found.');
  }
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const info = await stat(file);
  res.writeHead(200, {
    ...COMMON_HEADERS,
    'Content-Type': type,
    'Content-Length': info.size,
    // The HTML names hashed assets, so it must be re-fetched; the assets may be cached.
    'Cache-Control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=3600',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

/** True when a raw or percent-encoded `..` segment appears; such requests are refused, not normalised. */
function hasTraversal(urlPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return true;
  }
  return decoded.split(/[/\\]/).some((s) => s === '..');
}

export function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    ...extra,
  });
  res.end(text);
}
