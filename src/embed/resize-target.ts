/**
 * Which iframe a height message may resize, for the host-page script resize.js: only one of our
 * embeds, i.e. an iframe whose address is in the folder resize.js itself was loaded from
 * (<app>/embed/), and only on a message from that iframe's own window and our origin. Another
 * site's iframe, or another page on a shared origin (several sites under one github.io), is
 * never touched.
 */
const MIN_HEIGHT = 120;
const MAX_HEIGHT = 4000;

/** The embeds' folder, from resize.js's own address (null if unknown: then nothing resizes). */
export function embedFolder(scriptSrc: string | null | undefined): URL | null {
  if (!scriptSrc) return null;
  try {
    const folder = new URL('./', scriptSrc);
    return /^https?:$/.test(folder.protocol) && folder.pathname.endsWith('/embed/') ? folder : null;
  } catch {
    return null;
  }
}

/** True when an iframe with this src is one of our embeds and the message came from our origin. */
export function isOurEmbed(
  frameSrc: string,
  pageHref: string,
  folder: URL | null,
  messageOrigin: string,
): boolean {
  if (!folder || messageOrigin !== folder.origin) return false;
  let src: URL;
  try {
    src = new URL(frameSrc, pageHref);
  } catch {
    return false;
  }
  return src.origin === folder.origin && src.pathname.startsWith(folder.pathname);
}

/** The height to set, clamped; null for anything that is not a finite number. */
export function clampHeight(height: unknown): number | null {
  if (typeof height !== 'number' || !Number.isFinite(height)) return null;
  return Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)));
}
