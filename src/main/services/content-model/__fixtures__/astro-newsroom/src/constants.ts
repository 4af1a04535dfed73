import site from './data/site.json';
import Badge from './components/Badge.astro';

export const SITE_NAME = site.name;
export const DEFAULT_LANG = site.defaultLang;
export const SENTIMENTS = site.sentiments as ['POSITIVE', 'NEGATIVE', 'NEUTRAL'];
export const BADGE = Badge;
