/**
 * The explorer's templates: the common questions, answered by SQL the reader can read and edit.
 * A template takes only values from the lists the page read from the extracts (metrics, their
 * periods, kommuner), checks each chosen value against them, and writes every value into the SQL
 * as a quoted string literal; text from the data in a comment has its line breaks removed, so
 * nothing chosen can end the comment or the string and become SQL. The SQL still runs through the
 * guard like any other query.
 *
 * The comparison follows src/domain/comparison.ts: one figure per kommune (the one that counts by
 * figure-for-period.ts), sub-area and undated figures left out, Hele landet not ranked, and a rate
 * per 1,000 inhabitants only for counts and only with the population counted on the first day of
 * the figure's period (FOLK1A's quarter or FOLK1AM's month: src/domain/comparison-population.ts
 * decides the day); never another day's.
 */
import { isCountUnit, NATIONAL_KODE } from '../../domain/comparison.ts';
import { populationDay } from '../../domain/comparison-population.ts';
import { BLOCKING_FLAGS } from '../../domain/reasons.ts';
import type { Lang } from '../../domain/format.ts';
import { sqlString } from './explorer-queries.ts';
import { t } from '../../text/t.ts';

/** The population tables a rate may divide by (both count people on the first day of a period). */
export const POPULATION_METRICS = ['dst_folk1a_population', 'dst_folk1am_population'] as const;

export interface PeriodChoice {
  label: string;
  /** ISO start date, for ordering; null when the label has none. */
  start: string | null;
  /** Kommuner (not Hele landet) with a figure for the period. */
  kommuner: number;
}

export interface MetricChoice {
  id: string;
  title: { da: string; en: string };
  unit: string;
  unitWords: { da: string; en: string };
  higherIsBetter: boolean | null;
  /** Oldest first. */
  periods: PeriodChoice[];
  /** Kommune codes with a figure, Hele landet included when it has one. */
  kodes: string[];
}

export interface KommuneChoice {
  kode: string;
  navn: string;
}

export interface TemplateChoices {
  /** In Danish order of the reader's language's title. */
  metrics: MetricChoice[];
  /** Kommuner in Danish order, Hele landet not among them. */
  kommuner: KommuneChoice[];
  /** Days (ISO) a population table counted kommune figures on. */
  populationDays: string[];
}

export type TemplateId = 'compare' | 'trend' | 'pledges';
export const TEMPLATE_IDS: readonly TemplateId[] = ['compare', 'trend', 'pledges'];

export type TemplateRequest =
  | { template: 'compare'; metricId: string; period: string }
  | { template: 'trend'; metricId: string; kode: string }
  | { template: 'pledges'; kode: string | null };

export interface TemplateWords {
  questions: Record<TemplateId, string>;
  /** Comment lines explaining the SQL, in the reader's language. */
  oneFigure: string;
  perThousand: (metric: string) => string;
  notACount: string;
  noPopulation: string;
  nationalNotRanked: string;
  trendNational: string;
  pledgesNote: string;
  allKommuner: string;
}

export interface BuiltTemplate {
  sql: string;
  /** The question with its chosen values: the chart's title. */
  title: string;
  /** The unit of the drawn figure, when one metric is drawn. */
  unit: string | null;
}

export class TemplateChoiceError extends Error {
  constructor(what: string) {
    super(`not one of the listed choices: ${what}`);
    this.name = 'TemplateChoiceError';
  }
}

/** Text from the data, safe in a `--` comment: no line break (nor any control character) left. */
export function commentText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').trim();
}

const TITLE_MAX = 160;

/**
 * A query's title: its leading `--` comment (a template writes its question there), else null.
 * So a link to a template's query, or a reader's own commented query, keeps its title.
 */
export function queryTitle(sql: string): string | null {
  const match = /^\s*--[ \t]*([^\r\n]*)/.exec(sql);
  const text = match ? commentText(match[1] ?? '') : '';
  if (text === '') return null;
  const chars = [...text];
  return chars.length > TITLE_MAX ? `${chars.slice(0, TITLE_MAX - 1).join('')}…` : text;
}

const flagList = (flags: Iterable<string>) => `[${[...flags].map(sqlString).join(', ')}]`;
const NOT_WHOLE = flagList(['sub_area', 'undated']);

