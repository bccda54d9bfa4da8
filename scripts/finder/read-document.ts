/**
 * A document file's text in Node: the shared reader (src/finder/document-text.ts) with pdfjs-dist's
 * legacy build, the one meant for Node. It is imported only when the file is a PDF.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { documentText, type DocumentText } from '../../src/finder/document-text.ts';
import type { PdfJs } from '../../src/finder/pdf-text.ts';

export async function loadNodePdfJs(): Promise<PdfJs> {
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
}

export async function readDocument(path: string): Promise<DocumentText> {
  return documentText(basename(path), new Uint8Array(readFileSync(path)), loadNodePdfJs);
}
