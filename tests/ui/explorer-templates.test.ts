// Synthetic extracts: every kommune, metric and figure here is made up for the test (the hostile
// names on purpose), and the SQL runs on DuckDB-WASM's Node build, the engine the browser runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTS } from '../../src/db/schema.ts';
import { runUserQuery } from '../../src/db/explorer-query.ts';
import { checkUserSql } from '../../src/db/sql-guard.ts';
import { buildComparison } from '../../src/domain/comparison.ts';
import type { Observation } from '../../src/domain/series.ts';
import { createNodeDb } from '../../scripts/lib/wasm-node-db.ts';
import { explorerText } from '../../src/text/explorer.ts';
import {
  buildTemplate,
  commentText,
  hasPerThousand,
  queryTitle,
  TemplateChoiceError,
  type TemplateChoices,
} from '../../src/ui/explorer/template-sql.ts';
import {
  defaultPeriod,
  readChoiceRows,
  toChoices,
} from '../../src/ui/explorer/template-choices.ts';

type NodeDb = Awaited<ReturnType<typeof createNodeDb>>;

const EVIL_METRIC = "tal'; DROP TABLE observations; --";
const EVIL_TITLE = "Hjemløse\nDROP TABLE kommuner; -- 'x'";
const EVIL_KOMMUNE = "Robert'); DROP TABLE kommuner;--\n";
const RATE_METRIC = 'share_metric';

const lit = (v: string | number | null | boolean | string[]): string =>
  v === null
    ? 'NULL'
    : Array.isArray(v)
      ? `[${v.map(lit).join(', ')}]::VARCHAR[]`
      : typeof v === 'string'
        ? `'${v.replace(/'/g, "''")}'`
        : String(v);

interface Figure {
  metric: string;
  kode: string;
  period: string;
  start: string;
  value: number | null;
  quality?: 'primary' | 'secondary';
  flags?: string[];
  retrieved?: string;
  url?: string;
}

const FIGURES: Figure[] = [
  // 101: a secondary figure loses to the primary one.
  {
    metric: EVIL_METRIC,
    kode: '101',
    period: '2022',
    start: '2022-01-01',
    value: 50,
    quality: 'secondary',
  },
  { metric: EVIL_METRIC, kode: '101', period: '2022', start: '2022-01-01', value: 40 },
  // 851: an approximate figure loses to one without the caveat.
  {
    metric: EVIL_METRIC,
    kode: '851',
    period: '2022',
    start: '2022-01-01',
    value: 30,
    flags: ['approx'],
  },
  { metric: EVIL_METRIC, kode: '851', period: '2022', start: '2022-01-01', value: 35 },
  // 147: a gap only, so it is missing; its population is from another year.
  { metric: EVIL_METRIC, kode: '147', period: '2022', start: '2022-01-01', value: null },
  // 999: the sub-area figure is not a candidate; its population is 0, so no rate.
  {
    metric: EVIL_METRIC,
    kode: '999',
    period: '2022',
    start: '2022-01-01',
    value: 20,
    flags: ['sub_area'],
  },
  { metric: EVIL_METRIC, kode: '999', period: '2022', start: '2022-01-01', value: 25 },
  { metric: EVIL_METRIC, kode: '000', period: '2022', start: '2022-01-01', value: 500 },
  { metric: EVIL_METRIC, kode: '101', period: '2021', start: '2021-01-01', value: 44 },
  { metric: EVIL_METRIC, kode: '000', period: '2021', start: '2021-01-01', value: 480 },
  // The later retrieval counts.
  {
    metric: EVIL_METRIC,
    kode: '101',
    period: '2023',
    start: '2023-01-01',
    value: 41,
    retrieved: '2025-01-01',
  },
  {
    metric: EVIL_METRIC,
    kode: '101',
    period: '2023',
    start: '2023-01-01',
    value: 42,
    retrieved: '2026-01-01',
  },
  {
    metric: 'dst_folk1a_population',
    kode: '101',
    period: '2022K1',
    start: '2022-01-01',
    value: 1000,
  },
  {
    metric: 'dst_folk1a_population',
    kode: '851',
    period: '2022K1',
    start: '2022-01-01',
    value: 500,
  },
  { metric: 'dst_folk1a_population', kode: '999', period: '2022K1', start: '2022-01-01', value: 0 },
  {
    metric: 'dst_folk1a_population',
    kode: '147',
    period: '2021K1',
    start: '2021-01-01',
    value: 800,
  },
  {
    metric: 'dst_folk1a_population',
    kode: '000',
    period: '2022K1',
    start: '2022-01-01',
    value: 9000,
  },
  { metric: RATE_METRIC, kode: '101', period: '2022', start: '2022-01-01', value: 7.5 },
  { metric: RATE_METRIC, kode: '851', period: '2022', start: '2022-01-01', value: 9.5 },
];

