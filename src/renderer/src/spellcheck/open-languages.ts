import { call, transport } from '../api/client';

/** Coalesces a pair opening (two panes reporting) into one message. */
const SETTLE_MS = 150;

const byPane = new Map<string, string>();
let timer: ReturnType<typeof setTimeout> | null = null;
let sent = '';

/**
 * Records the language of the article a pane shows (null: the pane closed).
 * In Electron the set of open languages goes to the main process, which
 * points the session's spell checker at them; a browser needs nothing, it
 * checks each field in the `lang` the field carries.
 */
export function setPaneLanguage(paneId: string, lang: string | null): void {
  if (lang) byPane.set(paneId, lang);
  else byPane.delete(paneId);
  if (transport !== 'electron') return;
  if (timer) clearTimeout(timer);
  timer = setTimeout(send, SETTLE_MS);
}

function send(): void {
  timer = null;
  const langs = [...new Set(byPane.values())];
  const key = langs.join(',');
  // Closing every pane keeps the last dictionaries: nothing is being typed then.
  if (key === sent || langs.length === 0) return;
  sent = key;
  call('spellcheck.languages', { langs }).catch(() => {
    // Spell checking is a help, not a duty: the next change tries again.
    sent = '';
  });
}
