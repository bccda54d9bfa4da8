/**
 * The research import on the SYNTHETIC fixture in tests/fixtures/research/ (made-up figures,
 * titles and quotes): one figure one row, which row wins, what is left out and why, the flags
 * and provenance each row keeps, and that bad input stops the import with file and line.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importResearch } from '../../scripts/import/import-research.ts';
import { parseResearchConfig } from '../../scripts/import/load-research-config.ts';
import {
  readSourceQuality,
  readStatbankObservations,
} from '../../scripts/lib/read-observations.ts';
import { parseCsv } from '../../scripts/lib/csv.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/research');
const read = (name: string) => readFileSync(join(FIXTURE, name), 'utf8');
const CSV = read('homelessness-synthetic.csv');
const CONFIG = read('research-imports.yaml');
const FILE = 'research/homelessness-synthetic.csv';

const curated = (text = read('curated-observations.csv')) => ({
  text,
  file: 'curated-observations.csv',
  quality: readSourceQuality(read('curated-sources.yaml'), 'curated-sources.yaml'),
});
const lookups = {
  kodes: new Set(['000', '101', '461', '751']),
  metricUnits: new Map([
    ['synthetic_count', 'persons'],
    ['synthetic_requests', 'count'],
  ]),
};

function run(csv = CSV, config = CONFIG, curatedText?: string) {
  return importResearch(
    csv,
    FILE,
    parseResearchConfig(config, 'research-imports.yaml'),
    curated(curatedText),
    lookups,
  );
}
const rows = (csv: string) => parseCsv(csv, 'out.csv').map((r) => r.values);

describe('the research import (synthetic fixture)', () => {
  const result = run();
  const out = rows(result.csv);
  const find = (kode: string, period: string) =>
    out.filter((r) => r.kode === kode && r.period === period);

  it('writes a figure the curated file already gives once: the curated row wins', () => {
    expect(find('000', '2019').filter((r) => r.metric_id === 'synthetic_count')).toEqual([]);
    expect(result.summary.find((s) => s.metric === 'synthetic_count')?.inCurated).toBe(1);
  });

  it('writes a figure two rows give once: the primary row wins over an earlier secondary one', () => {
    const same = find('101', '2019').filter((r) => r.value === '1000');
    expect(same.map((r) => [r.source_url, r.quality])).toEqual([
      ['https://example.org/b', 'primary'],
    ]);
  });

  it('of two equal rows from equal sources, writes the first in the file', () => {
    expect(find('461', '2017').map((r) => r.source_url)).toEqual(['https://example.org/e']);
    expect(result.summary.find((s) => s.metric === 'synthetic_count')?.repeated).toBe(2);
  });

  it('keeps a different figure for the same period, flagged approx when the source says ca.', () => {
    const approx = find('101', '2019').find((r) => r.value === '990');
    expect(approx?.flags).toBe('approx');
    expect(approx?.quality).toBe('secondary');
  });

  it('does not import the year the source labels ambiguously, and says why', () => {
    expect(out.some((r) => r.value === '980')).toBe(false);
    expect(result.leftOut).toContainEqual({
      line: 5,
      series: 'count',
      reason: 'The year is ambiguous at the source.',
    });
  });

  it("normalises '2022 (baseline cited)' to 2022", () => {
    expect(find('751', '2022').map((r) => r.value)).toEqual(['507']);
  });

  it('treats a primary document read from a mirror as secondary', () => {
    expect(find('751', '2019').map((r) => r.quality)).toEqual(['secondary']);
  });

  it('gives a national figure for the approving kommuner Hele landet, with partial_coverage', () => {
    const r = out.find((o) => o.metric_id === 'synthetic_requests');
    expect([r?.kode, r?.flags, r?.note]).toEqual([
      '000',
      'partial_coverage',
      'Kun de 85 kommuner med godkendte indberetninger.',
    ]);
  });

  it('leaves out a region and a left-out series, each with its reason', () => {
    expect(out.some((r) => r.value === '1464' || r.value === '-32')).toBe(false);
    expect(result.leftOut.map((l) => [l.line, l.reason])).toEqual([
      [5, 'The year is ambiguous at the source.'],
      [10, 'A region, not a kommune.'],
      [13, 'A change between two counts.'],
    ]);
  });

  it('keeps each row’s publisher, title, date, address, quote and the date it reached us', () => {
    const r = find('101', '2019').find((o) => o.value === '1000');
    expect(r).toMatchObject({
      source_title: 'Kommune B: Syntetisk rapport B (2019)',
      source_url: 'https://example.org/b',
      quote: 'Syntetisk citat B: 1.000',
      retrieved_at: '2026-12-02',
      table_id: '',
    });
  });

  it('writes what the data build reads, with quality and quote intact', () => {
    const built = readStatbankObservations(result.csv, 'out.csv', {
      metricIds: new Set(lookups.metricUnits.keys()),
      kommuneNames: new Map([...lookups.kodes].map((k) => [k, k])),
      metricUnits: lookups.metricUnits,
    });
    expect(built).toHaveLength(result.rows);
    const approx = built.find((o) => o.value === 990);
    expect([approx?.quality, approx?.quote, approx?.source_table]).toEqual([
      'secondary',
      'Syntetisk citat C: ca. 990',
      null,
    ]);
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(run().csv).toBe(result.csv);
  });
});

describe('the research import refuses bad input with file and line', () => {
  const lines = CSV.split('\n');
  const replaceLine = (n: number, text: string) =>
    lines.map((l, i) => (i === n - 1 ? text : l)).join('\n');

  it.each([
    [
      'a value that is not a number',
      replaceLine(2, lines[1]!.replace(',1000,', ',1000abc,')),
      /^research\/homelessness-synthetic\.csv:2: værdien "1000abc" er ikke et tal$/,
    ],
    [
      'a series the configuration does not account for',
      replaceLine(2, lines[1]!.replace(/^count,/, 'new_series,')),
      /:2: serien "new_series" er hverken importeret eller udeladt/,
    ],
    [
      'an area without a kommune code and no mapping',
      replaceLine(2, lines[1]!.replace('101,København', ',Nordområdet')),
      /:2: "Nordområdet" har ingen kendt kommunekode/,
    ],
    [
      'a period that is not a year',
      replaceLine(2, lines[1]!.replace(',2019,', ',2019-2020,')),
      /:2: perioden "2019-2020" er ikke et år/,
    ],
    [
      'a row with a missing field',
      replaceLine(2, 'count,101,København,2019'),
      /:2: expected 12 fields/,
    ],
  ])('%s', (_name, csv, message) => {
    expect(() => run(csv)).toThrow(message);
  });

  it('imports the ambiguous year only if the configuration says which year it is — it does not', () => {
    const config = CONFIG.replace(/left_out_rows:[\s\S]*$/, '');
    expect(() => run(CSV, config)).toThrow(/:5: perioden "2017 \(AMBIGUOUS in source\)"/);
  });

  it('stops when the curated file has a figure only from a secondary source that this file has from a primary one', () => {
    const secondary =
      read('curated-observations.csv') +
      'synthetic_count,101,København,2019,1000,persons,Ukendt syntetisk kilde,https://example.org/x,Citat\n';
    expect(() => run(CSV, CONFIG, secondary)).toThrow(
      /^curated-observations\.csv:3: giver samme tal som research\/homelessness-synthetic\.csv:3/,
    );
  });

  it('the configuration cannot both import and leave out a series', () => {
    const config = CONFIG.replace("pct_change: 'A change", "count: 'x'\n  pct_change: 'A change");
    expect(() => parseResearchConfig(config, 'r.yaml')).toThrow(/både importeret og udeladt/);
  });
});
