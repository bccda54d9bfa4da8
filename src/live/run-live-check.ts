/**
 * One live check, from the button press to what the page shows: read the spec the build wrote,
 * ask DST for the metric's figures in the kommune, Hele landet and the kommuner of its region,
 * read the answer with the importer's code, compare it with the page's figures and, for a pledge
 * measured by this metric, evaluate the pledge again on the merged series with the domain's own
 * evaluateOutcome. It changes nothing: the caller shows the result beside the reviewed figures.
 */
import { evaluateOutcome, type OutcomeEvaluation } from '../domain/evaluate-outcome.ts';
import type { IsoDate, Pledge } from '../domain/pledge.ts';
import type { Observation, Series } from '../domain/series.ts';
import { StatbankError } from '../statbank/statbank-error.ts';
import { compareLive, mergeLive, type LiveComparison } from './compare-live.ts';
import { fetchLive, LiveCheckError, type FetchLiveOptions } from './fetch-live.ts';
import { liveRequest, readLiveAnswer } from './live-request.ts';
import { parseLiveSpec, type LiveSpec } from './live-spec.ts';

export { LiveCheckError };

export const NATIONAL_KODE = '000';

export interface LiveCheckInput {
  metricId: string;
  kode: string;
  /** The figures the page shows for this metric (any kommuner). */
  observations: readonly Observation[];
  /** The measured series and its pledge, when the page judges a pledge by this metric. */
  verdictOf?: { pledge: Pledge; series: Series } | null;
  apiBase: string;
  today: IsoDate;
  loadSpec: () => Promise<LiveSpec>;
  fetchOptions?: FetchLiveOptions;
}

export interface LiveCheckResult {
  url: string;
  kodes: string[];
  comparison: LiveComparison;
  /** The verdict on the page's figures and on the merged ones; null when no pledge rests on them. */
  verdict: { before: OutcomeEvaluation; after: OutcomeEvaluation } | null;
}

/** The kommune, Hele landet and the kommuner in the same region, kommune first. */
export function comparators(spec: LiveSpec, kode: string): string[] {
  const region = spec.kommuner[kode]?.region ?? null;
  const peers = Object.entries(spec.kommuner)
    .filter(([k, v]) => k !== kode && region !== null && v.region === region)
    .map(([k]) => k)
    .sort();
  return [...new Set([kode, NATIONAL_KODE, ...peers])];
}

export async function runLiveCheck(input: LiveCheckInput): Promise<LiveCheckResult> {
  let spec: LiveSpec;
  try {
    spec = parseLiveSpec(await input.loadSpec());
  } catch (e) {
    throw new LiveCheckError('format', `spec: ${e instanceof Error ? e.message : String(e)}`);
  }
  const metric = spec.metrics[input.metricId];
  if (!metric) throw new LiveCheckError('format', `no live spec for ${input.metricId}`);
  const kodes = metric.table.geography === null ? [NATIONAL_KODE] : comparators(spec, input.kode);
  const live = liveRequest(metric, kodes, input.apiBase);
  const text = await fetchLive(live.url, input.fetchOptions);
  let figures;
  try {
    figures = readLiveAnswer(text, live);
  } catch (e) {
    if (e instanceof StatbankError) throw new LiveCheckError('format', e.message);
    throw e;
  }
  const comparison = compareLive(
    input.observations.filter((o) => o.metric === input.metricId),
    figures,
  );
  let verdict: LiveCheckResult['verdict'] = null;
  const v = input.verdictOf;
  if (v && v.pledge.measure?.metric === input.metricId && v.series.metric.id === input.metricId) {
    const merged = mergeLive(v.series, figures, {
      title: `Danmarks Statistik, StatBank ${metric.table.id} (live, ikke gennemgået)`,
      url: live.url,
      table: metric.table.id,
      retrieved: input.today,
    });
    verdict = {
      before: evaluateOutcome(v.pledge, v.series, input.today),
      after: evaluateOutcome(v.pledge, merged, input.today),
    };
  }
  return { url: live.url, kodes, comparison, verdict };
}
