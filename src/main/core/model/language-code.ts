/**
 * Language codes as sites write them: an ISO 639-1 language (`en`, `uk`),
 * optionally with a region or script (`pt-br`, `zh-Hans`). Only real
 * ISO 639-1 languages count, so a folder called `api`, a suffix `.v2` or
 * a field value `doc` is never taken for a language.
 */

const ISO_639_1 = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu ' +
    'fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko ' +
    'kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi ' +
    'pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ' +
    'ur uz ve vi vo wa wo xh yi yo za zh zu'
  ).split(' '),
);

/** A few widely used three-letter codes with no two-letter form. */
const THREE_LETTER = new Set(['fil', 'yue', 'haw', 'ast', 'ckb', 'gsw', 'nds', 'sco', 'szl']);

const SHAPE = /^([a-z]{2,3})(?:[-_]([a-z0-9]{2,8}))*$/i;

/** True for `en`, `uk`, `pt-br`, `pt-BR`, `zh-Hans`, `fil`; false for `api`, `doc`, `v2`, `EN_GB_X1234567890`. */
export function isLanguageCode(value: string): boolean {
  const match = SHAPE.exec(value);
  if (!match) return false;
  const primary = (match[1] as string).toLowerCase();
  return ISO_639_1.has(primary) || THREE_LETTER.has(primary);
}

/** The form the model uses: lower case, `-` between subtags (`pt_BR` → `pt-br`). */
export function normaliseLanguage(value: string): string {
  return value.trim().toLowerCase().replace(/_/g, '-');
}

/** `value` as a normalised language code, or null when it is not one. */
export function asLanguage(value: unknown): string | null {
  return typeof value === 'string' && isLanguageCode(value.trim()) ? normaliseLanguage(value) : null;
}
