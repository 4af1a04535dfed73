import { snippetSegments } from '../lib/snippet';

/** An FTS snippet with its matches as `<mark>` elements (built as React nodes, never HTML). */
export function Snippet({ text }: { text: string }) {
  return (
    <>
      {snippetSegments(text).map((segment, i) =>
        segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}
