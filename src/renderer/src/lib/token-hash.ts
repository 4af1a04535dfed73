/**
 * `copydesk serve` prints `http://127.0.0.1:PORT/#token=…`: the token sits in
 * the fragment so it never reaches the server in a URL or a log line.
 */

/** The token from a location hash such as `#token=abc`, or `null`. */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token && token.trim() ? token.trim() : null;
}
