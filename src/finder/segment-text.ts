/**
 * Splits a document's text into sentences and list items, keeping each one's place in the text so
 * that a candidate's quote is always a slice of the document itself.
 *
 * Paragraphs end at a blank line; a line that starts with a bullet (•, -, *, –) or a number ("1.",
 * "2)") starts a list item; single line breaks inside a paragraph are wrapping (as in text taken
 * from a PDF). Inside a line, "•" and a run "1) … 2) …" also separate items, since budget
 * catalogues and agreements list their points that way.
 */
import { words } from './word-pattern.ts';

export interface Segment {
  /** Where the segment starts and ends in the document's text (no surrounding whitespace). */
  start: number;
  end: number;
  /** The paragraph or list item it belongs to: sentences are joined only within one. */
  block: number;
  /** Part of a list (a bullet, a numbered line, an inline "1) … 2) …" run). */
  listItem: boolean;
}

interface Piece {
  start: number;
  end: number;
  listItem: boolean;
}

const BULLET_LINE = /^[ \t]*(?:[•·▪◦‣*\-–](?=\s)|(?=\d{1,2}[.)]\s))/u;
const SYMBOL_BULLET = /^[ \t]*[•·▪◦‣*\-–]\s+/u;
const HEADING_LINE = /^[ \t]*#{1,6}\s/u;
const INLINE_BULLET = /\s[•·▪◦‣]\s/gu;
const INLINE_NUMBER = words('(\\d{1,2})\\)(?=\\s)');
/** Connectors between inline items ("…, 4) Flere hjemløse i egen bolig samt 5) …"). */
const TRAILING_CONNECTOR = /(?:[\s,;]+(?:samt|og|eller))?[\s,;]*$/u;

/**
 * A full stop after one of these does not end a sentence ("12 mio. kr.", "bl.a. unge").
 * Lower-case: compared with the word before the stop, lower-cased.
 */
const ABBREVIATIONS = new Set([
  'mio',
  'mia',
  'mill',
  'kr',
  'bl.a',
  'f.eks',
  'fx',
  'ca',
  'jf',
  'jfr',
  'jvf',
  'nr',
  'pr',
  'mv',
  'm.v',
  'mm',
  'm.m',
  'm.fl',
  'o.l',
  'inkl',
  'ekskl',
  'dvs',
  'evt',
  'stk',
  'kl',
  'afd',
  'vedr',
  'iflg',
  'ang',
  'tlf',
  'osv',
  'hhv',
  'resp',
  'dr',
  'hr',
  'st',
  'ref',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'dec',
]);

export function segmentText(text: string): Segment[] {
  const segments: Segment[] = [];
  let block = 0;
  for (const piece of pieces(text)) {
    for (const [start, end] of sentences(text, piece.start, piece.end)) {
      segments.push({ start, end, block, listItem: piece.listItem });
    }
    block++;
  }
  return segments;
}

/** Paragraphs and list items, then the items inside them. */
function pieces(text: string): Piece[] {
  const units: Piece[] = [];
  let current: Piece | null = null;
  const flush = () => {
    if (current) units.push(current);
    current = null;
  };
  const lineRe = /[^\n]*(?:\n|$)/gu;
  for (const m of text.matchAll(lineRe)) {
    if (m[0] === '') break;
    const lineStart = m.index;
    const line = m[0].replace(/\n$/u, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const lineEnd = lineStart + line.length;
    const heading = HEADING_LINE.test(line);
    if (BULLET_LINE.test(line) || heading) {
      flush();
      const marker = heading
        ? (/^[ \t]*#{1,6}\s+/u.exec(line)?.[0].length ?? 0)
        : (SYMBOL_BULLET.exec(line)?.[0].length ?? 0);
      current = { start: lineStart + marker, end: lineEnd, listItem: !heading };
      if (heading) flush();
      continue;
    }
    if (current) current.end = lineEnd;
    else current = { start: lineStart, end: lineEnd, listItem: false };
  }
  flush();
  return units.flatMap((u) => splitInlineNumbers(text, splitInlineBullets(text, u)));
}

function splitInlineBullets(text: string, unit: Piece): Piece[] {
  const slice = text.slice(unit.start, unit.end);
  const out: Piece[] = [];
  let from = 0;
  let listItem = unit.listItem;
  for (const m of slice.matchAll(INLINE_BULLET)) {
    out.push({ start: unit.start + from, end: unit.start + m.index, listItem });
    from = m.index + m[0].length;
    listItem = true;
  }
  out.push({ start: unit.start + from, end: unit.end, listItem });
  return out.map((p) => trimPiece(text, p)).filter((p) => p.end > p.start);
}

/** "… fem temaer: 1) Bedre hverdag …, 2) Flere unge …" becomes a lead-in and one item each. */
function splitInlineNumbers(text: string, units: Piece[]): Piece[] {
  return units.flatMap((unit) => {
    const slice = text.slice(unit.start, unit.end);
    const marks = [...slice.matchAll(INLINE_NUMBER)];
    // Only a run counted from 1 is a list; "i 2) og 3)" alone is a reference.
    const run: number[] = [];
    for (const m of marks) {
      if (Number(m[1]) === run.length + 1) run.push(m.index);
    }
    if (run.length < 2) return [unit];
    const out: Piece[] = [
      { start: unit.start, end: unit.start + (run[0] ?? 0), listItem: unit.listItem },
    ];
    run.forEach((at, i) => {
      const next = run[i + 1];
      const end = next === undefined ? slice.length : next;
      let itemText = slice.slice(at, end);
      if (next !== undefined) itemText = itemText.replace(TRAILING_CONNECTOR, '');
      out.push({ start: unit.start + at, end: unit.start + at + itemText.length, listItem: true });
    });
    return out.map((p) => trimPiece(text, p)).filter((p) => p.end > p.start);
  });
}

function trimPiece(text: string, p: Piece): Piece {
  let { start, end } = p;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { ...p, start, end };
}

/** Sentence ends: . ! ? (and closing quotes), then space, then a capital, digit or quote. */
const SENTENCE_END = /[.!?…]+[”"'’»)\]]*(?=\s+[\p{Lu}\p{N}”"„«(])/gu;

function sentences(text: string, start: number, end: number): [number, number][] {
  const slice = text.slice(start, end);
  const out: [number, number][] = [];
  let from = 0;
  for (const m of slice.matchAll(SENTENCE_END)) {
    if (m[0].startsWith('.') && isAbbreviation(slice, m.index)) continue;
    // "1. Et punkt": the number of a numbered item, not a sentence of its own.
    if (m[0] === '.' && /^\d{1,2}$/u.test(slice.slice(from, m.index).trim())) continue;
    out.push([from, m.index + m[0].length]);
    from = m.index + m[0].length;
  }
  out.push([from, slice.length]);
  return out
    .map(([a, b]) => trimPiece(text, { start: start + a, end: start + b, listItem: false }))
    .filter((p) => p.end > p.start)
    .map((p) => [p.start, p.end]);
}

function isAbbreviation(slice: string, dot: number): boolean {
  const before = /[\p{L}.]+$/u.exec(slice.slice(Math.max(0, dot - 12), dot))?.[0] ?? '';
  const word = before.replace(/^\.+/u, '').toLowerCase();
  return word !== '' && ABBREVIATIONS.has(word);
}
