// Loading the content model of a folder. The pure half (detection, inference, validation) is core/model.
export { collectionFor, validatorFor } from '../../core/model';
export { loadContentModel, trustedOnlySource, type LoadContentModelOptions } from './load-content-model';
export type { ChildRuntime } from './astro-config/run-content-config';
export { modelFingerprint } from './model-fingerprint';
export { contentPaths, type ContentFilter } from './content-paths';
export { SkipRules, isNeverReadDir, type SkipReason } from './skip-rules';
