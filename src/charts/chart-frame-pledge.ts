/**
 * What the frame of a downloaded pledge chart says (chart-frame.ts draws it): the pledge's
 * headline; the metric, unit, kommune and the periods drawn; a legend of only the marks this chart
 * draws (from the same layout the chart uses); and the source line with publisher, table, retrieval
 * dates, licence and the page it came from. Pure, for one language.
 */
import { citedSources, sourceTitle } from '../domain/citation.ts';
import { citedSourceText, MAX_CITED_SOURCES, publisherOf } from '../domain/cite-sentence.ts';
import { formatDate, formatPeriod, type Lang } from '../domain/format.ts';
import type { Annotation } from '../domain/pledge.ts';
import type { QualityFlag, Series } from '../domain/series.ts';
import { lowerFirst } from '../domain/units.ts';
import { pick, t } from '../text/t.ts';
import type { ChartFrame, LegendEntry } from './chart-frame.ts';
// Only the type: the page lays the chart out, so the layout code stays in the page's own chunk.
import type { ChartLayout } from './pledge-chart-layout.ts';
import { exportWords } from '../text/exports.ts';

export interface PledgeFrameInput {
  headline: string;
  series: Series;
  /** The chart's layout, as drawn on the page (layoutPledgeChart). */
  chart: ChartLayout;
  /** The chart's labels; a rule is only drawn with its label (termEnd). */
  labels: { termEnd?: string };
  /** "≤ 100 pct.", or null without a target. */
  target: string | null;
  annotations: readonly Annotation[];
  /** The kommune the figures are for. */
  kommune: string;
  /** The licence in the reader's language (pledge-view's licenceText), null when none is known. */
  licence: string | null;
  pageUrl: string;
  lang: Lang;
}

function subtitle(input: PledgeFrameInput, drawn: { label: string; date: string }[]): string {
  const { series, lang } = input;
  const metric = pick(lang, series.metric.titleDa, series.metric.titleEn);
  const unit = pick(lang, series.metric.unitDa, series.metric.unitEn) ?? series.metric.unit;
  const first = drawn[0];
  const last = drawn.at(-1);
  const period =
    first && last
      ? [
          formatPeriod(first.label, lang, first.date),
          ...(last === first ? [] : [formatPeriod(last.label, lang, last.date)]),
        ].join('–')
      : '';
  return exportWords(lang).subtitle(metric, unit, input.kommune, period);
}

function legend(input: PledgeFrameInput): LegendEntry[] {
  const { lang } = input;
  const w = t(lang);
  const layout = input.chart;
  const drawn = layout.points.filter((p) => Number.isFinite(p.y));
  const entries: LegendEntry[] = [];
  if (drawn.length > 0) entries.push({ mark: 'series', label: exportWords(lang).legendSeries });
  if (drawn.some((p) => p.secondary)) {
    entries.push({ mark: 'secondary', label: exportWords(lang).legendSecondary });
  }
  if (drawn.some((p) => p.flagged)) {
    // The caveats of the flagged figures drawn, as the data table names them.
    const dates = new Set(drawn.filter((p) => p.flagged).map((p) => p.date));
    const flags = new Set<QualityFlag>();
    for (const o of input.series.observations) {
      if (o.periodStart !== null && dates.has(o.periodStart)) o.flags.forEach((f) => flags.add(f));
    }
    const names = [...flags].map((f) => w.flag[f]).join(', ');
    entries.push({ mark: 'flagged', label: exportWords(lang).legendFlagged(names) });
  }
  if (layout.targetY !== null && input.target) {
    entries.push({ mark: 'target', label: exportWords(lang).legendTarget(input.target) });
  }
  const rules = [
    layout.pledgeX !== null ? w.pledgeDate : null,
    layout.deadlineX !== null
      ? layout.deadlineIsTermEnd && input.labels.termEnd
        ? `${w.deadline} = ${lowerFirst(w.termEnd)}`
        : w.deadline
      : null,
    layout.termEndX !== null && input.labels.termEnd ? w.termEnd : null,
  ].filter((r): r is string => r !== null);
  if (rules.length > 0) {
    entries.push({
      mark: 'rule',
      label: exportWords(lang).legendRules(rules.map(lowerFirst).join(', ')),
    });
  }
  for (const a of layout.annotations) {
    const note = input.annotations[a.number - 1];
    if (!note) continue;
    entries.push({
      mark: 'annotation',
      number: a.number,
      label: exportWords(lang).legendNote(
        formatDate(note.date, lang),
        pick(lang, note.labelDa, note.labelEn),
        note.sourceTitle,
      ),
    });
  }
  return entries;
}

const closed = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

function sourceLine(input: PledgeFrameInput): string {
  const { lang } = input;
  const w = t(lang);
  const sources = citedSources(input.series);
  const shown = sources.slice(0, MAX_CITED_SOURCES).map((s) => citedSourceText(s, lang));
  const more = sources.length > MAX_CITED_SOURCES ? ` ${w.citation.more}` : '';
  const listed = `${shown.join('; ')}${more}`;
  const publisher = publisherOf(input.series.metric);
  // Name the publisher unless every cited title already starts with it (its own tables).
  const named =
    publisher && !sources.every((s) => sourceTitle(s, lang).startsWith(publisher))
      ? exportWords(lang).sourcesVia(publisher, listed)
      : listed;
  const head = sources.length > 1 ? w.citation.many : w.citation.one;
  const parts = [closed(`${head}: ${named}`)];
  if (input.licence) parts.push(closed(`${w.licence}: ${input.licence}`));
  parts.push(exportWords(lang).madeWith(input.pageUrl));
  return parts.join(' ');
}

export function pledgeChartFrame(input: PledgeFrameInput): ChartFrame {
  const drawn = input.chart.points.filter((p) => Number.isFinite(p.y));
  return {
    title: input.headline,
    subtitle: subtitle(input, drawn),
    legend: legend(input),
    source: sourceLine(input),
  };
}