/** figure-for-period.ts's rule as an ORDER BY: the figure that counts comes first. */
function countsFirst(alias: string): string {
  const a = alias ? `${alias}.` : '';
  return [
    `(${a}value IS NOT NULL AND isfinite(${a}value)) DESC`,
    `${a}quality = 'primary' DESC`,
    `list_has_any(${a}flags, ${flagList([...BLOCKING_FLAGS].sort())}) ASC`,
    `${a}retrieved DESC`,
    `${a}source_url`,
    `${a}value`,
    `array_to_string(list_sort(${a}flags), ';')`,
  ].join(',\n      ');
}

function findMetric(choices: TemplateChoices, id: string): MetricChoice {
  const metric = choices.metrics.find((m) => m.id === id);
  if (!metric) throw new TemplateChoiceError(`metric ${JSON.stringify(id)}`);
  return metric;
}

function findKommune(choices: TemplateChoices, kode: string): KommuneChoice {
  const kommune = choices.kommuner.find((k) => k.kode === kode);
  if (!kommune) throw new TemplateChoiceError(`kommune ${JSON.stringify(kode)}`);
  return kommune;
}

/** True when the comparison can show a rate: a count, with a population for the same period. */
export function hasPerThousand(metric: MetricChoice, period: string, choices: TemplateChoices) {
  const day = populationDay(period);
  return isCountUnit(metric.unit) && day !== null && choices.populationDays.includes(day);
}

export function buildTemplate(
  request: TemplateRequest,
  choices: TemplateChoices,
  lang: Lang,
  words: TemplateWords,
): BuiltTemplate {
  if (request.template === 'compare') return compareSql(request, choices, lang, words);
  if (request.template === 'trend') return trendSql(request, choices, lang, words);
  return pledgesSql(request, choices, lang, words);
}

function compareSql(
  request: { metricId: string; period: string },
  choices: TemplateChoices,
  lang: Lang,
  words: TemplateWords,
): BuiltTemplate {
  const metric = findMetric(choices, request.metricId);
  const period = metric.periods.find((p) => p.label === request.period)?.label;
  if (period === undefined)
    throw new TemplateChoiceError(`period ${JSON.stringify(request.period)}`);
  const perThousand = hasPerThousand(metric, period, choices);
  const title = commentText(`${words.questions.compare}: ${metric.title[lang]}, ${period}`);
  const direction = metric.higherIsBetter === false ? 'ASC' : 'DESC';
  const ranked = perThousand ? 'pr_1000' : 'vaerdi';
  const note = perThousand
    ? words.perThousand(POPULATION_METRICS.join(', '))
    : isCountUnit(metric.unit)
      ? words.noPopulation
      : words.notACount;
  const population = perThousand
    ? [
        'folketal AS (',
        '  SELECT kode, value AS folketal',
        '  FROM observations',
        `  WHERE metric_id IN (${POPULATION_METRICS.map(sqlString).join(', ')})`,
        `    AND period_start = DATE ${sqlString(populationDay(period) ?? '')}`,
        `    AND value IS NOT NULL AND isfinite(value) AND NOT list_has_any(flags, ${NOT_WHOLE})`,
        '  QUALIFY row_number() OVER (',
        '    PARTITION BY kode',
        `    ORDER BY ${countsFirst('')}`,
        '  ) = 1',
        '),',
      ]
    : [];
  const sql = [
    `-- ${title}`,
    `-- ${commentText(words.oneFigure)}`,
    `-- ${commentText(note)}`,
    `-- ${commentText(words.nationalNotRanked)}`,
    'WITH tal AS (',
    '  SELECT kode, value, quality, flags, source_title',
    '  FROM observations',
    `  WHERE metric_id = ${sqlString(metric.id)} AND period_label = ${sqlString(period)}`,
    `    AND value IS NOT NULL AND isfinite(value) AND NOT list_has_any(flags, ${NOT_WHOLE})`,
    '  QUALIFY row_number() OVER (',
    '    PARTITION BY kode',
    `    ORDER BY ${countsFirst('')}`,
    '  ) = 1',
    '),',
    ...population,
    'raekker AS (',
    `  SELECT k.navn, t.kode, k.region,${perThousand ? '\n    CASE WHEN f.folketal > 0 THEN t.value / f.folketal * 1000 END AS pr_1000,' : ''}`,
    `    t.value AS vaerdi,${perThousand ? ' f.folketal,' : ''} t.quality, t.source_title`,
    '  FROM tal t',
    '  JOIN kommuner k ON k.kode = t.kode',
    ...(perThousand ? ['  LEFT JOIN folketal f ON f.kode = t.kode'] : []),
    `  WHERE t.kode <> ${sqlString(NATIONAL_KODE)}`,
    ')',
    'SELECT *,',
    `  CASE WHEN ${ranked} IS NOT NULL THEN rank() OVER (ORDER BY ${ranked} ${direction} NULLS LAST) END AS placering`,
    'FROM raekker',
    'ORDER BY placering NULLS LAST, kode',
  ].join('\n');
  const unit = perThousand ? t(lang).comparison.perThousand : metric.unitWords[lang] || null;
  return { sql, title, unit };
}

