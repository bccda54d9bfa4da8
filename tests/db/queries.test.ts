import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExtracts } from '../../src/db/load.ts';
import { getPledge, listDocuments, listPledges } from './pledge-extract.ts';
import { getMetric, getSeries } from '../../scripts/catalogue/series-queries.ts';
import { listKommuner } from '../../scripts/catalogue/kommuner-queries.ts';
import { getMetricObservations } from '../../scripts/catalogue/comparison-queries.ts';
import { seriesToParquet } from '../../src/db/queries/export.ts';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import { createNodeDb } from '../../scripts/lib/wasm-node-db.ts';
import { catalogueProblems } from '../fixtures/catalogue/catalogue-invariants.ts';
import { buildFixtureExtractsOnce } from '../fixtures/catalogue/scratch.ts';
import { buildExtractsOnce, fetchFromDir } from './extract-fixture.ts';

type Db = Awaited<ReturnType<typeof createNodeDb>>;

async function openExtracts(dir: string): Promise<Db> {
  const db = await createNodeDb();
  const result = await loadExtracts(db, { baseUrl: 'http://x/data/', fetch: fetchFromDir(dir) });
  expect(result.problems).toEqual([]);
  expect([...result.tables].sort()).toEqual([
    'documents',
    'kommuner',
    'metrics',
    'observations',
    'pledges',
  ]);
  return db;
}

async function expectKommunerWithRegions(db: Db): Promise<void> {
  const kommuner = await listKommuner(db);
  expect(kommuner).toHaveLength(99);
  expect(kommuner.find((k) => k.kode === '851')).toEqual({
    kode: '851',
    navn: 'Aalborg',
    region: 'Nordjylland',
  });
  expect(kommuner.find((k) => k.kode === '000')?.region).toBeNull();
  expect(kommuner.filter((k) => k.region === null).map((k) => k.kode)).toEqual(['000']);
}

// The app's SQL on DuckDB-WASM (Node build) over the extracts of the SYNTHETIC test catalogue
// (tests/fixtures/catalogue): exact answers, which adding a real pledge cannot change.
describe('queries on the synthetic catalogue', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openExtracts(await buildFixtureExtractsOnce());
  }, 60_000);
  afterAll(() => db?.close());

  it('lists all 98 kommuner plus Hele landet, with regions', async () => {
    await expectKommunerWithRegions(db);
  });

  it('lists the pledge catalogue with documents and typed fields', async () => {
    const pledges = await listPledges(db);
    expect(pledges.map((p) => p.id).sort()).toEqual([
      'syntetisk-behandling-14-dage',
      'syntetisk-faerre-hjemloese',
      'syntetisk-nyt-center',
      'syntetisk-nyt-vaerested',
    ]);
    const documents = await listDocuments(db);
    expect(documents.map((d) => d.id)).toEqual([
      'syntetisk-byraad-budget-2020',
      'syntetisk-nyhedsbrev-2021',
    ]);
    for (const p of pledges) {
      expect(documents.map((d) => d.id)).toContain(p.documentId);
      expect(p.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Array.isArray(p.action.evidence)).toBe(true);
    }
  });

  it('reads one pledge by id with its measure, and binds the id as a parameter', async () => {
    const pledge = await getPledge(db, 'syntetisk-faerre-hjemloese');
    expect(pledge?.measure).toMatchObject({
      metric: 'synthetic_homeless_count',
      kode: '751',
      comparator: 'at_most',
      target: 650,
      baseline: { period: '2019', value: 650 },
    });
    // A hostile id is data, not SQL: it finds nothing and breaks nothing.
    expect(await getPledge(db, "x' OR '1'='1")).toBeNull();
    expect(await listPledges(db)).toHaveLength(4);
  });

  it('returns the synthetic Aarhus counts 2017–2024 with sources and quality', async () => {
    const series = await getSeries(db, 'synthetic_homeless_count', '751');
    expect(series?.metric.titleDa).toBe('Syntetisk antal personer i hjemløshed');
    const byYear = Object.fromEntries(series!.observations.map((o) => [o.periodLabel, o.value]));
    expect(byYear).toEqual({ '2017': 700, '2019': 650, '2022': 500, '2024': 560 });
    const y2024 = series!.observations.find((o) => o.periodLabel === '2024');
    expect(y2024?.quality).toBe('secondary');
    expect(y2024?.source.url).toBe('https://avis.example/flere-hjemloese');
    expect(y2024?.source.retrieved).toBe('2025-01-15');
  });

  it('returns null for an unknown metric and an empty series for a kommune without figures', async () => {
    expect(await getSeries(db, 'no_such_metric', '751')).toBeNull();
    expect(await getMetric(db, 'no_such_metric')).toBeNull();
    expect((await getSeries(db, 'synthetic_homeless_count', '580'))?.observations).toEqual([]);
    expect((await getSeries(db, 'synthetic_share_on_time', '851'))?.observations).toEqual([]);
  });

  it('reads the annotations of a measure back from the extract', async () => {
    const pledge = await getPledge(db, 'syntetisk-behandling-14-dage');
    expect(pledge?.measure?.annotations).toEqual([
      {
        date: '2021-01-01',
        labelDa: 'Syntetisk note: fra 2021 tælles alle',
        labelEn: 'Synthetic note: everyone counted from 2021',
        sourceTitle: 'Syntetisk statistikkontor: Tælling',
        sourceUrl: 'https://statistik.example/taelling',
      },
    ]);
  });

  it('returns one metric across kommuner, Hele landet included', async () => {
    const observations = await getMetricObservations(db, 'synthetic_homeless_count');
    const kodes = new Set(observations.map((o) => o.kode));
    expect(kodes).toEqual(new Set(['000', '101', '751', '851']));
    expect(observations.find((o) => o.kode === '751' && o.periodLabel === '2022')?.value).toBe(500);
    expect(observations).toHaveLength(8);
  });

  it('writes a series as Parquet that reads back with the same rows', async () => {
    const bytes = await seriesToParquet(db, 'synthetic_homeless_count', '751');
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('PAR1');
    await db.registerFile('roundtrip.parquet', bytes);
    const rows = await db.query<{ n: number; total: number }>(
      "SELECT count(*) AS n, sum(value) AS total FROM read_parquet('roundtrip.parquet')",
    );
    const expected = await db.query<{ n: number; total: number }>(
      "SELECT count(*) AS n, sum(value) AS total FROM observations WHERE metric_id = 'synthetic_homeless_count' AND kode = '751'",
    );
    expect(rows).toEqual(expected);
    expect(rows[0]).toEqual({ n: 4, total: 700 + 650 + 500 + 560 });
  });

  it('says when a target is our interpretation rather than the document’s number', async () => {
    const interpreted = await getPledge(db, 'syntetisk-faerre-hjemloese');
    expect(interpreted?.measure?.targetFrom).toBe('interpretation');
    const literal = await getPledge(db, 'syntetisk-behandling-14-dage');
    expect(literal?.measure).toBeDefined();
    expect(literal?.measure?.targetFrom).toBeUndefined();
  });
});

