/**
 * A document's text from its file: plain text and Markdown as they are (the seeds keep their
 * Markdown marks, and quotes are verbatim in the file), HTML through htmlToText, PDF through
 * pdfjs-dist, which the caller loads (it differs between Node and the browser, and only a PDF
 * needs it). The format comes from the file name, or from the first bytes when the name says none.
 */
import { htmlToText } from './html-text.ts';
import { pdfText, type PdfJs } from './pdf-text.ts';

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'pdf';

const BY_EXTENSION: Record<string, DocumentFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
};

export function formatOf(name: string, bytes: Uint8Array): DocumentFormat {
  const extension = /\.([a-z]+)$/iu.exec(name)?.[1]?.toLowerCase();
  const known = extension ? BY_EXTENSION[extension] : undefined;
  if (known) return known;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('%pdf-')) return 'pdf';
  if (/^(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/u.test(head)) return 'html';
  return 'text';
}

/**
 * UTF-8, or Windows-1252 (what older Danish documents are saved in) when it is not valid UTF-8.
 * Decoded here rather than by TextDecoder('windows-1252'), which Node reads as Latin-1 and would
 * turn the en dash 0x96 into a control character.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let out = '';
    for (const b of bytes)
      out += b >= 0x80 && b < 0xa0 ? (CP1252[b - 0x80] ?? '\ufffd') : String.fromCharCode(b);
    return out;
  }
}

/** Windows-1252 0x80–0x9f; the five bytes it leaves undefined become U+FFFD. */
const CP1252 = [
  '€',
  '\ufffd',
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  '\ufffd',
  'Ž',
  '\ufffd',
  '\ufffd',
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  '\ufffd',
  'ž',
  'Ÿ',
];

export interface DocumentText {
  format: DocumentFormat;
  text: string;
}

export async function documentText(
  name: string,
  bytes: Uint8Array,
  loadPdfJs: () => Promise<PdfJs>,
): Promise<DocumentText> {
  const format = formatOf(name, bytes);
  if (format === 'pdf') return { format, text: await pdfText(await loadPdfJs(), bytes) };
  const raw = decodeText(bytes);
  return { format, text: format === 'html' ? htmlToText(raw) : raw };
}
