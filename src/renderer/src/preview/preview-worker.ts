/// <reference lib="webworker" />
import { BlockRenderer } from './block-renderer';
import type { RenderRequest, RenderResponse } from './render-messages';

/*
 * The preview's pipeline off the main thread: a 1.5 MB article takes seconds
 * to parse, and typing must not wait for it. One request at a time; the
 * page sends only the latest text.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
// One pane's worker: its last render's chunks are kept, so a pause after typing parses only what changed.
const renderer = new BlockRenderer();

scope.onmessage = (event: MessageEvent<RenderRequest>) => {
  const { id, body, mdx, firstLine } = event.data;
  let response: RenderResponse;
  try {
    response = { id, ok: true, blocks: renderer.render(body, { mdx, firstLine }) };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
