/**
 * The readable text of an HTML page, the same in Node and the browser: script, style and head are
 * dropped, block elements end a paragraph, list items become bullets, the remaining tags go and
 * character references are decoded. The finder's quotes are verbatim in this text.
 */

/** Elements whose content is not text a reader sees. */
const HIDDEN =
  /<(script|style|noscript|template|head|svg|math|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/giu;
const COMMENT = /<!--[\s\S]*?-->/gu;
/** A tag, with attribute values that may hold ">". */
const TAG = /<\/?([a-zA-Z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/gu;
const DECLARATION = /<![^>]*>|<\?[^>]*>/gu;
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'hr',
  'address',
  'details',
  'summary',
  'form',
  'fieldset',
  'title',
  'body',
  'html',
]);

/** The named references a Danish document uses; others are left as written. */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  aring: 'å',
  Aring: 'Å',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  auml: 'ä',
  Auml: 'Ä',
  ouml: 'ö',
  Ouml: 'Ö',
  uuml: 'ü',
  Uuml: 'Ü',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  shy: '\u00ad',
  copy: '©',
  reg: '®',
  euro: '€',
  deg: '°',
  sup2: '²',
  sup3: '³',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  times: '×',
  middot: '·',
  bull: '•',
  sect: '§',
  para: '¶',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
};

export function htmlToText(html: string): string {
  const body = html
    .replace(COMMENT, '')
    .replace(HIDDEN, (m) => (/^<head/iu.test(m) ? '' : '\n\n'))
    .replace(DECLARATION, '')
    .replace(TAG, (tag, name: string) => {
      const n = name.toLowerCase();
      if (n === 'br') return '\n';
      if (n === 'li') return tag.startsWith('</') ? '' : '\n• ';
      if (n === 'td' || n === 'th') return ' ';
      return BLOCK.has(n) ? '\n\n' : '';
    });
  return decodeEntities(body)
    .replace(/[ \t\f\v]*\n[ \t\f\v]*/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});/giu, (m, ref: string) => {
    if (ref.startsWith('#')) {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      // Surrogates and values past Unicode are not characters; keep what was written.
      if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff))
        return String.fromCodePoint(code);
      return m;
    }
    return ENTITIES[ref] ?? m;
  });
}
