/**
 * The one title a pledge has on every page, card, embed, og:image and print: today the English
 * summary in English and the quote in Danish.
 */
import type { Lang } from '../domain/format.ts';
import type { Pledge } from '../domain/pledge.ts';
import { pick } from '../text/t.ts';

export function pledgeHeadline(pledge: Pledge, lang: Lang): string {
  return pick(lang, pledge.quote, pledge.summaryEn);
}
