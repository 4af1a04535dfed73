import type { ComponentProps, MouseEvent } from 'react';

/**
 * A link of the preview. Clicking never navigates the app: `#anchor` scrolls
 * the preview, an http(s) link opens outside (the shell checks it again),
 * anything else does nothing.
 */
export function PreviewLink({ href, children, ...rest }: ComponentProps<'a'>) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault();
    if (!href) return;
    if (href.startsWith('#')) {
      const root = event.currentTarget.closest('.preview-scroller');
      const id = decodeURIComponent(href.slice(1));
      // Raw HTML's own ids carry sanitize's `user-content-` prefix; its links were written without it.
      const ids = [id, `user-content-${id}`];
      const elements = root ? Array.from(root.querySelectorAll<HTMLElement>('[id]')) : [];
      const target = ids.map((wanted) => elements.find((element) => element.id === wanted)).find(Boolean);
      target?.scrollIntoView({ block: 'start' });
    } else if (/^https?:\/\//i.test(href)) {
      window.open(href, '_blank', 'noopener,noreferrer');
    }
  };
  return (
    <a {...rest} href={href} onClick={onClick} rel="noopener noreferrer" title={href && !href.startsWith('#') ? href : undefined}>
      {children}
    </a>
  );
}
