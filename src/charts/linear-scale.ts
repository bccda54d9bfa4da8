/**
 * A linear scale with d3's nice domains and ticks (from d3-array), without d3-scale: d3-scale
 * brings interpolators, colour parsing and number formatting into the first bundle, and the
 * charts need none of them.
 */
import { nice, ticks } from 'd3';

export interface LinearScale {
  (value: number): number;
  domain: [number, number];
  ticks(count: number): number[];
}

export function linearScale(
  domain: [number, number],
  range: [number, number],
  niceCount?: number,
): LinearScale {
  const [d0, d1] = niceCount === undefined ? domain : nice(domain[0], domain[1], niceCount);
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) => {
    const t = span === 0 ? 0.5 : (value - d0) / span;
    return r0 * (1 - t) + r1 * t;
  }) as LinearScale;
  scale.domain = [d0, d1];
  scale.ticks = (count: number) => ticks(d0, d1, count);
  return scale;
}
