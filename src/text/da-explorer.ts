/** The explorer's words in Danish: its page and components (part of the one dictionary, da.ts). */
/** "1 række", "2 rækker": counts reach the dictionary already formatted, so one is '1'. */
const nRows = (n: string): string => `${n} ${n === '1' ? 'række' : 'rækker'}`;

export const daExplorer = {
  // The page
  pageTitle: 'Udforsk data',
  pageLede:
    'Skriv SQL mod de samme udtræk, som Løftetjek selv bygger på: kommuner, metrics, observations, documents og pledges.',
  run: 'Kør',
  cancel: 'Afbryd',
  running: 'Kører forespørgslen …',
  timeLimit: (seconds: number) => `En forespørgsel må køre i højst ${seconds} sekunder.`,
  linkTimeLimit: (seconds: number, full: number) =>
    `Forespørgslen fra linket blev stoppet efter ${seconds} sekunder: en forespørgsel fra et link kører kun så længe af sig selv. Tryk Kør for at give den op til ${full} sekunder.`,
  restarting: 'Databasemotoren blev ved med at arbejde efter stoppet, så den startes forfra …',
  restarted: 'Databasemotoren er startet forfra og klar.',
  rowsCapped: (shown: string, limit: string) =>
    `Viser de første ${shown} rækker; resultatet er skåret ved ${limit} rækker. Hent hele resultatet som CSV eller Parquet, eller afgræns forespørgslen.`,
  rowCount: (n: number, rows: string, ms: string) =>
    `${rows} ${n === 1 ? 'række' : 'rækker'} på ${ms} ms`,
  exportCsv: 'Hent som CSV',
  exportParquet: 'Hent som Parquet',
  openInExplorer: 'Åbn i udforskeren',
  shareLink: 'Kopiér link til forespørgslen',
  linkCopied: 'Linket er kopieret.',
  errorHeading: 'Forespørgslen fejlede',
  resultsHeading: 'Resultat',
  // SqlEditor
  editorLabel: 'SQL-forespørgsel',
  editorHint:
    'Ctrl+Enter (⌘+Enter på Mac) kører forespørgslen. Tab flytter fokus videre; Ctrl+Mellemrum foreslår tabeller og kolonner.',
  editorPlaceholder: 'SELECT * FROM kommuner LIMIT 10',
  // ResultsGrid
  gridEmpty: 'Forespørgslen gav ingen rækker.',
  gridNoColumns: 'Forespørgslen gav ingen kolonner.',
  gridKeys:
    'Piletasterne flytter mellem cellerne, Page Up og Page Down en side, Home og End til første og sidste række.',
  nullValue: 'mangler (NULL)',
  // SchemaBrowser
  schemaHeading: 'Tabeller',
  schemaHint: 'Klik på et navn for at sætte det ind i forespørgslen.',
  tableRows: (n: number, rows: string) => `${rows} ${n === 1 ? 'række' : 'rækker'}`,
  rowsUnknown: 'antal rækker ukendt',
  columnsSummary: (n: number) => `${n} kolonner`,
  noTables: 'Ingen tabeller er indlæst.',
  // QuickChart
  chartHeading: 'Hurtig graf',
  chartKind: 'Graftype',
  kinds: { line: 'Linje over tid', bar: 'Rangeret', map: 'Kort', none: 'Ingen graf' },
  xColumn: 'Kolonne til x-aksen',
  yColumn: 'Kolonne med værdier',
  xColumnMap: 'Kolonne med kommunekode',
  xColumnBar: 'Kolonne med navne',
  chooseColumns: 'Vælg kolonner, som findes i resultatet.',
  noSuggestion:
    'Resultatet har ingen kolonne med tal at tegne. En graf kræver en kolonne med tal og en med tid, navne eller kommunekoder.',
  nothingToDraw: 'Ingen rækker kan tegnes med de valgte kolonner.',
  skipped: (n: string) => `${nRows(n)} er udeladt, fordi x eller værdien ikke kunne læses.`,
  nullsOmitted: (n: string) => `${nRows(n)} uden værdi (NULL) er ikke tegnet.`,
  duplicates: (n: string, what: string) =>
    `${nRows(n)} har samme ${what} som en tidligere række og er udeladt; afgræns forespørgslen, så der er én række pr. ${what}.`,
  perDate: 'dato',
  perKode: 'kommunekode',
  lineCapped: (shown: string, total: string) => `Viser de første ${shown} af ${total} punkter.`,
  barTop: (shown: string, total: string) => `Viser top ${shown} af ${total} rækker.`,
  notOnMap: (n: string) => `${n} koder findes ikke på kortet og er ikke vist.`,
  mapUnavailable: 'Kortet er ikke indlæst, så resultatet kan ikke vises på kort.',
  mapNoData: 'Intet tal',
  attribution: 'Kilde: Klimadatastyrelsen (DAGI)',
  chartTitle: (y: string, x: string) => `${y} efter ${x}`,
  lineDescription: (n: string, from: string, to: string, min: string, max: string) =>
    `Linje med ${n} punkter fra ${from} til ${to}. Laveste værdi ${min}, højeste ${max}. Tallene står i tabellen.`,
  barDescription: (n: string, top: string, bottom: string) =>
    `${nRows(n)} rangeret efter værdi, højeste først: ${top}; laveste: ${bottom}. Tallene står i tabellen.`,
  mapDescription: (n: string, min: string, max: string) =>
    `${n} ${n === '1' ? 'kommune' : 'kommuner'} med en værdi, fra ${min} til ${max}. Tallene står i tabellen.`,
  chartLabels: { target: 'Mål', pledge: 'Løftet givet', deadline: 'Frist' },
  seriesColumn: 'Kolonne med serier (én linje hver)',
  noSeries: 'Ingen (én linje)',
  nullSeries: 'mangler (NULL)',
  seriesOmitted: (n: string, rows: string, max: string) =>
    `${n} ${n === '1' ? 'serie' : 'serier'} mere (${nRows(rows)}) er ikke tegnet: højst ${max} linjer i én graf. Vælg en anden seriekolonne, eller afgræns forespørgslen.`,
  multiLineDescription: (
    lines: string,
    names: string,
    n: string,
    from: string,
    to: string,
    min: string,
    max: string,
  ) =>
    `${lines} linjer (${names}) med i alt ${n} punkter fra ${from} til ${to}. Laveste værdi ${min}, højeste ${max}. Tallene står i tabellen.`,
  noDefaultChart:
    'Ingen graf passer af sig selv til resultatet (fx flere målinger blandet eller gentagne navne). Vælg en graftype ovenfor, eller brug tabellen.',
  chartDownloads: 'Hent grafen',
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  downloadPngLabel: 'Hent grafen som PNG-billede',
  downloadSvgLabel: 'Hent grafen som SVG-billede',
  downloadFailed: 'Grafen kunne ikke hentes',
  defaultChartTitle: 'Forespørgsel i Løftetjek',
  unitLine: (unit: string) => `Enhed: ${unit}`,
  sourceLine: (sources: string) => `Kilde: ${sources}`,
  moreSources: (n: string) => `og ${n} kilder mere (se source_title i resultatet)`,
  extractSource: (date: string) => `Løftetjeks udtræk, ${date}`,
  // Templates
  templatesHeading: 'Spørg uden SQL',
  templatesLede:
    'Vælg et spørgsmål og dets valg. Løftetjek skriver SQL’en i editoren, så du kan se og rette den, og kører den.',
  templateQuestion: 'Spørgsmål',
  templateMetric: 'Måling',
  templatePeriod: 'Periode',
  templateKommune: 'Kommune',
  templateAllKommuner: 'Alle kommuner',
  templatePeriodOption: (period: string, n: number, count: string) =>
    `${period} (${count} ${n === 1 ? 'kommune' : 'kommuner'})`,
  templateApply: 'Skriv SQL og kør',
  templatesLoading: 'Henter målinger og kommuner …',
  templatesFailed: 'Valgene kunne ikke hentes fra udtrækkene',
  templatesEmpty: 'Udtrækkene har ingen målinger med tal.',
  templateWords: {
    questions: {
      compare: 'Sammenlign kommuner på én måling',
      trend: 'Udvikling over tid for én kommune',
      pledges: 'Hvilke løfter har tal',
    },
    oneFigure:
      'Ét tal pr. kommune og periode, det der tæller: et tal før et hul, primær kilde før sekundær, tal uden forbehold før tal med, senest hentet først.',
    perThousand: (metric: string) =>
      `pr_1000 = vaerdi / folketal * 1000 med folketallet (${metric}) på periodens første dag (et år: 1. januar); tomt, hvor ingen har talt folketallet den dag. Rangeret efter pr_1000.`,
    notACount:
      'Målingen er ikke et antal, så der er intet tal pr. 1.000 indbyggere. Rangeret efter værdien.',
    noPopulation:
      'Udtrækkene har intet folketal for samme periode, så der er intet tal pr. 1.000 indbyggere. Rangeret efter værdien (antal).',
    nationalNotRanked: 'Hele landet (000) er ikke med i rangeringen.',
    trendNational:
      'Med Hele landet (000) til sammenligning; områder uden for kommunen er ikke med.',
    pledgesNote:
      'Løfter med en måling: hvor mange tal (tal) og perioder (perioder) udtrækkene har for målingen i løftets kommune; 0: ingen endnu.',
    allKommuner: 'alle kommuner',
  },
  engineLoading: 'Starter databasen i browseren og indlæser tabellerne …',
  engineFailed: 'Databasen i browseren kunne ikke starte',
  csvSource:
    'Kilder: Løftetjeks udtræk (se kilde, tabel og hentedato i kolonnerne source_title, source_url og retrieved).',
  tableSources: {
    kommuner: 'kommuner.csv: 98 kommuner med regioner',
    metrics: 'Målingerne: titler, enheder, kilder og licenser',
    observations: 'Tallene: hvert tal med kilde, tabel og hentedato',
    documents: 'De politiske dokumenter, løfterne er citeret fra',
    pledges: 'Løfterne: citat, afsender, mål og frist',
  } as Record<string, string>,
};

export type ExplorerWords = typeof daExplorer;
