import { opensFrontmatter } from '@shared/frontmatter';
import type { ModelCollection } from '@shared/model/content-model';
import { pathInCollection, placeFile } from '../../core/model';
import type { IndexedFacts, StoredFacts } from '../../db/review-facts';
import { bodyLength, contentHashOf, type ReviewFile } from './review-file';

/** What a review keeps of one file (see db/review-facts.ts): the index workers store them as they parse. */
export type { StoredFacts } from '../../db/review-facts';

/** The stored facts of a file with its path and stat: what a review works on. */
export type FileFacts = IndexedFacts;

/** The review facts of a file read for review. */
export function storedFactsOf(file: ReviewFile): StoredFacts {
  return {
    collection: file.collection,
    lang: file.lang,
    groupKey: file.groupKey,
    translatedFrom: file.translatedFrom,
    draft: file.draft,
    title: file.title,
    publishedAt: file.publishedAt,
    review: file.review,
    contentHash: file.translatedFrom === null && file.data !== null ? contentHashOf(file) : null,
    broken: file.problem,
    bodyLength: bodyLength(file),
    note: file.note,
    noFrontmatter: file.data === null && !opensFrontmatter(file.text),
  };
}

/** A file that cannot be read as UTF-8 text: what its path says under its collection's rule. */
export function unreadableStoredFacts(path: string, collection: ModelCollection): StoredFacts {
  const place = placeFile(collection, { path: pathInCollection(collection, path), data: null });
  return {
    collection: collection.name,
    lang: place.lang,
    groupKey: place.groupKey,
    translatedFrom: null,
    draft: false,
    title: null,
    publishedAt: null,
    review: null,
    contentHash: null,
    broken: 'The file cannot be read as UTF-8 text.',
    bodyLength: null,
    note: null,
    noFrontmatter: false,
  };
}
