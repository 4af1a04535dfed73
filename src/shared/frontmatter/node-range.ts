/** `[start, valueEnd, nodeEnd]` of a parsed YAML node (offsets into the YAML block), or undefined for a missing/unparsed node. */
export type NodeRange = [number, number, number];

/** The source range of anything that may be a parsed node (keys and values are typed `unknown` on a `Pair`). */
export function rangeOf(node: unknown): NodeRange | undefined {
  return (node as { range?: NodeRange | null } | null | undefined)?.range ?? undefined;
}
