/**
 * The embed's options, read from its URL: language, colour theme, compact layout and data vintage.
 * Anything unknown, malformed or hostile falls back to the default; nothing from the URL is ever
 * written into the page as markup.
 */
export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedParams {
  lang: 'da' | 'en';
  /**
   * Light unless the embedder asks otherwise: the card sits in someone else's page, whose look the
   * embedder knows and the reader's system setting does not. `auto` follows the reader's system.
   */
  theme: EmbedTheme;
  compact: boolean;
  /** A data vintage (YYYY-MM-DD): the figures as they were known that day. */
  vintage: string | null;
}

export const DEFAULT_EMBED_PARAMS: EmbedParams = {
  lang: 'da',
  theme: 'light',
  compact: false,
  vintage: null,
};

export function parseEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  const compact = params.get('compact');
  const vintage = params.get('v');
  return {
    lang: params.get('lang') === 'en' ? 'en' : 'da',
    theme: theme === 'dark' || theme === 'auto' ? theme : 'light',
    compact: compact === '1' || compact === 'true',
    vintage: vintage !== null && isRealDate(vintage) ? vintage : null,
  };
}

export function serializeEmbedParams(p: EmbedParams): string {
  const params = new URLSearchParams();
  if (p.lang !== 'da') params.set('lang', p.lang);
  if (p.theme !== 'light') params.set('theme', p.theme);
  if (p.compact) params.set('compact', '1');
  if (p.vintage) params.set('v', p.vintage);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}
