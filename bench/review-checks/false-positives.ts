import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { splitFrontmatter } from '../../src/shared/frontmatter';
import { checkConsistency, type ArticleSide } from '../../src/main/core/review/consistency-checks';
import { NEWSROOM_RULES } from '../../src/main/core/review/test-support/newsroom-rules';
import { lengthBands, lengthRatio } from '../../src/main/core/review/length-check';
import { normalizeText } from '../../src/main/core/review/normalize-text';
import { splitBlocks } from '../../src/main/core/review/split-blocks';
import { parseArticle } from '../../src/main/core/parse-article';
import { keyText, valueAt } from '../../src/main/core/model';

/**
 * `npm run bench:checks` — how often the machine-translation checks fire on
 * genuine, correct translations: the sample articles, the seed's Ukrainian
 * translation with the original written for it, and the pairs in
 * `bench/review-checks/corpus/` (written for this, en → uk/pt/es/de).
 * Prints, per check, the share of translation blocks it flags (`length` and
 * `date` judge a whole file: every block of a flagged file counts), and the
 * share flagged by any of them. The target is at most 3 %.
 *   tsx --tsconfig tsconfig.node.json bench/review-checks/false-positives.ts [--list]
 */

const ROOT = join(__dirname, '../..');
const FOLDERS = ['resources/sample-site/src/content/blog', 'src/main/core/review/__fixtures__', 'bench/review-checks/corpus'];
const CHECKS = ['untranslated:block', 'numbers', 'repetition', 'length', 'date'] as const;
const WHOLE_FILE = new Set(['length', 'date']);
const PROSE = new Set(['heading', 'paragraph', 'list-item', 'quote']);

interface Side extends ArticleSide {
  lang: string;
  externalId: string | null;
  translatedFrom: string | null;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

function readSide(abs: string): Side | null {
  const text = readFileSync(abs, 'utf8');
  const parsed = parseArticle(text);
  const split = splitFrontmatter(text);
  if (parsed.frontmatter === null || !split) return null;
  const { meta } = parsed;
  const lang = meta.lang;
  if (!lang) return null;
  return {
    path: relative(ROOT, abs),
    data: parsed.frontmatter,
    body: text.slice(split.bodyFrom),
    bodyLine: parsed.bodyLine,
    yaml: text.slice(split.yamlFrom, split.yamlTo),
    yamlLine: 2,
    lang,
    // This bench's corpus is the newsroom's: its pairing fields by name.
    externalId: keyText(valueAt(parsed.frontmatter, 'externalId')),
    translatedFrom: keyText(valueAt(parsed.frontmatter, 'ai.translatedFrom')),
  };
}

// The runaway fixture is a broken translation on purpose: not part of what is measured here.
const sides = FOLDERS.flatMap((folder) => markdownFiles(join(ROOT, folder)))
  .filter((path) => !path.includes('runaway.'))
  .map(readSide)
  .filter((s): s is Side => s !== null);
const originals = new Map<string, Side>();
for (const side of sides) if (side.translatedFrom === null && side.externalId !== null && !originals.has(`${folderOf(side)}:${side.externalId}`)) originals.set(`${folderOf(side)}:${side.externalId}`, side);
const pairs = sides.flatMap((t) => {
  const source = t.translatedFrom === null ? undefined : originals.get(`${folderOf(t)}:${t.translatedFrom}`);
  return source ? [{ source, translation: t }] : [];
});

function folderOf(side: Side): string {
  return FOLDERS.find((f) => side.path.startsWith(f)) ?? '';
}

// The bands as the app measures them: one ratio per pair of the language.
const ratios = new Map<string, number[]>();
for (const { source, translation } of pairs) {
  const ratio = lengthRatio(normalizeText(source.body).length, normalizeText(translation.body).length);
  if (ratio !== null) ratios.set(translation.lang, [...(ratios.get(translation.lang) ?? []), ratio]);
}
const bands = lengthBands(ratios);

const list = process.argv.includes('--list');
let blocks = 0;
const flagged = new Map<string, number>(CHECKS.map((id) => [id, 0]));
let any = 0;
const byLang = new Map<string, { blocks: number; flagged: number }>();
for (const { source, translation } of pairs) {
  const band = bands.get(translation.lang);
  const checks = checkConsistency({ rules: NEWSROOM_RULES, source, translation, originalExists: true, duplicateOfLang: false, ...(band && { lengthBand: band }) }).filter((c) =>
    (CHECKS as readonly string[]).includes(c.id),
  );
  const prose = splitBlocks(translation.body).filter((b) => PROSE.has(b.kind));
  const count = prose.length;
  blocks += count;
  const lines = new Set<number>();
  let whole = false;
  for (const id of CHECKS) {
    const fired = checks.filter((c) => c.id === id);
    if (fired.length === 0) continue;
    const n = WHOLE_FILE.has(id) ? count : new Set(fired.map((c) => c.line)).size;
    flagged.set(id, (flagged.get(id) ?? 0) + n);
    if (WHOLE_FILE.has(id)) whole = true;
    for (const c of fired) if (c.line !== undefined) lines.add(c.line);
  }
  const hit = whole ? count : lines.size;
  any += hit;
  const lang = byLang.get(translation.lang) ?? { blocks: 0, flagged: 0 };
  lang.blocks += count;
  lang.flagged += hit;
  byLang.set(translation.lang, lang);
  if (list) for (const c of checks) console.log(`${translation.path}: ${c.id}${c.line ? `@${c.line}` : ''} — ${c.message}`);
}

const pct = (n: number, of: number): string => `${((100 * n) / Math.max(of, 1)).toFixed(1)} %`;
console.log(`False positives of the machine-translation checks on ${pairs.length} genuine translations (${blocks} prose blocks)`);
for (const id of CHECKS) console.log(`  ${id.padEnd(20)} ${String(flagged.get(id)).padStart(4)} blocks  ${pct(flagged.get(id) ?? 0, blocks)}`);
console.log(`  ${'any of them'.padEnd(20)} ${String(any).padStart(4)} blocks  ${pct(any, blocks)}   (target ≤ 3 %)`);
for (const [lang, figures] of [...byLang].sort()) console.log(`    ${lang}: ${figures.flagged}/${figures.blocks} blocks  ${pct(figures.flagged, figures.blocks)}`);
for (const [lang, band] of [...bands].sort()) console.log(`  length band ${lang}: ${band.low.toFixed(2)}–${band.high.toFixed(2)}× (median ${band.median}, ${band.pairs} pairs${band.pairs === 0 ? ': default' : ''})`);