const KOMMUNER = [
  ['000', 'Hele landet', null],
  ['101', 'København', 'Hovedstaden'],
  ['147', 'Frederiksberg', 'Hovedstaden'],
  ['851', 'Aalborg', 'Nordjylland'],
  ['999', EVIL_KOMMUNE, 'Nordjylland'],
] as const;

const METRICS = [
  [EVIL_METRIC, EVIL_TITLE, 'Homeless (synthetic)', 'persons', false],
  ['dst_folk1a_population', 'Folketal', 'Population', 'persons', null],
  [RATE_METRIC, 'En andel', 'A share', 'percent', true],
] as const;

async function syntheticDb(): Promise<NodeDb> {
  const db = await createNodeDb('explorer');
  for (const spec of EXTRACTS) {
    await db.query(
      `CREATE TABLE ${spec.name} (${spec.columns.map((c) => `${c.name} ${c.type}`).join(', ')})`,
    );
  }
  for (const [kode, navn, region] of KOMMUNER)
    await db.query(
      `INSERT INTO kommuner VALUES (${lit(kode)}, ${lit(navn)}, ${lit(region)}, NULL)`,
    );
  for (const [id, da, en, unit, better] of METRICS)
    await db.query(
      `INSERT INTO metrics (id, title_da, title_en, unit, unit_da, unit_en, description, source,
         table_id, licence, higher_is_better, discontinued_json)
       VALUES (${[id, da, en, unit, unit, unit, 'syntetisk', 'syntetisk', null, 'CC0', better, null].map(lit).join(', ')})`,
    );
  for (const f of FIGURES)
    await db.query(
      `INSERT INTO observations (metric_id, kode, area_label, period_start, period_label, value,
         value_text, unit_text, quality, flags, source_title, source_url, retrieved)
       VALUES (${lit(f.metric)}, ${lit(f.kode)}, ${lit(f.kode)}, DATE '${f.start}',
         ${lit(f.period)}, ${lit(f.value)}, ${lit(String(f.value))}, 'x',
         ${lit(f.quality ?? 'primary')}, ${lit(f.flags ?? [])}, ${lit(`Kilde ${f.kode}`)},
         ${lit(f.url ?? 'https://example.invalid/')}, DATE '${f.retrieved ?? '2026-11-23'}')`,
    );
  const pledge = (id: string, metric: string | null, kode: string) =>
    db.query(
      `INSERT INTO pledges (id, document_id, quote, summary_en, actor_type, actor_name, date, kode,
         theme, kind, lever, measure_metric, measure_kode, action_status, action_evidence_json)
       VALUES (${lit(id)}, 'doc', 'citat', 'quote', 'person', 'A', DATE '2022-01-01', ${lit(kode)},
         't', 'threshold', 'kommune', ${lit(metric)}, ${lit(metric ? kode : null)},
         'not_assessed', '[]')`,
    );
  await pledge('maalt', EVIL_METRIC, '101');
  await pledge('uden-tal', RATE_METRIC, '147');
  await pledge('uden-maaling', null, '851');
  return db;
}

const words = explorerText.da.templateWords;

