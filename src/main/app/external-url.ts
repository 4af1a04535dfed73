/** What the shell does with a link the renderer wants to open outside the app. */
export type ExternalUrlAction = 'open' | 'ask' | 'refuse';

/**
 * Decides what `shell.openExternal` may do with a URL from the renderer:
 * https opens in the person's browser; plain http is shown to the person
 * first (it travels unencrypted, and a link in an article can lie about
 * where it points); everything else (file:, javascript:, custom protocols
 * that launch programs, URLs with credentials, relative paths) is refused.
 */
export function externalUrlAction(raw: string): ExternalUrlAction {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'refuse';
  }
  if (url.hostname === '' || url.username !== '' || url.password !== '') return 'refuse';
  if (url.protocol === 'https:') return 'open';
  if (url.protocol === 'http:') return 'ask';
  return 'refuse';
}
