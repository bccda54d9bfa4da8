/**
 * The overview's meter, per-kommune summary and folding filters: only the overview's chunk needs them.
 * Kept out of the main dictionary, which every page loads (the pledge page's JavaScript budget).
 */
import type { Lang } from '../domain/format.ts';
import { daOverviewMeter, type OverviewMeterWords } from './da-overview-meter.ts';
import { enOverviewMeter } from './en-overview-meter.ts';

export type { OverviewMeterWords };

export function overviewMeterWords(lang: Lang): OverviewMeterWords {
  return lang === 'en' ? enOverviewMeter : daOverviewMeter;
}
