/**
 * The pledge page built the naive way, engine first: start DuckDB-WASM, load the extracts, query
 * the pledge and its series, evaluate, then draw the same PledgeChart the app draws. It uses the
 * app's own modules throughout, so the only difference from the real page is where the figures
 * come from. It draws the chart alone (no quote, verdicts or tables), which if anything flatters
 * the naive way.
 */
import { mount } from 'svelte';
import PledgeChart from '../../../src/charts/PledgeChart.svelte';
import { pledgeChartInput } from '../../../src/charts/pledge-chart-input.ts';
import { startDb } from '../../../src/db/client.ts';
import { loadExtracts } from '../../../src/db/load.ts';
import { listKommuner } from '../../../scripts/catalogue/kommuner-queries.ts';
import { getPledge } from '../../db/pledge-extract.ts';
import { getSeries } from '../../../scripts/catalogue/series-queries.ts';
import { evaluateOutcome } from '../../../src/domain/evaluate-outcome.ts';
import { formatNumber } from '../../../src/domain/format.ts';
import { describeOutcome } from '../../../src/domain/sentence.ts';
import type { NaiveMarks } from './bench-result.ts';

/** The chart labels the Danish pledge page uses (src/text/da.ts). */
const LABELS = {
  target: 'Mål',
  pledge: 'Løftet givet',
  deadline: 'Frist',
  termEnd: 'Valgperiodens slut',
};

export async function runNaivePage(
  target: HTMLElement,
  pledgeId: string,
  dataUrl: string,
): Promise<NaiveMarks> {
  const start = performance.now();
  const db = await startDb('app');
  const engineReady = performance.now();
  const loaded = await loadExtracts(db, { baseUrl: dataUrl });
  if (loaded.problems.length > 0)
    throw new Error(loaded.problems.map((p) => `${p.file}: ${p.detail}`).join('; '));
  const extractsLoaded = performance.now();
  const pledge = await getPledge(db, pledgeId);
  const firstQuery = performance.now();
  if (!pledge?.measure) throw new Error(`${pledgeId}: no such pledge with a measure`);
  const [series, kommuner] = await Promise.all([
    getSeries(db, pledge.measure.metric, pledge.measure.kode),
    listKommuner(db),
  ]);
  if (!series) throw new Error(`${pledge.measure.metric}: no such metric`);
  const seriesLoaded = performance.now();
  const today = new Date().toISOString().slice(0, 10);
  const evaluation = evaluateOutcome(pledge, series, today);
  const kommune = kommuner.find((k) => k.kode === pledge.measure?.kode)?.navn ?? pledge.kode;
  const sentence = describeOutcome(pledge, series, evaluation, 'da', kommune);
  const evaluated = performance.now();
  mount(PledgeChart, {
    target,
    props: {
      input: pledgeChartInput(pledge, series, { width: 640, height: 320 }),
      title: `${series.metric.titleDa}, ${kommune}`,
      description: sentence,
      formatValue: (v: number) => formatNumber(v, 'da'),
      labels: {
        ...LABELS,
        target: `${LABELS.target} ${formatNumber(pledge.measure.target, 'da')}`,
      },
    },
  });
  const drawn = performance.now();
  return { start, engineReady, extractsLoaded, firstQuery, seriesLoaded, evaluated, drawn };
}
