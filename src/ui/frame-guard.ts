/**
 * Clickjacking defence where the host cannot send frame-ancestors (it works only as a header, e.g.
 * not on GitHub Pages): inside a frame of another origin the app does not start, and offers a
 * link that opens it in its own tab instead.
 */
import { loadLanguage, t as dictionary } from '../text/t.ts';
import type { Lang } from './state/url-state.ts';

/** True when any frame above this window is of another origin (or one we may not read). */
export function framedByOtherOrigin(win: Window): boolean {
  let current: Window = win;
  while (current.parent !== current) {
    current = current.parent;
    try {
      if (current.location.origin !== win.location.origin) return true;
    } catch {
      // Reading a cross-origin frame's location throws; a sandboxed frame cannot read any.
      return true;
    }
  }
  return false;
}

/** Replaces the page with one line and a link to the same address in a tab of its own. */
export async function showFramedNotice(doc: Document, lang: Lang, href: string): Promise<void> {
  await loadLanguage(lang);
  const t = dictionary(lang);
  const line = doc.createElement('p');
  line.className = 'framed-notice';
  const link = doc.createElement('a');
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.dataset.testid = 'framed-open';
  link.textContent = t.framedOpen;
  line.append(`${t.framedNotice} `, link);
  doc.documentElement.lang = lang;
  doc.body.replaceChildren(line);
}
