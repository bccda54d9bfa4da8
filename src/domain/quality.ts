/** Reasons about the figures a verdict rests on: their source, flags and gaps. */
import type { QualityFlag } from './series.ts';
import { BLOCKING_FLAGS, reason, type Reason } from './reasons.ts';
import type { Point } from './trend.ts';

/** Secondary-only, provisional and otherwise flagged figures among `points`. */
export function qualityReasons(points: readonly Point[]): Reason[] {
  const withValue = points.filter((p) => p.value !== null);
  const secondary = withValue.filter((p) => p.obs.quality !== 'primary');
  const provisional = withValue.filter((p) => (p.obs.flags ?? []).includes('provisional'));
  const otherFlags = (p: Point): QualityFlag[] =>
    (p.obs.flags ?? []).filter((f) => f !== 'provisional' && BLOCKING_FLAGS.has(f));
  const flagged = withValue.filter((p) => otherFlags(p).length > 0);
  const label = (p: Point): string => p.obs.periodLabel;
  const out: Reason[] = [];
  if (secondary.length > 0) out.push(reason('only_secondary', { periods: secondary.map(label) }));
  if (provisional.length > 0) {
    out.push(reason('provisional', { periods: provisional.map(label), flags: ['provisional'] }));
  }
  if (flagged.length > 0) {
    out.push(
      reason('flagged', { periods: flagged.map(label), flags: flagged.flatMap(otherFlags) }),
    );
  }
  return out;
}

/** Nulls after the last value: the newest periods are published as missing. */
export function trailingGaps(points: readonly Point[]): Reason[] {
  const lastValue = points.findLastIndex((p) => p.value !== null);
  const gaps = points.slice(lastValue + 1).map((p) => p.obs.periodLabel);
  return gaps.length > 0 ? [reason('gap', { periods: gaps })] : [];
}
