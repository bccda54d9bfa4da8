/** The embed builder's words (and the chart-only embed's unit line): only the builder's chunk and the build need them. The English in en-embed-builder.ts has the same keys, checked by its type. */
export const daEmbedBuilder = {
  open: 'Indlejr grafen eller kortet',
  show: 'Vis',
  card: 'Hele kortet',
  chart: 'Kun grafen',
  chartMissing: 'Løftet har ingen graf endnu, så kun hele kortet kan indlejres.',
  language: 'Sprog',
  danish: 'Dansk',
  english: 'Engelsk',
  theme: 'Farver',
  light: 'Lyse',
  dark: 'Mørke',
  auto: 'Som læserens system (lyst eller mørkt)',
  preview: 'Forhåndsvisning',
  unit: 'Enhed',
};

export type EmbedBuilderWords = typeof daEmbedBuilder;
