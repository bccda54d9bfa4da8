/**
 * pdfjs-dist in the browser, loaded only when an editor opens a PDF. Its worker script is bundled
 * by Vite and served from our own origin, and started from a blob: URL like the DuckDB worker
 * (src/db/client.ts): a worker from its own URL takes its Content-Security-Policy from that
 * response, which a static host may send without one; a blob: worker inherits the page's policy
 * (connect-src 'self'), so not even the worker could send the document anywhere.
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfJs } from '../../finder/pdf-text.ts';

let loading: Promise<PdfJs> | null = null;

export function loadBrowserPdfJs(): Promise<PdfJs> {
  return (loading ??= start());
}

async function start(): Promise<PdfJs> {
  const pdfjs = await import('pdfjs-dist');
  const script = new URL(workerUrl, location.href).href;
  const blob = URL.createObjectURL(
    new Blob([`import ${JSON.stringify(script)};`], { type: 'text/javascript' }),
  );
  // One worker for the page's life: pdfjs reuses a worker port for every document.
  pdfjs.GlobalWorkerOptions.workerPort = new Worker(blob, { type: 'module' });
  return pdfjs as unknown as PdfJs;
}
