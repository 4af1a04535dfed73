import type { ComponentProps } from 'react';
import { classifyImage, useRemoteImagesAllowed } from './remote-images';

/**
 * An image of the preview, through the one gate: a remote image only when
 * remote images are allowed (never a referrer), an inline data: image
 * always, a site path as a labelled placeholder (the preview cannot know
 * what the site serves there).
 */
export function PreviewImage({ src, alt, title }: ComponentProps<'img'>) {
  const allowed = useRemoteImagesAllowed();
  const source = classifyImage(typeof src === 'string' ? src : undefined);
  const label = alt ? `“${alt}”` : 'Image';
  if (source.kind === 'inline' || (source.kind === 'remote' && allowed)) {
    return <img src={source.url} alt={alt ?? ''} title={title} loading="lazy" decoding="async" referrerPolicy="no-referrer" />;
  }
  const why = source.kind === 'remote' ? `remote image not loaded: ${source.url}` : source.kind === 'local' ? `site image: ${source.path}` : 'image blocked';
  return (
    <span className="preview-image-placeholder" role="img" aria-label={`${label} (${why})`} title={title}>
      {label} — {why}
    </span>
  );
}
