import { z } from 'zod';

/**
 * One line of a diff. `text` never holds the line ending; `eol` says which one
 * the line had, so a change of line ending alone is still visible:
 * omitted = `\n`, `crlf` = `\r\n`, `none` = last line without a newline.
 */
export const diffLineSchema = z.object({
  kind: z.enum([' ', '-', '+']),
  text: z.string(),
  eol: z.enum(['crlf', 'none']).optional(),
});

/**
 * A run of changed lines with up to `context` unchanged lines around it.
 * `oldStart`/`newStart` are 1-based line numbers of the hunk's first line in
 * the old/new text; a side with no lines in the hunk gives the number its
 * next line would have.
 */
export const diffHunkSchema = z.object({
  oldStart: z.number().int().positive(),
  newStart: z.number().int().positive(),
  lines: z.array(diffLineSchema),
});

export type DiffLine = z.infer<typeof diffLineSchema>;
export type DiffHunk = z.infer<typeof diffHunkSchema>;
