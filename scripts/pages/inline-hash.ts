/**
 * Content-Security-Policy hashes of inline <script> and <style> elements. A browser hashes an
 * inline element's text exactly as it arrived (UTF-8), so the hash is computed from the same
 * string that is written into the page, and inlineBlocks reads a written page back to check that
 * its policy names every inline element it holds.
 */
import { createHash } from 'node:crypto';
import type { InlineHashes } from '../lib/csp.ts';

/** The policy source for an inline element's text: 'sha256-<base64>'. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** An inline <style> element for `css`; refuses text that would end the element early. */
export function styleElement(css: string): string {
  if (/<\/style/i.test(css)) throw new Error('inline CSS must not contain "</style"');
  return `<style>${css}</style>`;
}

/** An inline classic <script> element for `code`; refuses text that would end it early. */
export function scriptElement(code: string): string {
  if (/<\/script/i.test(code)) throw new Error('inline script must not contain "</script"');
  return `<script>${code}</script>`;
}

/** The text of every inline <script> (one without src) and <style> element of a page. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc\s*=/i.test(m[1] ?? ''))
    .map((m) => m[2] ?? '');
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
  return { scripts, styles };
}

/** The hashes of a page's inline elements, each once, in the order they first appear. */
export function hashesOf(html: string): InlineHashes {
  const { scripts, styles } = inlineBlocks(html);
  return {
    scripts: [...new Set(scripts.map(cspHash))],
    styles: [...new Set(styles.map(cspHash))],
  };
}

/** The union of several sets of hashes, each once. */
export function joinHashes(...sets: InlineHashes[]): InlineHashes {
  return {
    scripts: [...new Set(sets.flatMap((s) => s.scripts))],
    styles: [...new Set(sets.flatMap((s) => s.styles))],
  };
}

/**
 * The inline elements of a written page that `allowed` does not name, as short descriptions;
 * empty when the page's policy lets all of them run. The build fails on any.
 */
export function unallowedBlocks(html: string, allowed: InlineHashes): string[] {
  const { scripts, styles } = inlineBlocks(html);
  const missing = (kind: string, texts: string[], hashes: readonly string[]) =>
    texts
      .filter((text) => !hashes.includes(cspHash(text)))
      .map((text) => `${kind} ${JSON.stringify(text.slice(0, 40))}…`);
  return [
    ...missing('script', scripts, allowed.scripts),
    ...missing('style', styles, allowed.styles),
  ];
}
