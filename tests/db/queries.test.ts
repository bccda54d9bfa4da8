import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExtracts } from '../../src/db/load.ts';
import { getPledge, listDocuments, listPledges } from '../../src/db/queries/pledges.ts';
import { getMetric, getSeries } from '../../src/db/queries/series.ts';
import { listKommuner } from '../../src/db/queries/kommuner.ts';
import { getMetricObservations } from '../../src/db/queries/comparison.ts';
import { seriesToParquet } from '../../src/db/queries/export.ts';
import { createNodeDb } from '../../scripts/lib/wasm-node-db.ts';
import { buildExtractsOnce, fetchFromDir } from './extract-fixture.ts';

// These tests run the app's SQL on DuckDB-WASM (Node build) over the real bundled extracts.
describe('queries on the bundled extracts', () => {
  let db: Awaited<ReturnType<typeof createNodeDb>>;
  beforeAll(async () => {
    const dir = await buildExtractsOnce();
    db = await createNodeDb();
    const result = await loadExtracts(db, { baseUrl: 'http://x/data/', fetch: fetchFromDir(dir) });
    expect(result.problems).toEqual([]);
    expect([...result.tables].sort()).toEqual([
      'documents',
      'kommuner',
      'metrics',
      'observations',
      'pledges',
    ]);
    // Building the extracts takes a while when other test files run beside this one.
  }, 60_000);
  afterAll(() => db?.close());

  it('lists all 98 kommuner plus Hele landet, with regions', async () => {
    const kommuner = await listKommuner(db);
    expect(kommuner).toHaveLength(99);
    expect(kommuner.find((k) => k.kode === '851')).toEqual({
      kode: '851',
      navn: 'Aalborg',
      region: 'Nordjylland',
    });
    expect(kommuner.find((k) => k.kode === '000')?.region).toBeNull();
  });

  it('lists the pledge catalogue with documents and typed fields', async () => {
    const pledges = await listPledges(db);
    expect(pledges.length).toBeGreaterThanOrEqual(30);
    const documents = await listDocuments(db);
    expect(documents).toHaveLength(5);
    for (const p of pledges) {
      expect(documents.map((d) => d.id)).toContain(p.documentId);
      expect(p.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Array.isArray(p.action.evidence)).toBe(true);
    }
  });

  it('reads one pledge by id with its measure, and binds the id as a parameter', async () => {
    const pledge = await getPledge(db, 'aarhus-tema-flere-hjemloese-i-egen-bolig');
    expect(pledge?.measure).toMatchObject({
      metric: 'homeless_persons_count_week6',
      kode: '751',
      comparator: 'at_most',
    });
    // A hostile id is data, not SQL: it finds nothing and breaks nothing.
    expect(await getPledge(db, "x' OR '1'='1")).toBeNull();
    expect((await listPledges(db)).length).toBeGreaterThanOrEqual(30);
  });

  it("returns Aarhus' homeless counts 2017–2024 with sources and quality", async () => {
    const series = await getSeries(db, 'homeless_persons_count_week6', '751');
    expect(series?.metric.titleDa).toBeTruthy();
    const byYear = Object.fromEntries(series!.observations.map((o) => [o.periodLabel, o.value]));
    expect(byYear).toMatchObject({ '2017': 767, '2019': 750, '2022': 507, '2024': 556 });
    const y2024 = series!.observations.find((o) => o.periodLabel === '2024');
    expect(y2024?.quality).toBe('secondary');
    expect(y2024?.source.url).toMatch(/^https:\/\//);
    expect(y2024?.source.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('returns null for an unknown metric and an empty series for a kommune without figures', async () => {
    expect(await getSeries(db, 'no_such_metric', '751')).toBeNull();
    expect(await getMetric(db, 'no_such_metric')).toBeNull();
    expect((await getSeries(db, 'homeless_persons_count_week6', '580'))?.observations).toEqual([]);
  });

  it('reads the annotations of a measure back from the extract', async () => {
    const pledge = await getPledge(db, 'aalborg-behandlingsgaranti-14-dage');
    expect(pledge?.measure?.annotations?.[0]).toMatchObject({
      date: '2021-01-01',
      labelDa: 'Fra 2021 indberetter alle 98 kommuner',
    });
  });

  it('returns one metric across kommuner, Hele landet included', async () => {
    const observations = await getMetricObservations(db, 'homeless_persons_count_week6');
    const kodes = new Set(observations.map((o) => o.kode));
    expect(kodes).toEqual(new Set(['000', '101', '751', '851']));
    expect(observations.find((o) => o.kode === '751' && o.periodLabel === '2022')?.value).toBe(507);
  });

  it('writes a series as Parquet that reads back with the same rows', async () => {
    const bytes = await seriesToParquet(db, 'homeless_persons_count_week6', '751');
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('PAR1');
    await db.registerFile('roundtrip.parquet', bytes);
    const rows = await db.query<{ n: number; total: number }>(
      "SELECT count(*) AS n, sum(value) AS total FROM read_parquet('roundtrip.parquet')",
    );
    const expected = await db.query<{ n: number; total: number }>(
      "SELECT count(*) AS n, sum(value) AS total FROM observations WHERE metric_id = 'homeless_persons_count_week6' AND kode = '751'",
    );
    expect(rows).toEqual(expected);
    expect(rows[0]!.n).toBeGreaterThanOrEqual(4);
  });

  it('says when a target is our interpretation rather than the document’s number', async () => {
    const aarhus = await getPledge(db, 'aarhus-tema-flere-hjemloese-i-egen-bolig');
    expect(aarhus?.measure?.targetFrom).toBe('interpretation');
    const aalborg = await getPledge(db, 'aalborg-behandlingsgaranti-14-dage');
    expect(aalborg?.measure?.targetFrom).toBeUndefined();
  });
});
