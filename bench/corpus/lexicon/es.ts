import { words, type Lexicon } from './lexicon';

/** Spanish: Latin script with á, é, í, ó, ú, ñ. */
export const es: Lexicon = {
  lang: 'es',
  functionWords: words(`de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o
    este porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les
    ni contra otros ese eso ante ellos esto antes algunos unos otro otras otra tanto esa estos mucho`),
  contentWords: words(`mercado mercados bitcoin precio precios inversores criptomoneda criptomonedas blockchain
    comercio operadores reguladores regulación empresa empresas datos infraestructura minería mineros red energía
    demanda oferta crecimiento ingresos acciones millones millón informe analistas fondo token tokens billetera
    seguridad ataque usuarios plataforma gobierno política ley tribunal banco bancos inflación tasas economía
    económica tecnología inteligencia artificial modelo computación nube capacidad inversión capital lanzamiento
    anunció según semana mes trimestre año director ejecutivo fundador elección información transacción análisis
    situación decisión comisión liquidez volatilidad caída ganancias activos licencia aprobación legisladores
    protocolo actualización comisiones pagos asociación adquisición valoración pronóstico riesgos sanciones
    investigación fraude quiebra acreedores desarrolladores servidores electricidad expansión contratos clientes`),
  syllables: words(`ca ción ñ ma te la ri do pe dí qué bu so in tra ná ro mi lle gu es cía ta bo re vé nu pa sí ón
    cu fé gá jo lí ñu za`),
  headings: { overview: 'Resumen', author: 'Del autor', impact: 'Impacto en el mercado cripto' },
};
