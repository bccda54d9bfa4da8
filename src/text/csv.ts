/**
 * The series CSV's header words, a section of the dictionary that loads with the CSV code on the
 * first download (like explorer.ts), so the pages do not carry them. English is typed by the
 * Danish keys.
 */
import type { Lang } from '../domain/format.ts';
import { daCsv, type CsvWords } from './da-csv.ts';
import { enCsv } from './en-csv.ts';

export const csvText: Record<Lang, CsvWords> = { da: daCsv, en: enCsv };
