/**
 * The embed's options, read from its URL: language, colour theme, compact layout and data vintage.
 * Anything unknown, malformed or hostile falls back to the default; nothing from the URL is ever
 * written into the page as markup.
 */
export interface EmbedParams {
  lang: 'da' | 'en';
  theme: 'auto' | 'light' | 'dark';
  compact: boolean;
  /** A data vintage (YYYY-MM-DD): the figures as they were known that day. */
  vintage: string | null;
}

export const DEFAULT_EMBED_PARAMS: EmbedParams = {
  lang: 'da',
  theme: 'auto',
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
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    compact: compact === '1' || compact === 'true',
    vintage: vintage !== null && isRealDate(vintage) ? vintage : null,
  };
}

export function serializeEmbedParams(p: EmbedParams): string {
  const params = new URLSearchParams();
  if (p.lang !== 'da') params.set('lang', p.lang);
  if (p.theme !== 'auto') params.set('theme', p.theme);
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
