/** The comparison section's words, Danish and English. */
import type { Comparison } from '../domain/comparison.ts';
import type { Lang } from './state/url-state.ts';

const da = {
  heading: 'Sammenlignet med andre kommuner',
  loading: 'Henter tal for alle kommuner …',
  failed: 'Sammenligningen kunne ikke indlæses',
  noData: 'De medfølgende data har ingen tal for denne serie i nogen kommune endnu.',
  period: 'Periode',
  coverage: (n: number, total: number, period: string) =>
    `${n} af ${total} kommuner har et tal for ${period} i de medfølgende data.`,
  national: 'Hele landet',
  perThousand: 'pr. 1.000 indbyggere',
  noPopulation:
    'Tallene er antal, og store kommuner har flere end små alene fordi de er store. De kan først sammenlignes pr. 1.000 indbyggere, når befolkningstal (Danmarks Statistik, FOLK1A) for samme periode er hentet; derfor vises rå antal her og intet kort.',
  noMap:
    'Kortet vises, når der er befolkningstal for samme periode at regne pr. 1.000 indbyggere med: et kort over rå antal viser mest, hvor mange der bor.',
  target: (value: string) => `Mål ${value}`,
  plotTitle: (metric: string, period: string) => `${metric}, ${period}, kommuner rangeret`,
  plotDescription: (
    c: Comparison,
    focus: string,
    unit: string,
    fmt: (v: number) => string,
  ): string => {
    const row = c.rows.find((r) => r.isFocus);
    const value = row ? (c.perThousand === 'shown' ? row.rate : row.value) : null;
    const where =
      row && value !== null
        ? `${focus} har ${fmt(value)} ${unit} og er nr. ${row.rank} af ${c.rows.length}.`
        : `${focus} har intet tal for perioden.`;
    return `${where} ${c.rows.length} kommuner med tal; se tabellen for alle værdier.`;
  },
  region: (region: string) => `Region ${region}`,
  mapTitle: (period: string) => `Kommunerne på kort, ${period}`,
  mapNoData: 'Intet tal',
  mapFailed: 'Kortet kunne ikke indlæses',
  attribution: 'Kilde: Klimadatastyrelsen (DAGI)',
  table: 'Tallene for alle kommuner',
  rank: 'Nr.',
  kommune: 'Kommune',
  value: 'Værdi',
  sourceQuality: 'Kilde',
  primary: 'primær',
  sourceWord: 'kilde',
  tableWord: 'tabel',
  retrieved: 'hentet',
  populationSource: 'Indbyggertal',
  secondary: 'sekundær',
  missing: (n: number) => `${n} kommuner uden tal for perioden`,
  openInExplorer: 'Åbn forespørgslen bag sammenligningen i udforskeren',
};

export type ComparisonStrings = typeof da;

const en: ComparisonStrings = {
  heading: 'Compared with other municipalities',
  loading: 'Loading figures for all municipalities …',
  failed: 'The comparison could not be loaded',
  noData: 'The bundled data has no figures for this series in any municipality yet.',
  period: 'Period',
  coverage: (n: number, total: number, period: string) =>
    `${n} of ${total} municipalities have a figure for ${period} in the bundled data.`,
  national: 'Denmark',
  perThousand: 'per 1,000 inhabitants',
  noPopulation:
    'These figures are counts, and large municipalities have more simply because they are large. They can be compared per 1,000 inhabitants only once population figures (Statistics Denmark, FOLK1A) for the same period are fetched; so raw counts are shown here, and no map.',
  noMap:
    'The map is shown once population figures for the same period allow a rate per 1,000 inhabitants: a map of raw counts mostly shows where people live.',
  target: (value: string) => `Target ${value}`,
  plotTitle: (metric: string, period: string) => `${metric}, ${period}, municipalities ranked`,
  plotDescription: (c, focus, unit, fmt) => {
    const row = c.rows.find((r) => r.isFocus);
    const value = row ? (c.perThousand === 'shown' ? row.rate : row.value) : null;
    const where =
      row && value !== null
        ? `${focus} has ${fmt(value)} ${unit} and ranks ${row.rank} of ${c.rows.length}.`
        : `${focus} has no figure for the period.`;
    return `${where} ${c.rows.length} municipalities with figures; see the table for all values.`;
  },
  region: (region: string) => `Region ${region}`,
  mapTitle: (period: string) => `The municipalities on a map, ${period}`,
  mapNoData: 'No figure',
  mapFailed: 'The map could not be loaded',
  attribution: 'Source: Danish Agency for Climate Data (DAGI)',
  table: 'The figures for all municipalities',
  rank: 'Rank',
  kommune: 'Municipality',
  value: 'Value',
  sourceQuality: 'Source',
  primary: 'primary',
  sourceWord: 'source',
  tableWord: 'table',
  retrieved: 'retrieved',
  populationSource: 'Population',
  secondary: 'secondary',
  missing: (n: number) => `${n} municipalities without a figure for the period`,
  openInExplorer: 'Open the query behind the comparison in the explorer',
};

export function comparisonStrings(lang: Lang): ComparisonStrings {
  return lang === 'en' ? en : da;
}
