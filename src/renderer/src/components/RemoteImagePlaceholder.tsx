import { useState } from 'react';
import { errorMessage } from '../api/client';

interface Props {
  /** The accessible name of the group: which image this stands for. */
  label: string;
  /** Records the person's consent for the open folder (`useRemoteImages().allow`). */
  onAllow: () => Promise<void>;
  /** What the placeholder says; "Remote image not loaded." unless the place has more to tell. */
  note?: string;
  /** An extra class for where it sits (the form's group header, the preview's text). */
  className?: string;
}

/**
 * Stands in for a remote image until the person allows remote content for
 * the folder: loading it would tell the image's host their address and that
 * they opened this article. The one placeholder for every remote image the
 * app shows (the form's cover thumbnails, the preview's images); a `span`,
 * so it may sit inside a paragraph.
 */
export function RemoteImagePlaceholder({ label, onAllow, note = 'Remote image not loaded.', className }: Props) {
  const [error, setError] = useState<string | null>(null);
  return (
    <span className={className ? `remote-image-placeholder ${className}` : 'remote-image-placeholder'} role="group" aria-label={label}>
      <span className="remote-image-placeholder-note">{note}</span>
      <button type="button" className="button button--small remote-image-placeholder-allow" onClick={() => onAllow().catch((caught: unknown) => setError(errorMessage(caught)))}>
        Load remote images for this folder
      </button>
      {error && <span className="remote-image-placeholder-error">{error}</span>}
    </span>
  );
}
