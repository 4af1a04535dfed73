import { tokenFromHash } from '../lib/token-hash';

const STORAGE_KEY = 'copydesk.token';

/**
 * Takes the token from the URL fragment on first load, keeps it in
 * sessionStorage (so a reload keeps working), and clears the fragment from the
 * address bar so it is not shared by copy-paste or screen sharing.
 */
export function takeToken(): string | null {
  const fromHash = tokenFromHash(window.location.hash);
  if (fromHash) {
    sessionStorage.setItem(STORAGE_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return sessionStorage.getItem(STORAGE_KEY);
}

/** Forgets a token the server rejected. */
export function forgetToken(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
