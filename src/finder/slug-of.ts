/**
 * A kebab-case id from Danish words, as the catalogue's ids are written ("aalborg-der-skal-
 * afsaettes-flere-ressourcer"): æ, ø, å spelled out, other accents dropped, cut at a word boundary.
 */
export function slugOf(text: string, maxLength: number): string {
  const words = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, maxLength);
}
