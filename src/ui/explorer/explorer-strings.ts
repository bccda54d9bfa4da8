/** The explorer's words, Danish and English: its components and the page that wires them. */
import type { Lang } from '../../domain/format.ts';

const da = {
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
  rowCount: (rows: string, ms: string) => `${rows} rækker på ${ms} ms`,
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
  tableRows: (rows: string) => `${rows} rækker`,
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
  skipped: (n: string) => `${n} rækker er udeladt, fordi x eller værdien ikke kunne læses.`,
  nullsOmitted: (n: string) => `${n} rækker uden værdi (NULL) er ikke tegnet.`,
  duplicates: (n: string, what: string) =>
    `${n} rækker har samme ${what} som en tidligere række og er udeladt; afgræns forespørgslen, så der er én række pr. ${what}.`,
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
    `${n} rækker rangeret efter værdi, højeste først: ${top}; laveste: ${bottom}. Tallene står i tabellen.`,
  mapDescription: (n: string, min: string, max: string) =>
    `${n} kommuner med en værdi, fra ${min} til ${max}. Tallene står i tabellen.`,
  chartLabels: { target: 'Mål', pledge: 'Løftet givet', deadline: 'Frist' },
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

export type ExplorerStrings = typeof da;

const en: ExplorerStrings = {
  pageTitle: 'Explore the data',
  pageLede:
    'Write SQL against the same extracts Løftetjek itself is built on: kommuner, metrics, observations, documents and pledges.',
  run: 'Run',
  cancel: 'Cancel',
  running: 'Running the query …',
  timeLimit: (seconds: number) => `A query may run for at most ${seconds} seconds.`,
  linkTimeLimit: (seconds: number, full: number) =>
    `The query from the link was stopped after ${seconds} seconds: a query from a link runs only that long by itself. Press Run to give it up to ${full} seconds.`,
  restarting: 'The database engine kept working after the stop, so it is being restarted …',
  restarted: 'The database engine has been restarted and is ready.',
  rowsCapped: (shown: string, limit: string) =>
    `Showing the first ${shown} rows; the result is cut at ${limit} rows. Download the full result as CSV or Parquet, or narrow the query.`,
  rowCount: (rows: string, ms: string) => `${rows} rows in ${ms} ms`,
  exportCsv: 'Download as CSV',
  exportParquet: 'Download as Parquet',
  openInExplorer: 'Open in the explorer',
  shareLink: 'Copy a link to the query',
  linkCopied: 'The link has been copied.',
  errorHeading: 'The query failed',
  resultsHeading: 'Result',
  editorLabel: 'SQL query',
  editorHint:
    'Ctrl+Enter (⌘+Enter on a Mac) runs the query. Tab moves focus on; Ctrl+Space suggests tables and columns.',
  editorPlaceholder: 'SELECT * FROM kommuner LIMIT 10',
  gridEmpty: 'The query returned no rows.',
  gridNoColumns: 'The query returned no columns.',
  gridKeys:
    'Arrow keys move between cells, Page Up and Page Down by a page, Home and End to the first and last row.',
  nullValue: 'missing (NULL)',
  schemaHeading: 'Tables',
  schemaHint: 'Click a name to insert it into the query.',
  tableRows: (rows: string) => `${rows} rows`,
  rowsUnknown: 'row count unknown',
  columnsSummary: (n: number) => `${n} columns`,
  noTables: 'No tables are loaded.',
  chartHeading: 'Quick chart',
  chartKind: 'Chart type',
  kinds: { line: 'Line over time', bar: 'Ranked', map: 'Map', none: 'No chart' },
  xColumn: 'Column for the x axis',
  yColumn: 'Column with values',
  xColumnMap: 'Column with kommune code',
  xColumnBar: 'Column with names',
  chooseColumns: 'Choose columns that are in the result.',
  noSuggestion:
    'The result has no column of numbers to draw. A chart needs a column of numbers and one of dates, names or kommune codes.',
  nothingToDraw: 'No rows can be drawn with the chosen columns.',
  skipped: (n: string) => `${n} rows are left out because x or the value could not be read.`,
  nullsOmitted: (n: string) => `${n} rows without a value (NULL) are not drawn.`,
  duplicates: (n: string, what: string) =>
    `${n} rows have the same ${what} as an earlier row and are left out; narrow the query to one row per ${what}.`,
  perDate: 'date',
  perKode: 'kommune code',
  lineCapped: (shown: string, total: string) => `Showing the first ${shown} of ${total} points.`,
  barTop: (shown: string, total: string) => `Showing the top ${shown} of ${total} rows.`,
  notOnMap: (n: string) => `${n} codes are not on the map and are not shown.`,
  mapUnavailable: 'The map is not loaded, so the result cannot be shown on a map.',
  mapNoData: 'No figure',
  attribution: 'Source: Danish Agency for Climate Data (DAGI)',
  chartTitle: (y: string, x: string) => `${y} by ${x}`,
  lineDescription: (n: string, from: string, to: string, min: string, max: string) =>
    `Line of ${n} points from ${from} to ${to}. Lowest value ${min}, highest ${max}. The figures are in the table.`,
  barDescription: (n: string, top: string, bottom: string) =>
    `${n} rows ranked by value, highest first: ${top}; lowest: ${bottom}. The figures are in the table.`,
  mapDescription: (n: string, min: string, max: string) =>
    `${n} municipalities with a value, from ${min} to ${max}. The figures are in the table.`,
  chartLabels: { target: 'Target', pledge: 'Pledge made', deadline: 'Deadline' },
  engineLoading: 'Starting the in-browser database and loading the tables …',
  engineFailed: 'The in-browser database could not start',
  csvSource:
    'Sources: the Løftetjek extracts (each figure’s source, table and retrieval date are in the columns source_title, source_url and retrieved).',
  tableSources: {
    kommuner: 'kommuner.csv: 98 municipalities with regions',
    metrics: 'The measures: titles, units, sources and licences',
    observations: 'The figures: each with source, table and retrieval date',
    documents: 'The political documents the pledges are quoted from',
    pledges: 'The pledges: quote, author, target and deadline',
  },
};

export function explorerStrings(lang: Lang): ExplorerStrings {
  return lang === 'en' ? en : da;
}
