/**
 * Translation review, pure: blocks and their alignment, review state and
 * status, consistency checks, new translation files, the overview.
 * Hashing is passed in (`hash(text) → hex sha256`), so nothing here needs Node.
 */
export { splitBlocks, blocksFromTree, type Block, type BlockKind } from './split-blocks';
export { parseMarkdown } from './markdown-tree';
export { extractUrls, type BodyUrls } from './extract-urls';
export { alignBlocks, type AlignedPair } from './align-blocks';
export { alignSequences, type SequenceStep, type AlignOptions } from './align-sequences';
export { blockHashes, changedBlocks, BLOCK_HASH_LENGTH } from './block-hashes';
export { normalizeText } from './normalize-text';
export { readReview, deriveStatus, type ReviewRead, type StatusInput } from './review-state';
export { sourceContentHash, contentHash, type TranslatableContent } from './source-content-hash';
export { checkConsistency, type ArticleSide, type ConsistencyInput, type Check, type CheckFix } from './consistency-checks';
export { prepareSide, type SideFacts } from './side-facts';
export { checkRulesFor, type CheckRules } from './check-rules';
export { pickOriginal } from './pick-original';
export { outlineBody, outlineFromTree, type BodyOutline } from './structure-checks';
export { translationPath } from '@shared/paths/translation-path';
export { createTranslationText, newTranslationFields, type NewTranslationFields, type TranslationTextError, type TranslationTextResult } from './translation-file';
export { translationTarget } from './translation-target';
export { lengthBands, lengthRatio, lengthCheck, DEFAULT_BAND, type LengthBand } from './length-check';
export { detectLanguage } from './detect-language';
export { findNumbers, formatFigure, type FoundNumber } from './locale-numbers';
export { summarizeReview, type SummaryOptions, type ReviewRow, type ReviewSummary, type LanguageCounts } from './review-summary';
export { approvalBlockers, type ApprovalState } from './approval-blockers';
