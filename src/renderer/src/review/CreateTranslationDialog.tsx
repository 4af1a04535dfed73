import { useEffect, useRef, useState } from 'react';
import { call, errorMessage } from '../api/client';
import { DialogFrame } from '../components/DialogFrame';

interface Props {
  /** The original to translate. */
  original: string;
  /** Its title, when known, to say which article. */
  title: string | null;
  lang: string;
  onCancel: () => void;
  /** The new file was written: its path. */
  onCreated: (path: string) => void;
}

/**
 * "Create the uk translation?": names the new file (where the collection's
 * pairing rule puts it, asked of `review.createTranslation` as a dry run, so
 * a refusal shows before the click), then writes it (a draft copy of the
 * original, never over an existing file) and reports a refusal in place.
 */
export function CreateTranslationDialog({ original, title, lang, onCancel, onCreated }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const createRef = useRef<HTMLButtonElement>(null);
  useEffect(() => createRef.current?.focus(), []);
  useEffect(() => {
    let live = true;
    call('review.createTranslation', { path: original, lang, dryRun: true }).then(
      (planned) => live && setTarget(planned.path),
      (caught: unknown) => live && setError(errorMessage(caught)),
    );
    return () => {
      live = false;
    };
  }, [original, lang]);

  const create = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const created = await call('review.createTranslation', { path: original, lang });
      onCreated(created.path);
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
      // The button was disabled while busy, which dropped focus: put it back, so Enter retries and Esc cancels.
      requestAnimationFrame(() => createRef.current?.focus());
    }
  };

  return (
    <DialogFrame labelledBy="create-translation-title" describedBy="create-translation-body" role="alertdialog" onClose={onCancel}>
      <h2 id="create-translation-title">Create the {lang.toUpperCase()} translation?</h2>
      <div id="create-translation-body" className="create-translation-body">
        {title && <p className="create-translation-article">{title}</p>}
        <p>
          A new file {target !== null ? <code dir="ltr">{target}</code> : 'in this language'} is written where the collection keeps its{' '}
          {lang} translations: a draft copy of the original, in {lang}, with the original&apos;s text to translate. Nothing is overwritten.
        </p>
        {error && (
          <p className="create-translation-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button ref={createRef} type="button" className="button button--primary" disabled={busy} onClick={() => void create()}>
          {busy ? 'Creating…' : 'Create translation'}
        </button>
      </div>
    </DialogFrame>
  );
}
