import type { SyntaxNode, Tree } from '@lezer/common';
import { parseMarkdown } from './markdown-tree';

/** The URLs a Markdown body links to and shows as images, each once, in order of appearance. */
export interface BodyUrls {
  links: string[];
  images: string[];
}

/**
 * Extracts link and image URLs: inline (`[t](url)`, `![a](url)`), reference
 * style (`[t][id]`, `[t][]`, `[t]` with `[id]: url`), autolinks (`<url>`) and
 * bare GFM URLs. A reference definition nothing uses still counts as a link.
 * Angle brackets around a URL are dropped. Raw HTML (`<a href>`) is not read.
 */
export function extractUrls(body: string): BodyUrls {
  return urlsFromTree(parseMarkdown(body), body);
}

/** `extractUrls` on an already parsed tree. */
export function urlsFromTree(tree: Tree, body: string): BodyUrls {
  const definitions = new Map<string, string>();
  const uses: { kind: 'link' | 'image'; url?: string; label?: string }[] = [];

  const cursor = tree.cursor();
  do {
    const node = cursor.node;
    switch (node.name) {
      case 'LinkReference': {
        const label = node.getChild('LinkLabel');
        const url = node.getChild('URL');
        if (label && url) {
          const key = normaliseLabel(body.slice(label.from + 1, label.to - 1));
          // CommonMark: the first definition of a label wins.
          if (!definitions.has(key)) definitions.set(key, urlText(body, url));
        }
        break;
      }
      case 'Link':
      case 'Image': {
        const kind = node.name === 'Link' ? 'link' : 'image';
        const url = node.getChild('URL');
        uses.push(url ? { kind, url: urlText(body, url) } : { kind, label: referenceLabel(node, body) });
        break;
      }
      case 'Autolink': {
        const url = node.getChild('URL');
        if (url) uses.push({ kind: 'link', url: urlText(body, url) });
        break;
      }
      case 'URL': {
        // A bare GFM URL; the others sit inside the nodes handled above.
        const parent = node.parent?.name;
        if (parent !== 'Link' && parent !== 'Image' && parent !== 'Autolink' && parent !== 'LinkReference') {
          uses.push({ kind: 'link', url: urlText(body, node) });
        }
        break;
      }
    }
  } while (cursor.next());

  const links = new Set<string>();
  const images = new Set<string>();
  const used = new Set<string>();
  for (const use of uses) {
    let url = use.url;
    if (url === undefined && use.label !== undefined) {
      url = definitions.get(use.label);
      if (url !== undefined) used.add(use.label);
    }
    if (url !== undefined && url !== '') (use.kind === 'image' ? images : links).add(url);
  }
  for (const [label, url] of definitions) if (!used.has(label)) links.add(url);
  return { links: [...links], images: [...images] };
}

function urlText(body: string, node: SyntaxNode): string {
  const raw = body.slice(node.from, node.to).trim();
  return raw.startsWith('<') && raw.endsWith('>') ? raw.slice(1, -1) : raw;
}

/** CommonMark label matching: case-insensitive, inner whitespace collapsed. */
function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** `[text][label]` → label; `[text][]` and `[text]` → text. */
function referenceLabel(node: SyntaxNode, body: string): string {
  const label = node.getChild('LinkLabel');
  if (label && label.to - label.from > 2) return normaliseLabel(body.slice(label.from + 1, label.to - 1));
  const marks = node.getChildren('LinkMark');
  const open = marks[0];
  const close = marks[1];
  return open && close ? normaliseLabel(body.slice(open.to, close.from)) : '';
}
