/**
 * The one comparison rule for quotes, the same as the catalogue's build (read-pledges.ts): runs of
 * whitespace are layout, not content, so a quote is compared and shown with each run as one space.
 */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
