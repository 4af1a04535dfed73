import type { AlignedPair, Block } from '@shared/review';
import { alignSequences, type SequenceStep } from './align-sequences';

export type { AlignedPair } from '@shared/review';

/** What the scores need from a block, computed once. */
interface Features {
  kind: Block['kind'];
  level: number;
  length: number;
  /** Sentence ends: translations keep sentences one for one far more often than words. */
  sentences: number;
  /** Digit runs: numbers, years and amounts survive translation, words do not. */
  numbers: Set<string>;
  text: string;
}

interface Section {
  /** Index of the heading block, or null for the text before the first heading. */
  heading: number | null;
  level: number;
  blocks: number[];
  /** Heading level and body kinds, e.g. `2:paragraph,paragraph`. */
  signature: string;
  /** The body's kinds as in `signature` (`kindOverlap` counts them for every pair of sections). */
  kinds: string[];
  length: number;
  numbers: Set<string>;
  code: Set<string>;
}

/**
 * Aligns a source's blocks with a translation's, returning every block of
 * both exactly once, in reading order.
 *
 * Sections first: a section is a heading and the blocks up to the next
 * heading. Section headings are aligned by level, scored by how alike the
 * sections are (same block kinds, length in proportion to the two texts'
 * overall lengths, shared numbers, identical code), so a moved or dropped
 * section shows as missing + extra rather than shifting every pair after it.
 * Then the blocks of each paired section: identical kind sequences pair one
 * to one; otherwise an order-keeping alignment in which only blocks of the
 * same kind (and heading level) may pair, lengths and numbers decide which,
 * and identical code blocks are strong anchors. A paragraph is never paired
 * with a heading, nor code with prose. Large inputs stay linear in memory
 * (see `alignSequences`).
 */
export function alignBlocks(source: readonly Block[], target: readonly Block[]): AlignedPair[] {
  const sf = source.map(features);
  const tf = target.map(features);
  const ss = sections(source, sf);
  const ts = sections(target, tf);
  const ratio = lengthRatio(ss, ts, sf, tf);
  const out: AlignedPair[] = [];

  const steps = alignSequences(ss.length - 1, ts.length - 1, (i, j) => sectionScore(ss[i + 1], ts[j + 1], ratio), {
    same: (i, j) => ss[i + 1]?.signature === ts[j + 1]?.signature,
  });
  // The text before the first heading always faces the other side's.
  const all: SequenceStep[] = [{ a: -1, b: -1 }, ...steps];
  for (const step of all) {
    const s = step.a === null ? undefined : ss[step.a + 1];
    const t = step.b === null ? undefined : ts[step.b + 1];
    if (s && t) {
      if (s.heading !== null && t.heading !== null) out.push({ source: s.heading, target: t.heading, kind: 'match' });
      alignSection(s.blocks, t.blocks, sf, tf, ratio, out);
    } else if (s) {
      for (const index of withHeading(s)) out.push({ source: index, target: null, kind: 'missing' });
    } else if (t) {
      for (const index of withHeading(t)) out.push({ source: null, target: index, kind: 'extra' });
    }
  }
  return out;
}

function alignSection(a: number[], b: number[], sf: Features[], tf: Features[], ratio: number, out: AlignedPair[]): void {
  const kindsA = a.map((i) => kindKey(sf[i]));
  const kindsB = b.map((j) => kindKey(tf[j]));
  if (kindsA.join() === kindsB.join()) {
    a.forEach((i, k) => out.push({ source: i, target: b[k] ?? null, kind: 'match' }));
    return;
  }
  const steps = alignSequences(a.length, b.length, (i, j) => blockScore(sf[a[i] ?? -1], tf[b[j] ?? -1], ratio));
  for (const step of steps) {
    const source = step.a === null ? null : (a[step.a] ?? null);
    const target = step.b === null ? null : (b[step.b] ?? null);
    out.push({ source, target, kind: source === null ? 'extra' : target === null ? 'missing' : 'match' });
  }
}

function blockScore(s: Features | undefined, t: Features | undefined, ratio: number): number {
  if (!s || !t || s.kind !== t.kind) return 0;
  if (s.kind === 'heading' && s.level !== t.level) return 0;
  if (s.kind === 'code') return s.text === t.text ? 3 : 0.5;
  const nested = s.kind === 'list-item' && s.level !== t.level ? 0.5 : 1;
  const sentences = Math.min(s.sentences, t.sentences) / Math.max(s.sentences, t.sentences, 1);
  const alike = 0.7 * lengthSimilarity(s.length, t.length, ratio) + 0.3 * (s.sentences === t.sentences ? 1 : sentences);
  return nested * (0.5 + 0.5 * alike) + 0.5 * jaccard(s.numbers, t.numbers);
}

