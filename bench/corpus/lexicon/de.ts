import { words, type Lexicon } from './lexicon';

/** German: Latin script with ä, ö, ü, ß and long compounds. */
export const de: Lexicon = {
  lang: 'de',
  functionWords: words(`der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an
    werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber
    vor zur bis mehr durch man sein wurde sei ihre seine gegen vom schon wenn`),
  contentWords: words(`markt märkte bitcoin preis preise anleger kryptowährung kryptowährungen blockchain börse handel
    händler regulierungsbehörden regulierung unternehmen daten infrastruktur mining miner netzwerk energie nachfrage
    angebot wachstum umsatz aktien milliarde milliarden million millionen prozent bericht analysten fonds token
    sicherheit angriff nutzer plattform regierung politik gesetz gericht bank banken inflation zinsen wirtschaft
    technologie künstliche intelligenz modell rechenleistung kapazität investition kapital kündigte laut woche
    monat quartal jahr geschäftsführer gründer wahl übernahme größte ökonomen früher gebühren rückgang liquidität
    volatilität gewinn vermögenswerte lizenz genehmigung gesetzgeber protokoll aktualisierung zahlungen partnerschaft
    bewertung prognose risiken sanktionen ermittlungen betrug insolvenz gläubiger entwickler rechenzentren strom
    erweiterung verträge kunden stromnetz kühlung`),
  syllables: words(`ge ber ung sch lich ä ö ü keit ver ein stra ß heit bau wer zen ke mar nach ter für tz an mö lä sü
    rei hof grü berg wald stein kraft`),
  headings: { overview: 'Überblick', author: 'Vom Autor', impact: 'Auswirkungen auf den Kryptomarkt' },
};
