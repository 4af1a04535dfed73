/**
 * Whether a link from the renderer may be handed to `shell.openExternal`:
 * only absolute http(s) URLs without credentials. Everything else
 * (file:, javascript:, custom protocols that launch programs) is refused.
 */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.username === '' && url.password === '';
}
