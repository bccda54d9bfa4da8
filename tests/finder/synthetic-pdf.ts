/**
 * Writes a small synthetic PDF (one page, Helvetica, WinAnsi text) for the finder's tests: the text
 * is made up, so no document reaches the tests by accident. Writing PDF is simple; reading it is
 * pdfjs-dist's job, which is what the tests exercise.
 */
export function syntheticPdf(paragraphs: string[][]): Uint8Array {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const ops: string[] = ['BT', '/F1 11 Tf', '72 770 Td'];
  paragraphs.forEach((lines, p) => {
    if (p > 0) ops.push('0 -28 Td');
    lines.forEach((line, i) => {
      if (i > 0) ops.push('0 -14 Td');
      ops.push(`(${escape(line)}) Tj`);
    });
  });
  ops.push('ET');
  const stream = ops.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${latin1(stream).length} >>\nstream\n${stream}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(latin1(out).length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = latin1(out).length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(out);
}

/** WinAnsi and Latin-1 agree on every letter the tests use (æ, ø, å, é). */
function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) throw new Error(`not Latin-1: ${text[i]}`);
    bytes[i] = code;
  }
  return bytes;
}
