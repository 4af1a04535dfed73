import type { CheckRules } from '../check-rules';
import type { NewTranslationFields } from '../translation-file';

/** The newsroom blog's rules as its content model gives them: the checks' tests and the bench judge its articles by these. */
export const NEWSROOM_RULES: CheckRules = {
  shared: ['publishedAt', 'category', 'tags', 'coverImage', 'source', 'stickyWeight', 'sentiment', 'score', 'externalId'],
  texts: ['title', 'description'],
  pairing: { by: 'key', key: 'externalId', translatedFrom: 'ai.translatedFrom' },
  languageField: 'lang',
  root: '.',
  defaultLanguage: 'en',
};

/** What a new translation of a newsroom blog article sets. */
export const NEWSROOM_FIELDS: NewTranslationFields = { languageField: 'lang', key: 'externalId', translatedFrom: 'ai.translatedFrom', draft: 'draft' };
