import type { PreviewBlock } from './render-markdown';

/** What the page asks the preview worker. */
export interface RenderRequest {
  id: number;
  body: string;
  mdx: boolean;
  firstLine: number;
}

/** The worker's answer to request `id`. */
export type RenderResponse = { id: number; ok: true; blocks: PreviewBlock[] } | { id: number; ok: false; message: string };
