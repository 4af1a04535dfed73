import { useState } from 'react';
import type { ComponentProps } from 'react';
import { remoteImageSrc } from '../api/client';
import { RemoteImagePlaceholder } from '../components/RemoteImagePlaceholder';
import { useRemoteImages } from '../hooks/useRemoteImages';
import { classifyImage } from './image-source';

/** The host an image would be asked from, for the placeholder's words. */
const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/**
 * A remote image under the folder's remote-content rule, like the form's
 * cover thumbnails: through main's proxy once the person allowed remote
 * content for the folder (the page's CSP refuses a direct one), the shared
 * placeholder with its "Load remote images for this folder" action until then.
 */
function RemoteImage({ url, alt, title }: { url: string; alt: string | undefined; title: string | undefined }) {
  const remote = useRemoteImages();
  const [failed, setFailed] = useState(false);
  const name = alt ? `“${alt}”` : 'Image';
  if (remote.allowed === true && !failed) {
    return <img src={remoteImageSrc(url)} alt={alt ?? ''} title={title} loading="lazy" decoding="async" referrerPolicy="no-referrer" onError={() => setFailed(true)} />;
  }
  if (remote.allowed === false) {
    return (
      <RemoteImagePlaceholder
        className="preview-remote-image"
        label={`${name} (remote image from ${hostOf(url)}, not loaded)`}
        note={`${name} — remote image from ${hostOf(url)} not loaded.`}
        onAllow={remote.allow}
      />
    );
  }
  // Still asking main whether the folder allows it, or the proxy could not bring it.
  const why = failed ? `did not load from ${hostOf(url)}` : `remote image from ${hostOf(url)}`;
  return (
    <span className="preview-image-placeholder" role="img" aria-label={`${name} (${why})`} title={title}>
      {name} — {why}
    </span>
  );
}

/**
 * An image of the preview: a remote one under the folder's remote-content
 * rule (above), an inline data: image always, a site path as a labelled
 * placeholder (the preview cannot know what the site serves there).
 */
export function PreviewImage({ src, alt, title }: ComponentProps<'img'>) {
  const source = classifyImage(typeof src === 'string' ? src : undefined);
  if (source.kind === 'remote') return <RemoteImage url={source.url} alt={alt} title={title} />;
  const label = alt ? `“${alt}”` : 'Image';
  if (source.kind === 'inline') return <img src={source.url} alt={alt ?? ''} title={title} decoding="async" />;
  const why = source.kind === 'local' ? `site image: ${source.path}` : 'image blocked';
  return (
    <span className="preview-image-placeholder" role="img" aria-label={`${label} (${why})`} title={title}>
      {label} — {why}
    </span>
  );
}
