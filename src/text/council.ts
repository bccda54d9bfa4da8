/**
 * The draft council question's words, kept out of the main dictionary because the question's
 * code loads only when a reader opens it (the pledge page's JavaScript budget).
 */
import type { Lang } from '../domain/format.ts';
import { daCouncil, type CouncilWords } from './da-council.ts';
import { enCouncil } from './en-council.ts';

export function councilWords(lang: Lang): CouncilWords {
  return lang === 'en' ? enCouncil : daCouncil;
}
