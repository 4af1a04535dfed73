import { useState } from 'react';
import { remoteImageSrc } from '../../api/client';

/** Picks the smallest image of a group of URL fields: `thumb`, then `small`, then any https URL. */
export function previewUrl(values: Readonly<Record<string, unknown>> | undefined): string | null {
  if (!values) return null;
  const https = (key: string): string | null => {
    const value = values[key];
    return typeof value === 'string' && /^https:\/\//i.test(value) ? value : null;
  };
  const keys = Object.keys(values);
  const preferred = [...keys.filter((key) => /thumb/i.test(key)), ...keys.filter((key) => /small/i.test(key)), ...keys];
  for (const key of preferred) {
    const url = https(key);
    if (url) return url;
  }
  return null;
}

/**
 * A lazily loaded thumbnail of a remote image, through main's proxy (shown
 * only once remote content is allowed for the folder); a failed load shows a
 * note instead of a broken image.
 */
export function ImagePreview({ url, label }: { url: string; label: string }) {
  const [failed, setFailed] = useState<string | null>(null);
  if (failed === url) return <span className="image-preview image-preview--failed">Image did not load</span>;
  return (
    <img
      className="image-preview"
      src={remoteImageSrc(url)}
      alt={label}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      onError={() => setFailed(url)}
    />
  );
}
