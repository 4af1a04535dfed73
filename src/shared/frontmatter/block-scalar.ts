import { NEEDS_ESCAPE } from './plain-scalar';

/** A block scalar as written: the header after `key: ` and the content lines (already indented, no line endings). */
export interface BlockScalarText {
  header: string;
  lines: string[];
}

/**
 * Writes `value` as a block scalar in the style of the old one (`|` literal or
 * `>` folded). The chomping indicator follows the value's trailing newlines
 * (none → `-`, one → clip, more → `+`). A folded scalar cannot hold a single
 * line break without doubling it, so multi-line values switch to `|`. Lines
 * are never folded. Returns null when a block scalar cannot carry the value
 * exactly (empty, leading indentation on the first line, whitespace-only
 * lines, control characters); the caller then writes a double-quoted string.
 */
export function blockScalarText(value: string, indicator: '|' | '>', indent: string): BlockScalarText | null {
  if (value.includes('\r') || NEEDS_ESCAPE.test(value)) return null;
  const body = value.replace(/\n+$/, '');
  if (body === '' || /^[ \t]/.test(body)) return null;
  const trailing = value.length - body.length;
  const lines = body.split('\n');
  if (lines.some((line) => line !== '' && line.trim() === '')) return null;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const style = lines.length > 1 ? '|' : indicator;
  const content = lines.map((line) => (line === '' ? '' : indent + line));
  // Keep (`+`) chomping: the extra trailing newlines are written as empty lines.
  for (let i = 1; i < trailing; i++) content.push('');
  return { header: style + chomp, lines: content };
}
