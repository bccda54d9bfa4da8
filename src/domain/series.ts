/**
 * A measured series: the observations of one metric for one kommune, with their provenance.
 * Built from `observations` rows; consumed by the evaluator and the charts.
 */
import type { IsoDate, Kode } from './pledge.ts';

/**
 * Quality of one figure.
 * - primary: published by the statistics producer or the authority itself
 * - secondary: reported by a third party (news, NGO, notes) citing a primary source
 */
export type SourceQuality = 'primary' | 'secondary';

/** Known problems with a figure, kept next to it so a verdict can be honest about them. */
export const QUALITY_FLAGS = [
  'approx', // the source said "ca.", "næsten", "≈"
  'lower_bound', // the source said "mere end", "over"
  'provisional', // foreløbige tal
  'unvalidated', // the producer says the figure is not validated (SMDBV004 2015)
  'known_gap', // the producer reports missing registrations (SMDBV004 2020–2023, 8 kommuner)
  'partial_coverage', // not all kommuner report (SMDBV004 before 2021)
  'break_in_series',
  'footnote', // a producer footnote applies; see note
  'missing', // the producer published the cell as missing ('..')
  'sub_area', // a figure for part of a kommune
  'undated', // the source gives no usable period
] as const;

/** Known problems with a figure, kept next to it so a verdict can be honest about them. */
export type QualityFlag = (typeof QUALITY_FLAGS)[number];

export interface Observation {
  metric: string;
  kode: Kode | null;
  /** Where the period starts; null only for an undated figure. */
  periodStart: IsoDate | null;
  /** The period as the source labels it, e.g. '2024', '2024K1', '2016-04 to 2018-10'. */
  periodLabel: string;
  /** null when the source publishes the cell as missing ('..'). Never filled in. */
  value: number | null;
  quality: SourceQuality;
  flags: QualityFlag[];
  note?: string;
  source: ObservationSource;
}

export interface ObservationSource {
  /** The source as a Danish page names it (the data build writes it: scripts/lib/source-label.ts). */
  title: string;
  /** As an English page names it, where that differs; see sourceTitle in citation.ts. */
  titleEn?: string;
  url: string;
  /** StatBank table id, when the figure comes from one. */
  table?: string;
  /** The sentence in the source that carries the figure. */
  quote?: string;
  /** When we retrieved it. */
  retrieved: IsoDate;
}

export interface Metric {
  id: string;
  titleDa: string;
  titleEn: string;
  unit: string;
  /** The unit as a reader sees it, e.g. 'personer' / 'people'. */
  unitDa?: string;
  unitEn?: string;
  description: string;
  /** Who publishes it, as a Danish page names them (the data build's source-label rules). */
  source: string;
  /** As an English page names them, where that differs. */
  sourceEn?: string;
  table?: string;
  licence: string;
  /** null when neither direction is better in itself (e.g. a budget). */
  higherIsBetter: boolean | null;
  /** The publisher stopped the series. */
  discontinued?: Discontinued;
}

export interface Discontinued {
  /** The last period the publisher published, as it labels it, e.g. '2024'. */
  lastPeriod: string;
  /** From when it stopped. */
  date: IsoDate;
  note: { da: string; en: string };
  sourceTitle: string;
  sourceUrl?: string;
}

export interface Series {
  metric: Metric;
  kode: Kode;
  /** Sorted by periodStart, undated last. */
  observations: Observation[];
}
