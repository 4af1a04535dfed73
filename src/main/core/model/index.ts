// The content model's pure half: detection, inference, validation. Loading lives in services/content-model.
export { collectionFor, collectionMatcher } from '@shared/model/collection-for';
export { copydeskConfigSchema, parseCopydeskConfig, type ConfigCollection, type ConfigParse, type CopydeskConfig } from './config-file';
export { describeCollection, type CollectionInput, type DescribedCollection, type SiteLanguages } from './describe-collection';
export { countPaired, detectKeyField, detectLanguageField, detectPairing, detectTranslatedFrom, type PairingDetection } from './detect-pairing';
export { detectFieldRoles } from './detect-field-roles';
export { inferFieldRoles, type SharedFields } from './infer-field-roles';
export { inferSchema } from './infer-schema';
export { jsonSchemaToZod } from '@shared/model/json-schema-to-zod';
export { asLanguage, isLanguageCode, normaliseLanguage } from './language-code';
export { keyText, valueAt, type ModelFile } from './model-file';
export { pathInCollection, placeFile, type FilePlace } from './place-file';
export { groupFiles, groupKeyOf, languageOf, splitLanguageSuffix, splitLocaleFolder, type LanguageContext } from './pairing-rules';
export { schemaForPath } from './schema-for-path';
export { readFrontmatterAny, readOtherFrontmatter, type AnyFrontmatter, type FrontmatterFormat, type OtherFrontmatter } from './read-frontmatter-any';
export { validatorFor } from '@shared/model/validator-for';
