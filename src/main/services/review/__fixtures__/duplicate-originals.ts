/** Files written over a copy of the astro-newsroom fixture site (services/content-model/__fixtures__) for the duplicate-original case. */
const BLOG = 'src/content/blog/2026';

/**
 * The newsroom's duplicates: the feed imported story 60340789 again in
 * February, under the same externalId, and it was translated again. The
 * group then has two English originals and two Ukrainian translations; each
 * translation is the translation of the original beside it. In this small
 * copy the duplicates would tip detection towards pairing by file name (a
 * group with one language twice pairs nothing), so the config pins the
 * newsroom's key, as a site with thousands of pairs gets from detection.
 */
export const DUPLICATE_ORIGINALS: Record<string, string> = {
  'copydesk.config.json': JSON.stringify({ collections: [{ name: 'blog', pairing: { by: 'key', key: 'externalId', translatedFrom: 'ai.translatedFrom' } }] }),
  [`${BLOG}/02/halving-countdown.en.md`]: `---
title: 'Halving countdown: miners sell reserves'
publishedAt: '2026-02-03T07:00:00.000Z'
lang: en
externalId: '60340789'
category: MINING
tags: [MINING]
---
## Reserves

Miners sold 3,400 BTC in the first days of February.
`,
  [`${BLOG}/02/halving-countdown.uk.md`]: `---
title: 'Відлік до халвінгу: майнери продають резерви'
publishedAt: '2026-02-03T07:00:00.000Z'
lang: uk
externalId: '60340789'
category: MINING
tags: [MINING]
ai:
  translatedFrom: '60340789'
---
## Резерви

У перші дні лютого майнери продали 3 400 BTC.
`,
};
