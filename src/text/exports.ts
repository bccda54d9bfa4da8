/**
 * The words of chart downloads (headline frame, legend, source line) and the sentence kit. Only
 * code that loads on a click or near the foot of the page uses them, so they stay out of the
 * dictionary every page loads (the pledge page's JavaScript budget).
 */
import type { Lang } from '../domain/format.ts';
import { daExports, type ExportWords } from './da-exports.ts';
import { enExports } from './en-exports.ts';

export type { ExportWords };

export function exportWords(lang: Lang): ExportWords {
  return lang === 'en' ? enExports : daExports;
}