describe('template SQL over synthetic extracts', () => {
  let db: NodeDb;
  let choices: TemplateChoices;
  beforeAll(async () => {
    db = await syntheticDb();
    choices = toChoices(await readChoiceRows(db), 'da');
  }, 60_000);
  afterAll(() => db?.close());

  const run = async (sql: string) => {
    const result = await runUserQuery(db, sql, { maxRows: 1000, timeoutMs: 20_000 });
    const names = result.columns.map((c) => c.name);
    return result.rows.map((r) => Object.fromEntries(names.map((n, i) => [n, r[i]])));
  };

  it('lists choices from the data, in Danish order, with coverage per period', () => {
    expect(choices.kommuner.map((k) => k.kode)).toEqual(['147', '101', '999', '851']);
    const metric = choices.metrics.find((m) => m.id === EVIL_METRIC);
    expect(metric?.periods.map((p) => [p.label, p.kommuner])).toEqual([
      ['2021', 1],
      ['2022', 3],
      ['2023', 1],
    ]);
    expect(metric && defaultPeriod(metric)).toBe('2022');
    expect(choices.populationDays).toEqual(['2021-01-01', '2022-01-01']);
  });

  it('compares kommuner per 1,000 with the same period’s population, as comparison.ts does', async () => {
    const built = buildTemplate(
      { template: 'compare', metricId: EVIL_METRIC, period: '2022' },
      choices,
      'da',
      words,
    );
    expect(checkUserSql(built.sql).ok).toBe(true);
    const rows = await run(built.sql);
    expect(rows.map((r) => [r.kode, r.vaerdi, r.pr_1000, r.placering])).toEqual([
      ['101', 40, 40, 1],
      ['851', 35, 70, 2],
      ['999', 25, null, null],
    ]);
    expect(built.unit).toBe('pr. 1.000 indbyggere');

    // The domain's comparison on the same figures gives the same figures, rates and order.
    const observations: Observation[] = FIGURES.map((f) => ({
      metric: f.metric,
      kode: f.kode,
      periodStart: f.start,
      periodLabel: f.period,
      value: f.value,
      quality: f.quality ?? 'primary',
      flags: (f.flags ?? []) as Observation['flags'],
      source: {
        title: `Kilde ${f.kode}`,
        url: f.url ?? 'https://example.invalid/',
        retrieved: f.retrieved ?? '2026-11-23',
      },
    }));
    const comparison = buildComparison({
      metric: {
        id: EVIL_METRIC,
        titleDa: EVIL_TITLE,
        titleEn: '',
        unit: 'persons',
        description: '',
        source: '',
        licence: '',
        higherIsBetter: false,
      },
      observations: observations.filter((o) => o.metric === EVIL_METRIC),
      population: observations.filter((o) => o.metric === 'dst_folk1a_population'),
      kommuner: KOMMUNER.filter(([k]) => k !== '000').map(([kode, navn, region]) => ({
        kode,
        navn,
        region,
      })),
      focusKode: '101',
      period: '2022',
    });
    expect(comparison.rows.map((r) => [r.kode, r.value, r.rate, r.rank])).toEqual(
      rows.map((r) => [
        r.kode,
        r.vaerdi,
        r.pr_1000,
        r.placering === null ? null : Number(r.placering),
      ]),
    );
  });

  it('filters periods on the bare columns, which the engine checks inside the scan', () => {
    // year(period_start) = 2022 and its kin are computed row by row before any row is dropped;
    // period_label = '…' and period_start = DATE '…' are compared with each row group's range.
    const wrapped =
      /\b(year|month|quarter|date_part|date_trunc|extract|strftime)\s*\(\s*(\w+\.)?period_(start|label)/i;
    const requests = [
      { template: 'compare', metricId: EVIL_METRIC, period: '2022' },
      { template: 'compare', metricId: RATE_METRIC, period: '2022' },
      { template: 'trend', metricId: EVIL_METRIC, kode: '101' },
      { template: 'pledges', kode: null },
    ] as const;
    for (const request of requests) {
      const { sql } = buildTemplate(request, choices, 'da', words);
      const filters = sql.split('\n').filter((l) => /^\s*(WHERE|AND|LEFT JOIN|JOIN)\b/.test(l));
      expect(filters.length).toBeGreaterThan(0);
      for (const line of filters) expect(line).not.toMatch(wrapped);
    }
  });

  it('ranks a measure that is not a count by its value, highest first when higher is better', async () => {
    const built = buildTemplate(
      { template: 'compare', metricId: RATE_METRIC, period: '2022' },
      choices,
      'en',
      explorerText.en.templateWords,
    );
    expect(built.sql).not.toContain('pr_1000');
    const rows = await run(built.sql);
    expect(rows.map((r) => [r.kode, r.vaerdi, r.placering])).toEqual([
      ['851', 9.5, 1],
      ['101', 7.5, 2],
    ]);
  });

  it('draws one kommune against Hele landet, one figure per period', async () => {
    const built = buildTemplate(
      { template: 'trend', metricId: EVIL_METRIC, kode: '101' },
      choices,
      'da',
      words,
    );
    const rows = await run(built.sql);
    expect(rows.map((r) => [r.omraade, r.period_label, r.value])).toEqual([
      ['København', '2021', 44],
      ['København', '2022', 40],
      ['København', '2023', 42],
      ['Hele landet', '2021', 480],
      ['Hele landet', '2022', 500],
    ]);
    expect(built.title).toBe(
      `Udvikling over tid for én kommune: ${commentText(EVIL_TITLE)}, København`,
    );
  });

  it('lists pledges with a measure and how many figures they can be charted with', async () => {
    const all = await run(
      buildTemplate({ template: 'pledges', kode: null }, choices, 'da', words).sql,
    );
    expect(all.map((r) => [r.loefte, r.tal, r.perioder, r.fra, r.til])).toEqual([
      ['maalt', 5, 3, '2021', '2023'],
      ['uden-tal', 0, 0, null, null],
    ]);
    const one = await run(
      buildTemplate({ template: 'pledges', kode: '147' }, choices, 'da', words).sql,
    );
    expect(one.map((r) => r.loefte)).toEqual(['uden-tal']);
  });

  it('keeps hostile names inside string literals and comments, and the tables intact', async () => {
    const built = buildTemplate(
      { template: 'trend', metricId: EVIL_METRIC, kode: '999' },
      choices,
      'da',
      words,
    );
    // The title's line break is gone, so "DROP TABLE" stays inside the comment.
    for (const line of built.sql.split('\n').filter((l) => l.includes('DROP TABLE')))
      expect(line.startsWith('--') || line.includes("'tal''; DROP TABLE observations; --'")).toBe(
        true,
      );
    expect(built.sql).toContain(`'tal''; DROP TABLE observations; --'`);
    const rows = await run(built.sql);
    expect(rows.map((r) => [r.kode, r.value])).toEqual([
      ['999', 25],
      ['000', 480],
      ['000', 500],
    ]);
    const [count] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM kommuner');
    expect(count?.n).toBe(KOMMUNER.length);
  });

  it('refuses values that are not in the lists', () => {
    const tries = [
      { template: 'compare', metricId: "x' OR 1=1 --", period: '2022' },
      { template: 'compare', metricId: EVIL_METRIC, period: "2022' OR '1'='1" },
      { template: 'trend', metricId: EVIL_METRIC, kode: "101' OR '1'='1" },
      { template: 'trend', metricId: RATE_METRIC, kode: '999' },
      { template: 'pledges', kode: '000' },
    ] as const;
    for (const request of tries)
      expect(() => buildTemplate(request, choices, 'da', words)).toThrow(TemplateChoiceError);
  });
});

describe('queryTitle', () => {
  it('takes the leading comment, without control characters, else null', () => {
    expect(queryTitle('-- Sammenlign kommuner: X, 2022\nSELECT 1')).toBe(
      'Sammenlign kommuner: X, 2022',
    );
    expect(queryTitle('  --Titel\r\nSELECT 1')).toBe('Titel');
    expect(queryTitle('SELECT 1 -- not a title')).toBeNull();
    expect(queryTitle('--\nSELECT 1')).toBeNull();
    expect(queryTitle(`-- ${'x'.repeat(300)}`)?.length).toBe(160);
  });
});

describe('hasPerThousand', () => {
  const count = {
    id: 'syn-count',
    title: { da: 'Antal', en: 'Count' },
    unit: 'count',
    unitWords: { da: 'antal', en: 'count' },
    higherIsBetter: null,
    periods: [],
    kodes: [],
  };
  // SYNTHETIC: days a population table (FOLK1A quarter or FOLK1AM month) counted on.
  const choices = { metrics: [], kommuner: [], populationDays: ['2025-01-01', '2025-10-01'] };

  it('takes the population counted on the first day of the period, and no other day', () => {
    expect(hasPerThousand(count, '2025K4', choices)).toBe(true);
    expect(hasPerThousand(count, '2025M10', choices)).toBe(true);
    expect(hasPerThousand(count, '2025', choices)).toBe(true);
    expect(hasPerThousand(count, '2025K3', choices)).toBe(false);
    expect(hasPerThousand(count, '2025M11', choices)).toBe(false);
    expect(hasPerThousand(count, '2024', choices)).toBe(false);
  });

  it('never gives a rate for a figure that is not a count', () => {
    expect(hasPerThousand({ ...count, unit: 'percent' }, '2025K4', choices)).toBe(false);
  });
});
