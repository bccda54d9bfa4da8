/**
 * The one title a pledge has on every page, card, embed, og:image and print: the editorial
 * headline, else (an older catalogue) the English summary or the Danish quote.
 */
import type { Lang } from '../domain/format.ts';
import type { Pledge } from '../domain/pledge.ts';
import { pick } from '../text/t.ts';

export function pledgeHeadline(pledge: Pledge, lang: Lang): string {
  const headline = pick(lang, pledge.headline?.da, pledge.headline?.en)?.trim();
  return headline ? headline : pick(lang, pledge.quote, pledge.summaryEn);
}
