/**
 * The largest frontmatter Copydesk parses, in UTF-16 code units of the YAML
 * between the delimiters. A real one is about 1 kB; this is sixty times
 * that. Parsing is linear, but a hostile 1.4 MB block of 100,000 keys still
 * held a thread for seconds (the `yaml` package: ~10 µs a key), and the
 * server's thread must never be held for long. A larger block is reported
 * as an issue naming the limit, never parsed in part.
 */
export const MAX_FRONTMATTER_LENGTH = 64 * 1024;

/** The message for a frontmatter over the limit; `length` as measured above. */
export function frontmatterTooLargeMessage(length: number): string {
  return `The frontmatter is ${Math.ceil(length / 1024)} kB long; Copydesk reads frontmatter of up to ${MAX_FRONTMATTER_LENGTH / 1024} kB. Move long text into the body.`;
}
