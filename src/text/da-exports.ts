/** The words of chart downloads and the sentence kit in Danish; en-exports.ts has the same keys, checked by its type. */
export const daExports = {
  subtitle: (metric: string, unit: string, kommune: string, period: string) =>
    `${metric}, ${unit} · ${kommune} · ${period}`,
  legendSeries: 'målte tal',
  legendSecondary: 'tal fra en sekundær kilde',
  legendFlagged: (flags: string) => `tal med forbehold (${flags})`,
  legendTarget: (target: string) => `målet: ${target}`,
  legendRules: (rules: string) => `lodrette linjer: ${rules}`,
  legendNote: (date: string, label: string, source: string) => `${date}: ${label} (${source})`,
  sourcesVia: (publisher: string, sources: string) => `${publisher} via ${sources}`,
  madeWith: (url: string) => `Graf: Løftetjek, ${url}`,
  according: (publisher: string) => `ifølge ${publisher}`,
  citing: (publisher: string) => `, der citerer ${publisher}`,
  inDocument: (quote: string, title: string, by: string) =>
    `»${quote}«, står der i ${title} (${by}).`,
  copyText: 'Kopiér som tekst',
  copyHtml: 'Kopiér som HTML',
  copiedText: 'Sætningen er kopieret som tekst.',
  copiedHtml: 'Sætningen er kopieret som HTML med link (og som tekst).',
  copiedTextOnly: 'Browseren kan ikke kopiere HTML; sætningen er kopieret som tekst.',
};

export type ExportWords = typeof daExports;
