/** The English of da-embed-builder.ts. */
import type { EmbedBuilderWords } from './da-embed-builder.ts';

export const enEmbedBuilder: EmbedBuilderWords = {
  open: 'Embed the chart or the card',
  show: 'Show',
  card: 'The whole card',
  chart: 'The chart only',
  chartMissing: 'The pledge has no chart yet, so only the whole card can be embedded.',
  language: 'Language',
  danish: 'Danish',
  english: 'English',
  theme: 'Colours',
  light: 'Light',
  dark: 'Dark',
  auto: 'As the reader’s system (light or dark)',
  preview: 'Preview',
  unit: 'Unit',
};
