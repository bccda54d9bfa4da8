/**
 * The path a line chart draws through its placed points, and the rounding that keeps chart
 * geometry free of float noise. Shared by the pledge chart and the explorer's line chart; kept
 * free of d3-shape and d3-path (3 KB gzip on the pledge page).
 */

/** Chart geometry to a tenth of a pixel: snapshots must not depend on float noise. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Every decimal number in an SVG path, rounded as round() does. */
export function roundPath(path: string): string {
  return path.replace(/-?\d+\.\d+/g, (n) => String(round(Number(n))));
}

/**
 * The path d3's line() with defined(finite y) draws through the points: a move to the first point
 * of each run of drawn values, lines to the rest, and a close for a run of one point so it still
 * shows. A gap (no finite y) ends the run: never bridged.
 */
export function pathThrough(points: readonly { x: number; y: number }[]): string {
  let path = '';
  let run = 0;
  for (const p of [...points, null]) {
    if (p && Number.isFinite(p.y)) {
      path += `${run === 0 ? 'M' : 'L'}${p.x},${p.y}`;
      run++;
      continue;
    }
    if (run === 1) path += 'Z';
    run = 0;
  }
  return path;
}
