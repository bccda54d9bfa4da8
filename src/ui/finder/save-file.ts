/**
 * Hands a file the page made to the browser's download, from a blob: URL (nothing is uploaded).
 * Not chart-export.ts's downloadBlob: importing that module would list one more chunk in the app's
 * first chunk, which every page loads (npm run budget).
 */
export function saveFile(content: string, type: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
