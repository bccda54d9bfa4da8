/**
 * The real research file (../shared/data/research/homelessness-drug-treatment.csv), imported
 * with data/statbank/research-imports.yaml: the committed output must be exactly what the import
 * makes of it, and one figure must be one row across it and curated-observations.csv. The
 * checks on the committed files run without ../shared; the rerun is skipped, saying so.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importResearch } from '../../scripts/import/import-research.ts';
import { parseResearchConfig } from '../../scripts/import/load-research-config.ts';
import { readExportFile } from '../../scripts/import/read-export-file.ts';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { readKommuner } from '../../scripts/lib/read-kommuner.ts';
import { readMetrics } from '../../scripts/lib/read-metrics.ts';
import { readSourceQuality } from '../../scripts/lib/read-observations.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = resolve(ROOT, '../shared/data');
const text = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const config = parseResearchConfig(
  text('data/statbank/research-imports.yaml'),
  'research-imports.yaml',
);
const OUTPUT = `data/sources/statbank/${config.output}`;
const PRESENT = existsSync(join(SHARED, config.file));
if (!PRESENT) console.warn(`Research import rerun skipped: ${join(SHARED, config.file)} is absent`);

const output = parseCsv(text(OUTPUT), OUTPUT).map((r) => r.values);
const curated = parseCsv(
  text('data/sources/curated-observations.csv'),
  'curated-observations.csv',
).map((r) => r.values);
const key = (metric = '', kode = '', period = '', value = '') =>
  [metric, kode, period, Number(/^-?\d+(\.\d+)?/.exec(value.trim())?.[0])].join('|');

describe('the imported research figures', () => {
  it('never repeat a figure, within the file or from curated-observations.csv', () => {
    const keys = output.map((r) => key(r.metric_id, r.kode, r.period, r.value));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const curatedKeys = curated.map((r) => key(r.metric, r.kommunekode, r.period, r.value));
    expect(curatedKeys.filter((k, i) => curatedKeys.indexOf(k) !== i)).toEqual([]);
    const inCurated = new Set(curatedKeys);
    expect(keys.filter((k) => inCurated.has(k))).toEqual([]);
  });

  it('do not chart København 2017 (1,482), whose year is ambiguous at its source', () => {
    const copenhagen = [
      ...output.map((r) => [r.metric_id, r.kode, r.value]),
      ...curated.map((r) => [r.metric, r.kommunekode, r.value]),
    ].filter(([m, k]) => m === 'homeless_persons_count_week6' && k === '101');
    expect(copenhagen.length).toBeGreaterThan(0);
    expect(copenhagen.filter(([, , v]) => v === '1482')).toEqual([]);
  });

  it('keep source, address, quote, quality and retrieval date on every row', () => {
    for (const r of output) {
      expect(r.source_title).not.toBe('');
      expect(r.source_url).toMatch(/^https?:\/\//);
      expect(r.quote).not.toBe('');
      expect(r.quality).toMatch(/^(primary|secondary)$/);
      expect(r.retrieved_at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe.skipIf(!PRESENT)('data:import on the real research file', () => {
  it(`${OUTPUT} is what the import makes (run npm run data:import)`, () => {
    const metricsDir = join(ROOT, 'data/metrics');
    const units = new Map(
      readMetrics(
        readdirSync(metricsDir)
          .filter((n) => n.endsWith('.yaml'))
          .map((n) => ({ file: n, text: readFileSync(join(metricsDir, n), 'utf8') })),
      ).map((m) => [m.id, m.unit]),
    );
    const result = importResearch(
      readExportFile(SHARED, config),
      config.file,
      config,
      {
        text: text('data/sources/curated-observations.csv'),
        file: 'curated-observations.csv',
        quality: readSourceQuality(text('data/sources/curated-sources.yaml'), 'sources'),
      },
      {
        kodes: new Set(readKommuner(text('data/sources/kommuner.csv'), 'k').map((k) => k.kode)),
        metricUnits: units,
      },
    );
    expect(text(OUTPUT)).toBe(result.csv);
  });
});