// The real bundled extracts, checked by what holds for any number of pledges, documents and
// series: nothing here names a pledge or counts the editorial data.
describe('queries on the real bundled extracts (invariants)', () => {
  let db: Db;
  let dir: string;
  beforeAll(async () => {
    dir = await buildExtractsOnce();
    db = await openExtracts(dir);
  }, 60_000);
  afterAll(() => db?.close());

  it('lists all 98 kommuner plus Hele landet, with regions', async () => {
    await expectKommunerWithRegions(db);
  });

  it('lists every pledge and document of data/pledges, each pledge with its document', async () => {
    const files = readdirSync('data/pledges')
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => parse(readFileSync(join('data/pledges', n), 'utf8')) as { pledges: unknown[] });
    const pledges = await listPledges(db);
    const documents = await listDocuments(db);
    expect(documents).toHaveLength(files.length);
    expect(pledges).toHaveLength(files.reduce((sum, f) => sum + f.pledges.length, 0));
    for (const p of pledges) {
      expect(documents.map((d) => d.id)).toContain(p.documentId);
      expect(p.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Array.isArray(p.action.evidence)).toBe(true);
      expect(await getPledge(db, p.id)).toEqual(p);
    }
  });

  it('has a series for every measure, of the right metric and kommune, every figure sourced', async () => {
    const kommuner = new Set((await listKommuner(db)).map((k) => k.kode));
    for (const p of await listPledges(db)) {
      if (!p.measure) continue;
      const series = await getSeries(db, p.measure.metric, p.measure.kode);
      expect(series, p.id).not.toBeNull();
      expect(series!.metric.id).toBe(p.measure.metric);
      for (const o of series!.observations) {
        expect(o.kode, p.id).toBe(p.measure.kode);
        expect(o.source.url, p.id).toMatch(/^https?:\/\//);
        expect(o.source.retrieved, p.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      // Every kommune a compared figure belongs to is a known kommune (or Hele landet).
      for (const o of await getMetricObservations(db, p.measure.metric)) {
        expect(kommuner.has(o.kode ?? ''), `${p.measure.metric} ${o.kode}`).toBe(true);
      }
    }
  });

  it('compiles a catalogue whose quotes are verbatim and whose references all resolve', () => {
    const catalogue = JSON.parse(readFileSync(join(dir, 'catalogue.json'), 'utf8')) as Catalogue;
    expect(catalogueProblems(catalogue, 'data')).toEqual([]);
  });
});
