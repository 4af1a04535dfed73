/**
 * Why a file was left out, in words an editor can act on. Keys are the
 * `reason` codes of plans and applies (shared/retag/plan-summary.ts) and of
 * undo (main/services/retag/undo-retag.ts); unknown codes are shown as words.
 */
const REASONS: Record<string, string> = {
  'no-frontmatter': 'No frontmatter block at the top of the file',
  'yaml-syntax': 'The frontmatter YAML does not parse',
  'not-a-mapping': 'The frontmatter is not a list of key: value pairs',
  'tags-not-a-list': '“tags” is a single value, not a list',
  'tag-not-text': 'A tag in the list is not plain text',
  'category-not-text': '“category” is a list or a group, not plain text',
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

/** Counts per reason, most frequent first, for the summary line of a skipped list. */
export function reasonCounts(files: readonly { reason: string }[]): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { reason } of files) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
