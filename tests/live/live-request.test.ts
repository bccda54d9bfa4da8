/**
 * The live check reads DST's answer with the importer's code: a code-format answer as the live
 * request asks for it (synthetic body below, modelled on the real format: BOM, CRLF, ';'), and,
 * when ../shared is present, the real FOLK1A export (lang=en, value texts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveRequest, readLiveAnswer } from '../../src/live/live-request.ts';
import { buildLiveSpec, narrowTable } from '../../src/live/live-spec.ts';
import { comparators } from '../../src/live/run-live-check.ts';
import { loadTablesConfig } from '../../scripts/statbank/load-tables-config.ts';
import { StatbankFormatError } from '../../src/statbank/statbank-error.ts';

const SHARED = join(process.cwd(), '../shared/data');
const tables = (await loadTablesConfig('data/statbank/tables.yaml')).tables;
const folk1aSpellings = [
  {
    table: 'FOLK1A',
    fixed: {
      KØN: ['TOT', 'Total', 'I alt'],
      ALDER: ['IALT', 'Age, total'],
      CIVILSTAND: ['TOT', 'Total'],
    },
  },
];
const kommuner = [
  { kode: '851', navn: 'Aalborg', region: 'Region Nordjylland' },
  { kode: '860', navn: 'Hjørring', region: 'Region Nordjylland' },
  { kode: '751', navn: 'Aarhus', region: 'Region Midtjylland' },
];
const spec = buildLiveSpec(tables, folk1aSpellings, kommuner, [
  'dst_smdbv004_okpct',
  'dst_folk1a_population',
  'dst_regk31_538',
]);

describe('the live spec', () => {
  it("narrows a table to the metric's own codes and leaves out requests that need /tableinfo", () => {
    expect(spec.metrics.dst_smdbv004_okpct?.table.variables.VENTETIDGARANTI).toEqual(['OKPCT']);
    expect(spec.metrics.dst_smdbv004_okpct?.table.metrics.map((m) => m.id)).toEqual([
      'dst_smdbv004_okpct',
    ]);
    // FUNKTION '538*' can only be spelt out from DST's /tableinfo: no button rather than a guess.
    expect(spec.metrics.dst_regk31_538).toBeUndefined();
    expect(narrowTable(tables[0]!, 'no_such_metric')).toBeNull();
    expect(spec.metrics.dst_folk1a_population?.spellings.KØN).toEqual({ TOT: ['Total', 'I alt'] });
  });

  it('asks for the kommune, Hele landet and the kommuner of its region', () => {
    expect(comparators(spec, '851')).toEqual(['851', '000', '860']);
    expect(comparators(spec, '000')).toEqual(['000']);
  });
});

describe('liveRequest', () => {
  it('is one GET in codes for exactly the asked areas', () => {
    const live = liveRequest(
      spec.metrics.dst_smdbv004_okpct!,
      ['851', '000'],
      'http://127.0.0.1:9/v1/',
    );
    expect(live.url).toBe(
      'http://127.0.0.1:9/v1/data/SMDBV004/CSV?lang=da&valuePresentation=Code&' +
        'OMR%C3%85DE=851,000&VENTETIDGARANTI=OKPCT&Tid=*',
    );
  });

  it('reads a code-format answer into figures with the quality rules of tables.yaml', () => {
    const live = liveRequest(spec.metrics.dst_smdbv004_okpct!, ['851', '000'], 'http://x/v1');
    // Synthetic values, real layout.
    const body =
      '\uFEFFOMRÅDE;VENTETIDGARANTI;TID;INDHOLD\r\n000;OKPCT;2023;71\r\n851;OKPCT;2023;80\r\n' +
      '851;OKPCT;2024;..\r\n101;OKPCT;2024;50\r\n';
    const figures = readLiveAnswer(body, live);
    expect(figures.map((f) => [f.kode, f.period, f.value, f.flags])).toEqual([
      ['000', '2023', 71, ['known_gap']],
      ['851', '2023', 80, []],
      ['851', '2024', null, ['missing']],
    ]);
  });

  it("refuses an answer that is not DST's CSV with the importer's own error", () => {
    const live = liveRequest(spec.metrics.dst_smdbv004_okpct!, ['851'], 'http://x/v1');
    expect(() => readLiveAnswer('<html>', live)).toThrow(StatbankFormatError);
    expect(() =>
      readLiveAnswer('OMRÅDE;VENTETIDGARANTI;TID;INDHOLD\r\n851;OKPCT;2024;1.000,5\r\n', live),
    ).toThrow(/hverken et tal/);
  });

  it.skipIf(!existsSync(SHARED))(
    'reads the real FOLK1A export (lang=en, texts) as the importer does',
    () => {
      const text = readFileSync(join(SHARED, 'dst-exports/folk1a_population_annual.csv'), 'utf8');
      const live = liveRequest(spec.metrics.dst_folk1a_population!, ['851', '000'], 'http://x/v1');
      const figures = readLiveAnswer(text, live);
      expect(new Set(figures.map((f) => f.kode))).toEqual(new Set(['851', '000']));
      expect(figures.filter((f) => f.kode === '000').map((f) => f.period)).toEqual([
        '2008K1',
        '2011K1',
        '2015K1',
        '2019K1',
        '2022K1',
      ]);
      // All Denmark 2008Q1 as the export's second line has it.
      expect(figures.find((f) => f.kode === '000' && f.period === '2008K1')?.value).toBe(5475791);
    },
  );
  if (!existsSync(SHARED)) console.warn(`skipped: ${SHARED} is absent (the real FOLK1A export)`);
});
