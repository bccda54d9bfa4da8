// Synthetic documents throughout: made up for the tests.
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../src/finder/html-text.ts';
import { decodeText, documentText, formatOf } from '../../src/finder/document-text.ts';
import { PdfTextError } from '../../src/finder/pdf-text.ts';
import { loadNodePdfJs } from '../../scripts/finder/read-document.ts';
import { syntheticPdf } from './synthetic-pdf.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('htmlToText', () => {
  it('keeps the visible text, one paragraph per block and one bullet per list item', () => {
    const html = `<!doctype html><html><head><title>T</title><style>p{}</style></head>
      <body><h1>Program</h1><p>Vi <b>skal</b> bygge&nbsp;flere boliger.<br>Ny linje.</p>
      <script>var skal = 1 < 2;</script><!-- skal ikke med -->
      <ul><li>Der skal være &quot;housing first&quot;</li><li>Flere &aelig;bler &amp; p&#xE6;rer &#8211; godt</li></ul>
      <a href="x" title="a > b">link</a></body></html>`;
    expect(htmlToText(html)).toBe(
      'Program\n\nVi skal bygge\u00a0flere boliger.\nNy linje.\n\n• Der skal være "housing first"\n• Flere æbler & pærer – godt\n\nlink',
    );
  });

  it('decodes references once, and leaves unknown or impossible ones as written', () => {
    expect(decodeEntities('&amp;lt; &bogus; &#xD800; &#65;')).toBe('&lt; &bogus; &#xD800; A');
  });
});

describe('documentText', () => {
  it('tells the format by the name, else by the first bytes', () => {
    expect(formatOf('a.PDF', utf8('x'))).toBe('pdf');
    expect(formatOf('a.md', utf8('x'))).toBe('markdown');
    expect(formatOf('upload', utf8('%PDF-1.4'))).toBe('pdf');
    expect(formatOf('upload', utf8('  <!DOCTYPE html><p>x'))).toBe('html');
    expect(formatOf('upload', utf8('Vi skal.'))).toBe('text');
  });

  it('reads UTF-8, and Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(utf8('Ærø'))).toBe('Ærø');
    expect(decodeText(new Uint8Array([0xc6, 0x72, 0xf8, 0x20, 0x96]))).toBe('Ærø –');
  });

  it('keeps Markdown as it is, so quotes stay verbatim in the file', async () => {
    const md = '# Mål\n\n- Vi **skal** bygge.';
    expect(await documentText('a.md', utf8(md), loadNodePdfJs)).toEqual({
      format: 'markdown',
      text: md,
    });
  });

  it('reads a PDF with pdfjs-dist, a paragraph gap as a blank line', async () => {
    const pdf = syntheticPdf([
      ['Testby Kommune skal åbne et værested', 'for unge (syntetisk).'],
      ['Vi afsætter 2,5 mio. kr. årligt fra 2026.'],
    ]);
    expect(await documentText('plan.pdf', pdf, loadNodePdfJs)).toEqual({
      format: 'pdf',
      text: 'Testby Kommune skal åbne et værested\nfor unge (syntetisk).\n\nVi afsætter 2,5 mio. kr. årligt fra 2026.',
    });
  });

  it('says why a PDF gave no text', async () => {
    const broken = documentText('x.pdf', utf8('%PDF-1.4 not really'), loadNodePdfJs);
    await expect(broken).rejects.toBeInstanceOf(PdfTextError);
    await expect(broken).rejects.toMatchObject({ problem: 'unreadable' });
    const empty = documentText('x.pdf', syntheticPdf([]), loadNodePdfJs);
    await expect(empty).rejects.toMatchObject({ problem: 'no_text' });
  });
});
