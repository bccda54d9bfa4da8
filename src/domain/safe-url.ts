/**
 * Which addresses from the catalogue may become links. Only web pages: a `javascript:` or `data:`
 * address in a source, evidence or right-of-reply link would run code or open content in the
 * reader's browser when clicked. The data build refuses anything else, and the pages check again
 * before they render a link, so an extract that did not come from the build cannot slip one in.
 * Parsing follows the WHATWG URL standard, the same rules the browser applies to an href.
 */

/** Longer than any real source address; a longer one is a mistake or an attack. */
export const MAX_URL_LENGTH = 4000;

/**
 * Why `text` is not an absolute http(s) address a reader can safely follow, or null when it is.
 * Refused besides other schemes: spaces and control characters (the browser silently drops or
 * rewrites them, so the link would not go where the text says) and user names in the address
 * (https://trusted.dk@other.example goes to other.example).
 */
export function unsafeUrlReason(text: string): string | null {
  if (text.length > MAX_URL_LENGTH) return `is longer than ${MAX_URL_LENGTH} characters`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\s]/u.test(text)) return 'contains spaces or control characters';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not a complete web address (https://…)';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `uses ${url.protocol} – only http and https addresses can be links`;
  if (url.hostname === '') return 'names no host';
  if (url.username !== '' || url.password !== '') return 'contains a user name or password';
  return null;
}

export function isWebUrl(text: string): boolean {
  return unsafeUrlReason(text) === null;
}

/** The address itself when it may be a link, else null (render the title as plain text). */
export function webUrlOrNull(text: string | null | undefined): string | null {
  return typeof text === 'string' && isWebUrl(text) ? text : null;
}

/**
 * For links the app makes itself (a card's link to its page, relative to the page it is on):
 * relative paths and http(s) addresses, nothing that would resolve to another scheme.
 */
export function isSafeHref(href: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(href)) return false;
  try {
    const { protocol } = new URL(href, 'https://relative.invalid/');
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
