import type { z } from 'zod';

type ZodIssue = z.core.$ZodIssue;

/** What a field's value should be, in words, for zod's type names. */
const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  date: 'a date',
  array: 'a list',
  object: 'a group of fields',
  record: 'a group of fields',
  null: 'empty',
};

/** zod's own wording (English locale), which names types and joins options with pipes; a schema's own messages are kept. */
const ZOD_DEFAULT = /^(Invalid input|Invalid option|Invalid string|Invalid number|Invalid|Too small|Too big|Unrecognized key)/;

export interface IssueMessageOptions {
  /** The value at the issue's path (undefined when the key is absent). */
  value: unknown;
  /** The field's label ("Sentiment"); without it the message is for a place beside the field ("Must be one of …"). */
  label?: string;
}

/**
 * The one wording of a schema problem, for the form, the lint marks, save
 * errors and the Problems view alike: "Sentiment must be one of POSITIVE,
 * NEGATIVE, NEUTRAL", "Language is required" — or, beside the field, "Must be
 * one of …", "Required". Messages the schema wrote itself are kept. Pure.
 */
export function issueMessage(issue: ZodIssue, { value, label }: IssueMessageOptions): string {
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) return label ? `${label} is required` : 'Required';
  if (issue.code === 'invalid_union') {
    const branches = issue.errors.flat();
    // For unions (dates, ids) the branch whose type matched says more than "invalid input".
    const specific = branches.find((branch) => branch.code !== 'invalid_type');
    if (specific) return issueMessage(specific, { value, ...(label !== undefined && { label }) });
    const expected = [...new Set(branches.flatMap((branch) => (branch.code === 'invalid_type' ? [EXPECTED[branch.expected] ?? branch.expected] : [])))];
    if (expected.length > 0) return predicate(label, `must be ${expected.join(' or ')}`);
  }
  if (!ZOD_DEFAULT.test(issue.message)) return own(label, issue.message);
  switch (issue.code) {
    case 'invalid_value':
      return predicate(label, `must be ${issue.values.length === 1 ? String(issue.values[0]) : `one of ${issue.values.map(String).join(', ')}`}`);
    case 'invalid_type':
      return predicate(label, `must be ${EXPECTED[issue.expected] ?? issue.expected}`);
    case 'too_small':
      return predicate(label, bound(issue.origin, Number(issue.minimum), issue.inclusive !== false, 'least'));
    case 'too_big':
      return predicate(label, bound(issue.origin, Number(issue.maximum), issue.inclusive !== false, 'most'));
    case 'invalid_format':
      return predicate(label, issue.format === 'url' ? 'must be a URL such as https://example.com/' : `must be a valid ${issue.format}`);
    case 'unrecognized_keys':
      return predicate(label, `has unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.join(', ')}`);
    default:
      return predicate(label, 'is not valid');
  }
}

/** "Score must be a number" with a label, "Must be a number" without. */
function predicate(label: string | undefined, rest: string): string {
  return label ? `${label} ${rest}` : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** A schema's own message ("Expected a URL such as …"), under the label when it does not already start with it. */
function own(label: string | undefined, message: string): string {
  if (!label || message.toLowerCase().startsWith(label.toLowerCase())) return message;
  return `${label}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}

function bound(origin: string, limit: number, inclusive: boolean, end: 'least' | 'most'): string {
  if (origin === 'string') {
    if (end === 'least' && limit <= 1) return 'must not be empty';
    return `must have at ${end} ${limit} ${limit === 1 ? 'character' : 'characters'}`;
  }
  if (origin === 'array' || origin === 'set') {
    if (end === 'least' && limit <= 1) return 'must not be empty';
    return `must have at ${end} ${limit} ${limit === 1 ? 'item' : 'items'}`;
  }
  if (!inclusive) return `must be ${end === 'least' ? 'more' : 'less'} than ${limit}`;
  return `must be at ${end} ${limit}`;
}
