/** One piece of a search-box query. */
export type QueryToken =
  | { type: 'word'; text: string }
  | { type: 'phrase'; text: string }
  | { type: 'filter'; key: string; value: string; negated: boolean; raw: string };

/**
 * Splits a query into words, quoted phrases and `key:value` filters
 * (`tag:"BITCOIN MINING"`, `-tag:X`). Never fails: an unclosed quote runs
 * to the end of the input.
 */
export function tokenizeQuery(input: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  let i = 0;
  while (i < input.length) {
    if (/\s/.test(input[i] ?? '')) {
      i++;
      continue;
    }
    const start = i;
    const filter = /^(-?)([A-Za-z][\w-]*):/.exec(input.slice(i, i + 64));
    if (filter) {
      const [whole, minus = '', key = ''] = filter;
      const read = readValue(input, i + whole.length);
      i = read.end;
      tokens.push({ type: 'filter', key: key.toLowerCase(), value: read.value, negated: minus === '-', raw: input.slice(start, i) });
      continue;
    }
    if (input[i] === '"') {
      const read = readQuoted(input, i);
      i = read.end;
      if (read.value.trim() !== '') tokens.push({ type: 'phrase', text: read.value.trim() });
      continue;
    }
    while (i < input.length && !/\s/.test(input[i] ?? '')) i++;
    tokens.push({ type: 'word', text: input.slice(start, i) });
  }
  return tokens;
}

function readValue(input: string, from: number): { value: string; end: number } {
  if (input[from] === '"') return readQuoted(input, from);
  let end = from;
  while (end < input.length && !/\s/.test(input[end] ?? '')) end++;
  return { value: input.slice(from, end), end };
}

/** `from` points at the opening quote; `""` inside is not an escape, it simply ends and reopens. */
function readQuoted(input: string, from: number): { value: string; end: number } {
  const close = input.indexOf('"', from + 1);
  if (close === -1) return { value: input.slice(from + 1), end: input.length };
  return { value: input.slice(from + 1, close), end: close + 1 };
}