function sectionScore(s: Section | undefined, t: Section | undefined, ratio: number): number {
  if (!s || !t || s.level !== t.level) return 0;
  const shape = s.signature === t.signature ? 1 : 0.3 * kindOverlap(s, t);
  let sharedCode = 0;
  for (const code of s.code) if (t.code.has(code)) sharedCode++;
  // The small constant lets headings pair even when one side's section lost all its text.
  return 0.05 + shape * (0.5 + 0.5 * lengthSimilarity(s.length, t.length, ratio)) + 0.5 * jaccard(s.numbers, t.numbers) + 2 * sharedCode;
}

function features(block: Block): Features {
  return {
    kind: block.kind,
    level: block.level ?? 0,
    length: block.text.length,
    sentences: block.text.match(/[.!?…。！？]+(?=\s|$)/g)?.length ?? 0,
    numbers: new Set(block.text.match(/\d+/g) ?? []),
    text: block.text,
  };
}

const kindKey = (f: Features | undefined): string => (f ? (f.kind === 'heading' ? `h${f.level}` : f.kind) : '');

function sections(blocks: readonly Block[], f: Features[]): Section[] {
  const list: Section[] = [];
  let current = emptySection(null, 0);
  list.push(current);
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      current = emptySection(index, block.level ?? 1);
      current.length = block.text.length;
      list.push(current);
    } else {
      current.blocks.push(index);
      const feature = f[index];
      current.length += block.text.length;
      for (const n of feature?.numbers ?? []) current.numbers.add(n);
      if (block.kind === 'code') current.code.add(block.text);
    }
  });
  for (const section of list) {
    section.kinds = section.blocks.map((i) => kindKey(f[i]));
    section.signature = `${section.level}:${section.kinds.join()}`;
  }
  return list;
}

function emptySection(heading: number | null, level: number): Section {
  return { heading, level, blocks: [], signature: '', kinds: [], length: 0, numbers: new Set(), code: new Set() };
}

const withHeading = (s: Section): number[] => (s.heading === null ? s.blocks : [s.heading, ...s.blocks]);

/**
 * Translations run longer or shorter than their source; block lengths are
 * compared in that proportion. Estimated as the median length ratio of the
 * prose blocks of sections whose shapes agree (those pair one to one), so a
 * dropped paragraph does not skew it; else the ratio of the totals.
 */
function lengthRatio(ss: Section[], ts: Section[], sf: Features[], tf: Features[]): number {
  const ratios: number[] = [];
  const bySignature = new Map<string, Section[]>();
  for (const t of ts) bySignature.set(t.signature, [...(bySignature.get(t.signature) ?? []), t]);
  for (const s of ss) {
    const t = bySignature.get(s.signature)?.shift();
    if (!t) continue;
    s.blocks.forEach((i, k) => {
      const a = sf[i];
      const b = tf[t.blocks[k] ?? -1];
      if (a && b && a.kind !== 'code' && a.length >= 40) ratios.push(b.length / a.length);
    });
  }
  let ratio: number;
  if (ratios.length >= 3) {
    ratios.sort((x, y) => x - y);
    ratio = ratios[Math.floor(ratios.length / 2)] ?? 1;
  } else {
    const total = (list: Features[]): number => list.reduce((sum, f) => sum + (f.kind === 'code' ? 0 : f.length), 0);
    const a = total(sf);
    const b = total(tf);
    ratio = a > 0 && b > 0 ? b / a : 1;
  }
  return Math.min(4, Math.max(0.25, ratio));
}

function lengthSimilarity(a: number, b: number, ratio: number): number {
  const expected = a * ratio;
  const high = Math.max(expected, b);
  return high === 0 ? 1 : Math.min(expected, b) / high;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

/** Dice coefficient of the two sections' block-kind counts. */
function kindOverlap(s: Section, t: Section): number {
  const total = s.blocks.length + t.blocks.length;
  if (total === 0) return 1;
  const counts = new Map<string, number>();
  for (const sig of s.kinds) if (sig) counts.set(sig, (counts.get(sig) ?? 0) + 1);
  let shared = 0;
  for (const sig of t.kinds) {
    const left = counts.get(sig) ?? 0;
    if (sig && left > 0) {
      shared++;
      counts.set(sig, left - 1);
    }
  }
  return (2 * shared) / total;
}
