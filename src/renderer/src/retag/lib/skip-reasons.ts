/**
 * Why a file was left out, in words an editor can act on. Keys are the
 * `reason` codes of plans and applies (shared/retag/plan-summary.ts) and of
 * undo (main/services/retag/undo-retag.ts); unknown codes are shown as words.
 */
const REASONS: Record<string, string> = {
  'no-tag-field': 'The file’s collection has no tag list',
  'no-category-field': 'The file’s collection has no category field',
  'not-yaml': 'The frontmatter is TOML or JSON; bulk edits write YAML only',
  'no-frontmatter': 'No frontmatter block at the top of the file',
  'yaml-syntax': 'The frontmatter YAML does not parse',
  'not-a-mapping': 'The frontmatter is not a list of key: value pairs',
  'tags-not-a-list': 'The tag list is a single value, not a list',
  'tag-not-text': 'A tag in the list is not plain text',
  'category-not-text': 'The category is a list or a group, not plain text',
  'edit-refused': 'The frontmatter could not be edited safely',
  unreadable: 'The file could not be read',
  'changed-since-plan': 'The file changed on disk since the plan was made',
  'not-writable': 'The file or its folder is not writable',
  'edited-since': 'The file was edited after the bulk edit',
  'deleted-since': 'The file was deleted after the bulk edit',
  'journal-damaged': 'The saved copy of the old file is damaged',
  'not-a-file': 'A pipe or device has its name now, not a regular file',
  forbidden: 'The file may not be changed',
  'outside-workspace': 'The file is outside the open folder',
  failed: 'Writing the file failed',
};

/** Sentence for a reason code, e.g. `tags-not-a-list` → `“tags” is a single value, not a list`. */
export function reasonText(reason: string | undefined): string {
  if (reason === undefined || reason === '') return 'Left alone';
  const known = REASONS[reason];
  if (known !== undefined) return known;
  const words = reason.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Reasons whose message is about the file's collection, not the file
 * (main/core/retag/retag-fields.ts): the same for every file of it, and the
 * part worth reading ("Collection "docs" has no tag list").
 */
const BY_COLLECTION = new Set(['no-tag-field', 'no-category-field']);

/**
 * The skipped list's summary: one line per reason, most frequent first,
 * except that a missing field is counted per collection with the message
 * that names it, so "12 files skipped: collection docs has no tag list"
 * reads as such.
 */
export function skipSummary(files: readonly { reason: string; message?: string }[]): { text: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { reason, message } of files) {
    const text = BY_COLLECTION.has(reason) && message ? message.replace(/\.$/, '') : reasonText(reason);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}
