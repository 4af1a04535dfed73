import site from './data/site.json';
import SentimentBadge from './components/SentimentBadge.astro';

export const SITE_NAME = site.name;
/** The language of the site's pages, and of a file whose frontmatter names none. */
export const DEFAULT_LANG = site.defaultLang;
export const SENTIMENTS = site.sentiments as ['POSITIVE', 'NEGATIVE', 'NEUTRAL'];
export { SentimentBadge };
