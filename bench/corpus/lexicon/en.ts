import { words, type Lexicon } from './lexicon';

/** English: plain Latin script. */
export const en: Lexicon = {
  lang: 'en',
  functionWords: words(`the of and to in a is that for on with as by at from it are was be has have this which an or its
    not but their more will been were also than can about after over into new who they would one two up out said could
    first other some year most only had when there we he she while such these those between under because may how`),
  contentWords: words(`market markets bitcoin price prices investors crypto cryptocurrency blockchain exchange exchanges
    trading traders regulators regulation regulatory company companies data infrastructure mining miners network energy
    power demand supply growth revenue shares stock stocks billion million percent report analysts fund funds token
    tokens stablecoin stablecoins wallet wallets security hack attack users platform platforms government policy law
    court lawsuit bank banks central inflation rates interest economy economic global industry technology artificial
    intelligence model models chip chips computing cloud capacity investment capital venture startup launch launched
    announced according statement week month quarter chief executive officer founder election treasury reserve
    liquidity volatility rally decline surge drop gains losses profit losses assets asset custody compliance license
    approval filing lawmakers senate bill framework adoption institutional retail holders supply halving hashrate
    difficulty validators staking protocol upgrade fees transaction transactions settlement payments merchants
    partnership acquisition deal valuation round shareholders earnings guidance forecast outlook risk risks sanctions
    enforcement investigation fraud scheme collapse bankruptcy creditors recovery developers software hardware
    servers datacenter gigawatt electricity grid cooling facility facilities expansion contract contracts customers`),
  syllables: words(`ba con de fi gra in ka lo men ne or pro re si ta ver un ex sto tion ment ing er al ly ous ive ent ar ic
    tra per com dis mon lan bri cal fen gor hal jus mar nor pal quin ros sel tur vor wes`),
  headings: { overview: 'Overview', author: 'From the author', impact: 'Impact on the crypto market' },
};
