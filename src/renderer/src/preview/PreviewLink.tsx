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
      const target = root ? Array.from(root.querySelectorAll<HTMLElement>('[id]')).find((element) => element.id === id) : null;
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
