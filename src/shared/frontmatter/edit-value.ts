import { isScalar, isSeq, type Node } from 'yaml';
import type { ScalarValue } from './render-scalar';

/** A value the editor writes: a scalar or a list of scalars (tags). */
export type EditValue = ScalarValue | readonly ScalarValue[];

function toScalar(value: unknown): ScalarValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  return undefined;
}

/**
 * Checks a caller's value and turns a `Date` into its ISO string. Returns
 * undefined for anything else (objects, undefined, nested lists): those are
 * refused, not guessed at.
 */
export function toEditValue(value: unknown): EditValue | undefined {
  if (!Array.isArray(value)) return toScalar(value);
  const items: ScalarValue[] = [];
  for (const item of value as unknown[]) {
    const scalar = toScalar(item);
    if (scalar === undefined) return undefined;
    items.push(scalar);
  }
  return items;
}

/** True when the node already holds exactly `value` (same type too: `'2026'` is not `2026`). */
export function holdsValue(node: Node | null, value: EditValue): boolean {
  if (Array.isArray(value)) {
    if (!isSeq(node) || node.items.length !== value.length) return false;
    return node.items.every((item, i) => isScalar(item) && sameScalar(item.value, value[i]));
  }
  if (node === null) return value === null;
  return isScalar(node) && sameScalar(node.value, value);
}

function sameScalar(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b));
}
