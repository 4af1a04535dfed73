/**
 * The sentence appended when files were written but the index could not
 * take them (its disk is full too). The index is a cache: nothing is lost,
 * and saying so keeps the count of written files in the same message.
 */
export function staleIndexNote(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return ` The search index could not be updated (${message}); it catches up the next time the folder is indexed.`;
}
