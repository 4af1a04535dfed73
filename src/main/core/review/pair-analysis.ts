import { alignBlocks, blocksFromTree, checkConsistency, outlineFromTree, parseMarkdown, type AlignedPair, type ArticleSide, type Block, type Check, type ConsistencyInput } from '.';

/** What `review.pair` computes from a translation and its source: blocks, their alignment, the checks. */
export interface PairAnalysis {
  translationBlocks: Block[];
  sourceBlocks: Block[];
  alignment: AlignedPair[];
  checks: Check[];
}

/**
 * Everything a pair analysis needs, as plain data (it is posted to a worker
 * thread): both bodies and the checks' input, whose sides carry the same
 * bodies. `checks` is null when the translation has no readable frontmatter
 * (then there are no checks).
 */
export interface PairAnalysisInput {
  translationBody: string;
  sourceBody: string | null;
  checks: ConsistencyInput | null;
}

/**
 * The expensive part of a pair: one Markdown parse per body (≈140 ms for
 * 1.5 MB), from which come both the aligned blocks and the outlines the
 * structure checks compare.
 */
export function analysePair({ translationBody, sourceBody, checks }: PairAnalysisInput): PairAnalysis {
  const translation = readBody(translationBody);
  const source = sourceBody === null ? null : readBody(sourceBody);
  const alignment = source ? alignBlocks(source.blocks, translation.blocks) : [];
  return {
    translationBlocks: translation.blocks,
    sourceBlocks: source?.blocks ?? [],
    alignment,
    checks:
      checks === null
        ? []
        : checkConsistency({
            ...checks,
            translation: withOutline(checks.translation, translation),
            source: checks.source && source ? withOutline(checks.source, source) : checks.source,
            ...(source && checks.source?.body === source.body && checks.translation.body === translation.body && { alignment }),
          }),
  };
}

interface ReadBody {
  body: string;
  blocks: Block[];
  outline: NonNullable<ArticleSide['outline']>;
}

function readBody(body: string): ReadBody {
  const tree = parseMarkdown(body);
  const blocks = blocksFromTree(tree, body);
  return { body, blocks, outline: outlineFromTree(tree, body, blocks) };
}

/** The side with the outline and blocks already read, when it is the body that was parsed. */
function withOutline(side: ArticleSide, read: ReadBody): ArticleSide {
  return side.body === read.body ? { ...side, outline: read.outline, blocks: read.blocks } : side;
}
