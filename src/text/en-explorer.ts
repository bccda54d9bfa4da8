/** The explorer's words in English: the keys of da-explorer.ts. */
import type { ExplorerWords } from './da-explorer.ts';

export const enExplorer: ExplorerWords = {
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
  rowCount: (n: number, rows: string, ms: string) =>
    `${rows} ${n === 1 ? 'row' : 'rows'} in ${ms} ms`,
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
  tableRows: (n: number, rows: string) => `${rows} ${n === 1 ? 'row' : 'rows'}`,
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
  skipped: (n: string) =>
    n === '1'
      ? '1 row is left out because x or the value could not be read.'
      : `${n} rows are left out because x or the value could not be read.`,
  nullsOmitted: (n: string) =>
    n === '1'
      ? '1 row without a value (NULL) is not drawn.'
      : `${n} rows without a value (NULL) are not drawn.`,
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
  seriesColumn: 'Column with series (one line each)',
  noSeries: 'None (one line)',
  nullSeries: 'missing (NULL)',
  seriesOmitted: (n: string, rows: string, max: string) =>
    `${n} more series (${rows} rows) are not drawn: at most ${max} lines in one chart. Choose another series column, or narrow the query.`,
  multiLineDescription: (
    lines: string,
    names: string,
    n: string,
    from: string,
    to: string,
    min: string,
    max: string,
  ) =>
    `${lines} lines (${names}) with ${n} points in all from ${from} to ${to}. Lowest value ${min}, highest ${max}. The figures are in the table.`,
  noDefaultChart:
    'No chart fits the result by itself (e.g. several measures mixed, or repeated names). Choose a chart type above, or use the table.',
  chartDownloads: 'Download the chart',
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  downloadPngLabel: 'Download the chart as a PNG image',
  downloadSvgLabel: 'Download the chart as an SVG image',
  downloadFailed: 'The chart could not be downloaded',
  defaultChartTitle: 'Query in Løftetjek',
  unitLine: (unit: string) => `Unit: ${unit}`,
  sourceLine: (sources: string) => `Source: ${sources}`,
  moreSources: (n: string) => `and ${n} more sources (see source_title in the result)`,
  extractSource: (date: string) => `the Løftetjek extracts, ${date}`,
  templatesHeading: 'Ask without SQL',
  templatesLede:
    'Choose a question and its options. Løftetjek writes the SQL into the editor, so you can see and edit it, and runs it.',
  templateQuestion: 'Question',
  templateMetric: 'Measure',
  templatePeriod: 'Period',
  templateKommune: 'Municipality',
  templateAllKommuner: 'All municipalities',
  templatePeriodOption: (period: string, n: number, count: string) =>
    `${period} (${count} ${n === 1 ? 'municipality' : 'municipalities'})`,
  templateApply: 'Write the SQL and run',
  templatesLoading: 'Reading measures and municipalities …',
  templatesFailed: 'The choices could not be read from the extracts',
  templatesEmpty: 'The extracts have no measures with figures.',
  templateWords: {
    questions: {
      compare: 'Compare municipalities on one measure',
      trend: 'Change over time in one municipality',
      pledges: 'Which pledges have figures',
    },
    oneFigure:
      'One figure per municipality and period, the one that counts: a figure before a gap, primary source before secondary, figures without caveats before those with, latest retrieval first.',
    perThousand: (metric: string) =>
      `pr_1000 = vaerdi / folketal * 1000 with the population (${metric}) on the first day of the period (a year: 1 January); empty where nobody counted the population on that day. Ranked by pr_1000.`,
    notACount:
      'The measure is not a count, so there is no figure per 1,000 inhabitants. Ranked by value.',
    noPopulation:
      'The extracts have no population for the same period, so there is no figure per 1,000 inhabitants. Ranked by value (count).',
    nationalNotRanked: 'The whole country (000) is not ranked.',
    trendNational:
      'With the whole country (000) for reference; areas within the municipality are left out.',
    pledgesNote:
      'Pledges with a measure: how many figures (tal) and periods (perioder) the extracts hold for it in the pledge’s municipality; 0: none yet.',
    allKommuner: 'all municipalities',
  },
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
