/** The series CSV's header words in English: the keys of da-csv.ts. */
import type { CsvWords } from './da-csv.ts';

export const enCsv: CsvWords = {
  kommune: 'Municipality',
  unit: 'Unit',
  source: 'Source',
  table: 'table',
  retrieved: 'retrieved',
  licence: 'Licence',
  via: 'Downloaded from Løftetjek',
  missing: "An empty value ('..' in the source) means the figure was not published.",
  columns:
    'Column quality: primary = published by the producer, secondary = reported by others. ' +
    'Column flags: caveats about the figure, separated by semicolons. ' +
    'Column counts: true for the figure that counts for its period in the verdict and the ' +
    'chart; false for the other figures for the same period and for figures without a period.',
};
