/** The English of da-exports.ts. */
import type { ExportWords } from './da-exports.ts';

export const enExports: ExportWords = {
  subtitle: (metric, unit, kommune, period) => `${metric}, ${unit} · ${kommune} · ${period}`,
  legendSeries: 'measured figures',
  legendSecondary: 'figure from a secondary source',
  legendFlagged: (flags) => `figure with a caveat (${flags})`,
  legendTarget: (target) => `the target: ${target}`,
  legendRules: (rules) => `vertical lines: ${rules}`,
  legendNote: (date, label, source) => `${date}: ${label} (${source})`,
  sourcesVia: (publisher, sources) => `${publisher} via ${sources}`,
  madeWith: (url) => `Chart: Løftetjek, ${url}`,
  according: (publisher) => `according to ${publisher}`,
  citing: (publisher) => ` citing ${publisher}`,
  inDocument: (quote, title, by) => `“${quote}”, says ${title} (${by}).`,
  copyText: 'Copy as text',
  copyHtml: 'Copy as HTML',
  copiedText: 'The sentence was copied as text.',
  copiedHtml: 'The sentence was copied as HTML with a link (and as text).',
  copiedTextOnly: 'This browser cannot copy HTML; the sentence was copied as text.',
};
