/**
 * A d3-geo stream filter for the build-time kommune map: snaps projected points to a pixel grid
 * so the pre-projected paths stay small and identical from build to build.
 */
import type { GeoStream } from 'd3';

/**
 * Snaps projected points to `grid` (after an optional shift, for the inset), drops points that
 * land on the one before, and drops rings that shrink below a triangle: islands smaller than the
 * grid vanish instead of leaving specks.
 */
export function snapStream(sink: GeoStream, grid: number, dx = 0, dy = 0): GeoStream {
  let ring: [number, number][] | null = null;
  const at = (v: number, d: number) => Math.round((v + d) / grid) * grid;
  return {
    point(x, y) {
      const p: [number, number] = [at(x, dx), at(y, dy)];
      if (!ring) return sink.point(p[0], p[1]);
      const last = ring[ring.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      const points = ring ?? [];
      ring = null;
      const first = points[0];
      const last = points[points.length - 1];
      if (first && last && points.length > 1 && first[0] === last[0] && first[1] === last[1]) {
        points.pop();
      }
      const kept = dropCollinear(points);
      if (kept.length < 3) return;
      sink.lineStart();
      for (const [x, y] of kept) sink.point(x, y);
      sink.lineEnd();
    },
    polygonStart: () => sink.polygonStart(),
    polygonEnd: () => sink.polygonEnd(),
    sphere: () => sink.sphere?.(),
  };
}

/**
 * Drops points that lie exactly on the line through their neighbours: after snapping, straight
 * runs are common, and dropping an exactly collinear point cannot open a gap between neighbours.
 */
function dropCollinear(ring: [number, number][]): [number, number][] {
  if (ring.length < 4) return ring;
  const out: [number, number][] = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const a = out[out.length - 1] ?? ring[n - 1]!;
    const b = ring[i]!;
    const c = ring[(i + 1) % n]!;
    if ((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]) !== 0) out.push(b);
  }
  return out;
}
