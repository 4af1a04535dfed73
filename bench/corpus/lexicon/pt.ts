import { words, type Lexicon } from './lexicon';

/** Portuguese: Latin script with ã, ç, é, ê, ó… */
export const pt: Lexicon = {
  lang: 'pt',
  functionWords: words(`de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das
    tem à seu sua ou ser quando muito há nos já está também só pelo pela até isso ela entre era depois sem mesmo aos
    ter seus quem nas esse eles estão essa num nem suas às têm numa pelos elas havia seja qual será`),
  contentWords: words(`mercado mercados bitcoin preço preços investidores criptomoeda criptomoedas blockchain corretora
    negociação traders reguladores regulação empresa empresas dados infraestrutura mineração mineradores rede energia
    demanda oferta crescimento receita ações bilhão bilhões milhão milhões relatório analistas fundo token tokens
    carteira segurança ataque usuários plataforma governo política lei tribunal banco bancos inflação juros economia
    econômica tecnologia inteligência artificial modelo computação nuvem capacidade investimento capital lançamento
    anunciou segundo semana mês trimestre ano diretor executivo fundador eleição informação informações transação
    transações análise situação decisão comissão liquidez volatilidade queda lucro ativos licença aprovação
    legisladores protocolo atualização taxas pagamentos parceria aquisição avaliação previsão riscos sanções
    investigação fraude falência credores desenvolvedores servidores eletricidade expansão contratos clientes`),
  syllables: words(`ca ção ões men te pa ra ão ê ci ma lo de in tu ré vi nho lha ri co ga es pre sa dó mí ú ba cer
    lu fá gé ro sã pu tô ve`),
  headings: { overview: 'Visão geral', author: 'Do autor', impact: 'Impacto no mercado cripto' },
};