function trendSql(
  request: { metricId: string; kode: string },
  choices: TemplateChoices,
  lang: Lang,
  words: TemplateWords,
): BuiltTemplate {
  const metric = findMetric(choices, request.metricId);
  const kommune = findKommune(choices, request.kode);
  if (!metric.kodes.includes(kommune.kode))
    throw new TemplateChoiceError(`kommune ${JSON.stringify(kommune.kode)} for ${metric.id}`);
  const title = commentText(`${words.questions.trend}: ${metric.title[lang]}, ${kommune.navn}`);
  const sql = [
    `-- ${title}`,
    `-- ${commentText(words.oneFigure)}`,
    `-- ${commentText(words.trendNational)}`,
    'SELECT k.navn AS omraade, o.kode, o.period_label, o.period_start, o.value, o.quality,',
    '  o.source_title, o.retrieved',
    'FROM observations o',
    'JOIN kommuner k ON k.kode = o.kode',
    `WHERE o.metric_id = ${sqlString(metric.id)}`,
    `  AND o.kode IN (${sqlString(kommune.kode)}, ${sqlString(NATIONAL_KODE)})`,
    `  AND o.period_start IS NOT NULL AND NOT list_has_any(o.flags, ${NOT_WHOLE})`,
    'QUALIFY row_number() OVER (',
    '  PARTITION BY o.kode, o.period_start',
    `  ORDER BY ${countsFirst('o')}`,
    ') = 1',
    `ORDER BY o.kode = ${sqlString(NATIONAL_KODE)}, o.period_start`,
  ].join('\n');
  return { sql, title, unit: metric.unitWords[lang] || null };
}

function pledgesSql(
  request: { kode: string | null },
  choices: TemplateChoices,
  lang: Lang,
  words: TemplateWords,
): BuiltTemplate {
  const kommune = request.kode === null ? null : findKommune(choices, request.kode);
  const title = commentText(
    `${words.questions.pledges}: ${kommune ? kommune.navn : words.allKommuner}`,
  );
  const sql = [
    `-- ${title}`,
    `-- ${commentText(words.pledgesNote)}`,
    `SELECT p.id AS loefte, k.navn AS kommune, m.title_${lang} AS maaling,`,
    '  count(o.value) AS tal,',
    '  count(DISTINCT o.period_label) FILTER (WHERE o.value IS NOT NULL) AS perioder,',
    '  arg_min(o.period_label, o.period_start) FILTER (WHERE o.value IS NOT NULL) AS fra,',
    '  arg_max(o.period_label, o.period_start) FILTER (WHERE o.value IS NOT NULL) AS til',
    'FROM pledges p',
    'JOIN metrics m ON m.id = p.measure_metric',
    'JOIN kommuner k ON k.kode = p.measure_kode',
    'LEFT JOIN observations o ON o.metric_id = p.measure_metric AND o.kode = p.measure_kode',
    `  AND NOT list_has_any(o.flags, ${NOT_WHOLE})`,
    ...(kommune ? [`WHERE p.kode = ${sqlString(kommune.kode)}`] : []),
    'GROUP BY ALL',
    'ORDER BY tal DESC, loefte',
  ].join('\n');
  return { sql, title, unit: null };
}
