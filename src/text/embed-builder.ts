/**
 * The embed builder's words (and the chart-only embed's unit line): only the builder's chunk and the build need them.
 * Kept out of the main dictionary, which every page loads (the pledge page's JavaScript budget).
 */
import type { Lang } from '../domain/format.ts';
import { daEmbedBuilder, type EmbedBuilderWords } from './da-embed-builder.ts';
import { enEmbedBuilder } from './en-embed-builder.ts';

export type { EmbedBuilderWords };

export function embedBuilderWords(lang: Lang): EmbedBuilderWords {
  return lang === 'en' ? enEmbedBuilder : daEmbedBuilder;
}
