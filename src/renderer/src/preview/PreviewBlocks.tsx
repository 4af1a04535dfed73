import { createElement, Fragment, memo, useRef } from 'react';
import type { ComponentProps, ReactElement } from 'react';
import { jsx, jsxs } from 'react/jsx-runtime';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { Components } from 'hast-util-to-jsx-runtime';
import type { PreviewBlock } from './render-markdown';
import { PreviewImage } from './PreviewImage';
import { PreviewLink } from './PreviewLink';

/** A heading with its anchor link (the slug id rehype-slug gave it), as the site shows it. */
function heading(level: 1 | 2 | 3 | 4 | 5 | 6) {
  return function Heading({ id, children, ...rest }: ComponentProps<'h1'>) {
    return createElement(
      `h${level}`,
      { id, ...rest },
      children,
      // Hidden from the accessibility tree so the heading's name stays its text; the id is what links use.
      id ? (
        <PreviewLink className="preview-anchor" href={`#${id}`} aria-hidden="true" tabIndex={-1}>
          #
        </PreviewLink>
      ) : null,
    );
  };
}

const components: Partial<Components> = {
  a: PreviewLink,
  img: PreviewImage,
  h1: heading(1),
  h2: heading(2),
  h3: heading(3),
  h4: heading(4),
  h5: heading(5),
  h6: heading(6),
};

/** React elements from sanitized hast; no innerHTML anywhere. */
function toElement(block: PreviewBlock): ReactElement {
  return toJsxRuntime(block.node, { Fragment, jsx, jsxs, components, elementAttributeNameCase: 'react', stylePropertyNameCase: 'dom' }) as ReactElement;
}

/**
 * The rendered body: one wrapper per top-level block carrying its file line
 * (`data-source-line`, for scroll sync and jumping). A block whose content
 * did not change keeps its element from the last render, so React skips
 * it: on a 1.5 MB article a keystroke re-renders one block, not thousands.
 */
export const PreviewBlocks = memo(function PreviewBlocks({ blocks }: { blocks: readonly PreviewBlock[] }) {
  const cache = useRef(new Map<string, ReactElement>());
  const next = new Map<string, ReactElement>();
  const children = blocks.map((block, index) => {
    let element = next.get(block.key) ?? cache.current.get(block.key);
    if (!element) element = toElement(block);
    next.set(block.key, element);
    return (
      <div key={index} className="preview-block" data-source-line={block.line} data-end-line={block.endLine}>
        {element}
      </div>
    );
  });
  cache.current = next;
  return <>{children}</>;
});
