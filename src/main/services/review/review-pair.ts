import type { ChannelOutput } from '@shared/ipc/contract';
import type { Review } from '@shared/review';
import { alignBlocks, deriveStatus, splitBlocks, type AlignedPair, type Block, type Check } from '../../core/review';
import type { Workspace } from '../workspace';
import { loadPairContext, pairChecks, type PairContext } from './pair-context';
import { contentHashOf, type ReviewFile } from './review-file';
import { sourceChanges } from './source-changes';

export type ReviewPair = ChannelOutput<'review.pair'>;

/**
 * Everything the pair view shows for one translation: both texts with their
 * hashes, both bodies split into blocks and aligned, the checks with their
 * fixes, the status, and for an outdated translation what changed in the
 * source since approval.
 */
export async function reviewPair(ws: Workspace, relPath: string): Promise<ReviewPair> {
  const context = await loadPairContext(ws, relPath);
  const { translation, source } = context;
  const sourceContentHash = source ? contentHashOf(source.file) : null;
  const status = deriveStatus({ isOriginal: false, draft: translation.draft, review: translation.review, currentSourceHash: sourceContentHash });
  const analysis = await analysePair(context);
  const outdated = source !== null && translation.review?.status === 'approved' && sourceContentHash !== null && translation.review.sourceHash !== sourceContentHash;
  return {
    translation: fileOut(translation),
    source: source ? { ...fileOut(source.file), contentHash: sourceContentHash } : null,
    status,
    review: reviewOut(translation.review),
    reviewWarning: translation.reviewWarning,
    translationBody: { bodyFrom: translation.bodyFrom, bodyLine: translation.bodyLine, blocks: analysis.translationBlocks },
    sourceBody: source ? { bodyFrom: source.file.bodyFrom, bodyLine: source.file.bodyLine, blocks: analysis.sourceBlocks } : null,
    alignment: analysis.alignment,
    checks: analysis.checks,
    changes: outdated
      ? await sourceChanges({ sourceAbs: source.abs, sourceText: source.file.text, sourceBody: source.file.body, review: translation.review })
      : null,
  };
}

interface PairAnalysis {
  translationBlocks: Block[];
  sourceBlocks: Block[];
  alignment: AlignedPair[];
  checks: Check[];
}

/**
 * The expensive part of a pair (markdown parses for blocks, alignment and
 * structure checks: a few hundred milliseconds for a 1.5 MB article), kept for
 * recently opened pairs and keyed by both files' bytes and the group facts, so
 * reopening a pair costs only the file reads.
 */
const analysisCache = new Map<string, PairAnalysis>();
const ANALYSIS_CACHE_SIZE = 32;

async function analysePair(context: PairContext): Promise<PairAnalysis> {
  const { translation, source } = context;
  const key = [translation.hash, source?.file.hash ?? '-', context.originalExists, context.duplicateOfLang].join(':');
  const known = analysisCache.get(key);
  if (known) {
    analysisCache.delete(key);
    analysisCache.set(key, known);
    return known;
  }
  // The pane's own `article.read` is usually in flight too: let pending I/O
  // answer first, so the editor shows its text before this parse runs.
  await new Promise((resolve) => setImmediate(resolve));
  const translationBlocks = splitBlocks(translation.body);
  const sourceBlocks = source ? splitBlocks(source.file.body) : [];
  const analysis = {
    translationBlocks,
    sourceBlocks,
    alignment: source ? alignBlocks(sourceBlocks, translationBlocks) : [],
    checks: pairChecks(context),
  };
  analysisCache.set(key, analysis);
  if (analysisCache.size > ANALYSIS_CACHE_SIZE) analysisCache.delete(analysisCache.keys().next().value as string);
  return analysis;
}

function fileOut(file: ReviewFile): ReviewPair['translation'] {
  return { path: file.path, lang: file.lang, text: file.text, hash: file.hash };
}

/** The review field for the wire: the time always a string (js-yaml reads an unquoted one as a Date). */
export function reviewOut(review: Review | null): ReviewPair['review'] {
  if (review === null) return null;
  const at = review.at instanceof Date ? review.at.toISOString() : review.at;
  return {
    status: review.status,
    ...(review.sourceHash !== undefined && { sourceHash: review.sourceHash }),
    ...(at !== undefined && { at }),
  };
}
