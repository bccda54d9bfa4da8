/**
 * The real exports in ../shared/data, imported with data/statbank/imports.yaml: the committed
 * files under data/sources/statbank/ must be exactly what the import makes of them, and the
 * figures must hold what the shared README establishes. Skipped, saying so, without ../shared.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseImportsConfig } from '../../scripts/import/load-imports-config.ts';
import { importExports } from '../../scripts/import/import-exports.ts';
import { readExportFile } from '../../scripts/import/read-export-file.ts';
import { readMetrics } from '../../scripts/lib/read-metrics.ts';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { KOMMUNE_CODES } from '../../src/statbank/kommune-codes.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const SHARED = resolve(ROOT, '../shared/data');
const PRESENT = existsSync(join(SHARED, 'dst-exports'));
if (!PRESENT) console.warn(`Real-export import test skipped: ${SHARED} is absent`);

describe.skipIf(!PRESENT)('data:import on the real exports in ../shared/data', () => {
  const entries = parseImportsConfig(
    readFileSync(join(ROOT, 'data/statbank/imports.yaml'), 'utf8'),
    'imports.yaml',
  );
  const metricsDir = join(ROOT, 'data/metrics');
  const units = new Map(
    readMetrics(
      readdirSync(metricsDir)
        .filter((n) => n.endsWith('.yaml'))
        .map((n) => ({ file: n, text: readFileSync(join(metricsDir, n), 'utf8') })),
    ).map((m) => [m.id, m.unit]),
  );
  const { files } = PRESENT
    ? importExports(entries, (e) => readExportFile(SHARED, e), units)
    : { files: [] };
  const rows = (name: string) =>
    parseCsv(files.find((f) => f.name === name)?.csv ?? '', name).map((r) => r.values);

  it.each(files.map((f) => [f.name, f] as const))(
    'data/sources/statbank/%s is what the import makes (run npm run data:import)',
    (name, file) => {
      expect(readFileSync(join(ROOT, 'data/sources/statbank', name), 'utf8')).toBe(file.csv);
    },
  );

  const population = rows('FOLK1A.csv').filter((r) => r.metric_id === 'dst_folk1a_population');

  it('has population for all 98 kommuner on 1 Jan 2007–2016, 2019, 2020 and 2022, and never fills in 2017, 2018 or 2021', () => {
    const expected = [
      ...['2007', '2008', '2009', '2010', '2011', '2012', '2013', '2014', '2015', '2016'],
      ...['2019', '2020', '2022'],
    ].map((y) => `${y}K1`);
    for (const kode of KOMMUNE_CODES.keys()) {
      const periods = population.filter((r) => r.kode === kode).map((r) => r.period);
      expect(periods, kode).toEqual(expect.arrayContaining(expected));
      for (const gap of ['2017K1', '2018K1', '2021K1']) expect(periods, kode).not.toContain(gap);
    }
  });

  // Hele landet includes Christiansø (about 90 inhabitants), which is not a kommune and is skipped.
  it('the 98 kommuner sum to Hele landet less Christiansø wherever the export has both', () => {
    for (const period of ['2008K1', '2011K1', '2015K1', '2019K1', '2022K1']) {
      const inPeriod = population.filter((r) => r.period === period);
      const national = Number(inPeriod.find((r) => r.kode === '000')?.value);
      const sum = inPeriod.filter((r) => r.kode !== '000').reduce((a, r) => a + Number(r.value), 0);
      expect(national - sum, period).toBeGreaterThan(50);
      expect(national - sum, period).toBeLessThan(150);
    }
  });

  it('reads SSI’s "632.340" as 632340 (København, 2020K1)', () => {
    expect(population.find((r) => r.kode === '101' && r.period === '2020K1')?.value).toBe('632340');
  });

  it('keeps each figure’s provenance: publisher and table, repository at a commit, export date', () => {
    const rotendahl = population.find((r) => r.kode === '101' && r.period === '2007K1');
    expect(rotendahl?.source_title).toMatch(
      /^Danmarks Statistik, StatBank FOLK1A: .*github\.com\/Rotendahl\/IDE\)$/,
    );
    expect(rotendahl?.source_url).toBe(
      'https://github.com/Rotendahl/IDE/blob/62f7c8999fa3/data/befolkning.csv',
    );
    expect(rotendahl?.retrieved_at).toBe('2017-01-17');
  });

  it('imports AUK01, STRAF11, FOLK1AM and both Jobindsats kontanthjælp series for all 98 kommuner', () => {
    const kommuner = (name: string, metric: string) =>
      new Set(
        rows(name)
          .filter((r) => r.metric_id === metric && r.kode !== '000')
          .map((r) => r.kode),
      );
    for (const [name, metric] of [
      ['AUK01-nettoledige.csv', 'dst_auk01_nettoledige_kontanthjaelp'],
      ['STRAF11.csv', 'dst_straf11_anmeldte_forbrydelser'],
      ['FOLK1AM.csv', 'dst_folk1am_population'],
      ['jobindsats-y60a02.csv', 'jobindsats_y60a02_kontanthjaelp_personer'],
      ['jobindsats-y60a02.csv', 'jobindsats_y60a02_kontanthjaelp_fuldtidspersoner'],
    ] as const) {
      expect(kommuner(name, metric).size, metric).toBe(98);
    }
  });
});
