/**
 * The text of a PDF, read with pdfjs-dist (never a parser of our own). The caller passes the
 * library it loaded: the legacy build in Node (scripts/finder/read-document.ts), the bundled build
 * with a worker from our own origin in the browser (src/ui/finder/load-pdfjs.ts). The bytes never
 * leave the machine: pdfjs is given the data, not a URL, and nothing it could fetch is configured.
 *
 * Lines come from pdfjs's end-of-line marks; a gap between lines taller than a line and a half
 * starts a new paragraph, so the finder's sentences do not run across headings and paragraphs.
 */

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  height?: number;
}

interface PdfPage {
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup?(): unknown;
}

interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

export interface PdfJs {
  getDocument(source: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    useWorkerFetch?: boolean;
    stopAtErrors?: boolean;
    verbosity?: number;
  }): { promise: Promise<PdfDocument>; destroy?(): Promise<void> };
}

export type PdfProblem = 'password' | 'unreadable' | 'no_text';

/** Why a PDF gave no text; the page and the CLI say it in words. */
export class PdfTextError extends Error {
  constructor(
    readonly problem: PdfProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'PdfTextError';
  }
}

export async function pdfText(pdfjs: PdfJs, bytes: Uint8Array): Promise<string> {
  let doc: PdfDocument;
  try {
    // A copy: pdfjs transfers the buffer to its worker, and the caller may still need its bytes.
    doc = await pdfjs.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      useWorkerFetch: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    const detail = e instanceof Error ? e.message : String(e);
    throw new PdfTextError(name === 'PasswordException' ? 'password' : 'unreadable', detail);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.filter(isTextItem)));
      page.cleanup?.();
    }
    const text = pages.join('\n\n').trim();
    if (text === '')
      throw new PdfTextError('no_text', `${doc.numPages} page(s) without a text layer`);
    return text;
  } finally {
    await doc.destroy();
  }
}

function isTextItem(item: unknown): item is TextItem {
  return typeof item === 'object' && item !== null && typeof (item as TextItem).str === 'string';
}

function pageText(items: TextItem[]): string {
  const lines: { text: string; y: number | null; height: number }[] = [];
  let text = '';
  let y: number | null = null;
  let height = 0;
  for (const item of items) {
    if (y === null && item.str.trim() !== '') y = item.transform?.[5] ?? null;
    height = Math.max(height, item.height ?? 0);
    text += item.str;
    if (item.hasEOL) {
      lines.push({ text, y, height });
      text = '';
      y = null;
      height = 0;
    }
  }
  if (text !== '') lines.push({ text, y, height });
  let out = '';
  lines.forEach((line, i) => {
    const before = lines[i - 1];
    if (before) {
      const gap = before.y !== null && line.y !== null ? before.y - line.y : 0;
      const size = Math.max(before.height, line.height);
      out += size > 0 && gap > size * 1.6 ? '\n\n' : '\n';
    }
    out += line.text;
  });
  return out;
}
