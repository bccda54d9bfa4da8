/**
 * The files behind a chart's download buttons: the chart as SVG and PNG (framed with its headline,
 * unit and period, legend and source, chart-frame.ts), its figures as CSV (with a source header) and as Parquet, written by the query
 * engine, which starts only for that. Loaded on the first click (ChartDownloads.svelte): most
 * readers never download, so none of this is in the pledge page's first JavaScript.
 */
import { framedSvg } from '../charts/chart-frame.ts';
import { pledgeChartFrame } from '../charts/chart-frame-pledge.ts';
import type { ChartLayout } from '../charts/pledge-chart-layout.ts';
import type { Annotation } from '../domain/pledge.ts';
import type { Series } from '../domain/series.ts';
import { t } from '../text/t.ts';
import type { PledgeView } from '../views/pledge-view.ts';
import type { Lang } from './state/url-state.ts';
import { downloadBlob, pageColours, standaloneSvg, svgToPng } from './chart-export.ts';

export type ChartFileKind = 'svg' | 'png' | 'csv' | 'parquet';

export interface ChartFileArgs {
  chart: SVGSVGElement | null;
  series: Series;
  kommuneName: string;
  /** File names start with this, e.g. the pledge id. */
  name: string;
  pageUrl: string;
  baseUrl: string;
  /** The pledge's view: the headline, the chart's input and labels, the target and licence. */
  view: PledgeView;
  /** The chart as laid out on the page; null without a chart. */
  layout: ChartLayout | null;
  /** The chart's dated notes, listed in the legend under their numbers. */
  annotations: readonly Annotation[];
  lang: Lang;
}

/** The chart in its frame (headline, unit and period, legend, source), so the file is publishable. */
function svgMarkup(a: ChartFileArgs): string {
  if (!a.chart || !a.layout) throw new Error(t(a.lang).chartMissing);
  const frame = pledgeChartFrame({
    headline: a.view.headline,
    series: a.series,
    chart: a.layout,
    labels: a.view.chart?.labels ?? {},
    target: a.view.target,
    annotations: a.annotations,
    kommune: a.kommuneName,
    licence: a.view.licence,
    pageUrl: a.pageUrl,
    lang: a.lang,
  });
  return framedSvg(standaloneSvg(a.chart), frame, pageColours());
}

async function makeFile(kind: ChartFileKind, a: ChartFileArgs): Promise<Blob> {
  if (kind === 'svg') return new Blob([svgMarkup(a)], { type: 'image/svg+xml' });
  if (kind === 'png') return svgToPng(svgMarkup(a));
  if (kind === 'csv') {
    const { seriesToCsv, UTF8_BOM } = await import('../domain/series-csv.ts');
    // The byte-order mark makes Excel read æ, ø and å correctly.
    const csv =
      UTF8_BOM +
      seriesToCsv({
        series: a.series,
        kommuneName: a.kommuneName,
        pageUrl: a.pageUrl,
        lang: a.lang,
      });
    return new Blob([csv], { type: 'text/csv;charset=utf-8' });
  }
  const [{ getEngine }, { seriesToParquet }] = await Promise.all([
    import('../db/engine.ts'),
    import('../db/queries/export.ts'),
  ]);
  const engine = await getEngine('app', a.baseUrl);
  if (!engine.tables.has('observations')) {
    const problem = engine.problems.find((p) => p.file === 'observations.parquet');
    throw new Error(problem ? `${problem.file}: ${problem.detail}` : t(a.lang).observationsMissing);
  }
  const bytes = await seriesToParquet(engine.db, a.series.metric.id, a.series.kode);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.apache.parquet' });
}

/** Makes the file and hands it to the browser as `<name>.<kind>`. */
export async function downloadChartFile(kind: ChartFileKind, args: ChartFileArgs): Promise<void> {
  downloadBlob(await makeFile(kind, args), `${args.name}.${kind}`);
}
