import type { KeyboardEvent } from 'react';
import type { ContentModel } from '@shared/model/content-model';
import { WarningIcon } from '../components/Icons';
import { fallbackText, trustQuestion } from './trust-words';
import type { FolderTrustState } from './useFolderTrust';

interface Props {
  folderTrust: FolderTrustState;
  /** The model in use meanwhile, for what Copydesk falls back to; null while loading. */
  model: ContentModel | null;
}

/** Whether the banner asks: a content config that did not run, a folder never asked about, and a host that can change trust. */
export function shouldAskTrust({ trust }: Pick<FolderTrustState, 'trust'>): boolean {
  return trust !== null && trust.canRun && !trust.trusted && !trust.asked && trust.canChange && trust.file !== null;
}

/**
 * Asks once per folder whether its content config may run, above the
 * library: not a dialog, so the folder stays usable on the fallback model
 * while the person decides. Tab reaches its buttons; Esc while it has focus
 * is "Not now". Either answer is remembered by main.
 */
export function TrustBanner({ folderTrust, model }: Props) {
  const { trust, pending, error, setTrusted } = folderTrust;
  if (!trust?.file || !shouldAskTrust(folderTrust)) return null;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'Escape' || pending) return;
    // Handled here: the window's Esc (close the article, clear the search) must not run too.
    event.preventDefault();
    void setTrusted(false);
  };
  const meanwhile = fallbackText(model);
  return (
    <div className="notice notice--trust" role="region" aria-label="Trust this folder?" data-testid="trust-banner" onKeyDown={onKeyDown}>
      <WarningIcon />
      <div className="notice-text">
        <p className="trust-question">{trustQuestion(trust.file)}</p>
        {meanwhile && <p className="trust-meanwhile">{meanwhile} You can trust or revoke it later under Collections.</p>}
        {error && (
          <p className="trust-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="trust-actions">
        <button type="button" className="button button--primary" disabled={pending} onClick={() => void setTrusted(true)}>
          {pending ? 'Reading the content config…' : 'Trust folder'}
        </button>
        <button type="button" className="button" disabled={pending} onClick={() => void setTrusted(false)} title="Keep using the fallback; ask no more for this folder (Esc)">
          Not now
        </button>
      </div>
    </div>
  );
}
