/**
 * The import of published exports, on SYNTHETIC exports written inline in each presentation DST
 * serves. One parser, one output: what comes out must be what data:fetch writes and what the
 * data build reads.
 */
import { describe, it, expect } from 'vitest';
import { parseImportsConfig, type ImportConfig } from '../../scripts/import/load-imports-config.ts';
import { importExports } from '../../scripts/import/import-exports.ts';
import { OUTPUT_HEADER } from '../../scripts/statbank/format-observations-csv.ts';
import { readStatbankObservations } from '../../scripts/lib/read-observations.ts';
import { KOMMUNE_CODES } from '../../src/statbank/kommune-codes.ts';

const SHA = '0'.repeat(64);
const UNITS = new Map([
  ['t_population', 'persons'],
  ['t_jobs', 'persons'],
]);

function entries(yaml: string): ImportConfig[] {
  return parseImportsConfig(`imports:\n${yaml}`, 'imports.yaml');
}

const statbank = (file: string, fixed: string) => `
  - file: x/${file}
    sha256: '${SHA}'
    format: statbank-csv
    publisher: Danmarks Statistik
    table: FOLK1A
    title: Befolkningen
    exported: '2026-03-25'
    retrieved_via: { repository: github.com/owner/repo, commit: abcdef1, path: data/${file} }
    geography: OMRÅDE
    time: TID
    fixed: { ${fixed} }
    metric: t_population
    output: FOLK1A.csv
`;
const KØN = 'KØN: [TOT, Total, I alt]';

function run(yaml: string, files: Record<string, string>) {
  return importExports(entries(yaml), (e) => files[e.file.replace(/^x\//, '')] ?? '', UNITS);
}

// The same (synthetic) figures in four presentations DST serves.
const PRESENTATIONS: Record<string, string> = {
  'english-texts.csv':
    '\ufeffOMRÅDE;KØN;TID;INDHOLD\r\nAll Denmark;Total;2024Q1;5000\r\nCopenhagen;Total;2024Q1;600.5\r\n' +
    'Region Hovedstaden;Total;2024Q1;1900\r\nAbroad;Total;2024Q1;7\r\n',
  'danish-texts.csv':
    'OMRÅDE;KØN;TID;INDHOLD\nHele landet;I alt;2024K1;5000\nKøbenhavn;I alt;2024K1;600,5\n' +
    'Region Hovedstaden;I alt;2024K1;1900\nUdlandet;I alt;2024K1;7\n',
  'codes.csv':
    '\ufeffOMRÅDE;KØN;TID;INDHOLD\r\n000;TOT;2024K1;5000\r\n101;TOT;2024K1;600,5\r\n084;TOT;2024K1;1900\r\n',
  'quoted.csv':
    '"OMRÅDE";"KØN";"TID";"INDHOLD"\r\n"All Denmark";"Total";"2024Q1";"5000"\r\n"Copenhagen";"Total";"2024Q1";"600.5"\r\n',
};

describe('StatBank CSV exports, any presentation', () => {
  const outputs = Object.keys(PRESENTATIONS).map((file) => {
    const { files, summary } = run(statbank(file, KØN), PRESENTATIONS);
    return { file, csv: files[0]?.csv ?? '', summary: summary[0] };
  });

  it('give the same figures whatever the presentation', () => {
    const figures = outputs.map(({ csv }) =>
      csv
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',').slice(0, 4).join(',')),
    );
    for (const f of figures) {
      expect(f).toEqual(['t_population,000,2024K1,5000', 't_population,101,2024K1,600.5']);
    }
  });

  it('count and skip regions and "abroad"', () => {
    expect(outputs[0]?.summary?.skipped).toEqual(
      new Map([
        ['084', 1],
        ['udlandet', 1],
      ]),
    );
  });

  it('write the output contract of data:fetch, which the data build reads', () => {
    const csv = outputs[0]?.csv ?? '';
    expect(csv.split('\n')[0]).toBe(OUTPUT_HEADER.join(','));
    const rows = readStatbankObservations(csv, 'FOLK1A.csv', {
      metricIds: new Set(['t_population']),
      kommuneNames: new Map([['000', 'Hele landet'], ...KOMMUNE_CODES]),
      metricUnits: UNITS,
    });
    expect(rows[1]).toMatchObject({
      kode: '101',
      period_start: '2024-01-01',
      value: 600.5,
      source_title:
        'Danmarks Statistik, StatBank FOLK1A: Befolkningen (eksport hentet via github.com/owner/repo)',
      source_url: 'https://github.com/owner/repo/blob/abcdef1/data/english-texts.csv',
      source_table: 'FOLK1A',
      retrieved: '2026-03-25',
    });
  });

  it('fail on an unknown kommune name with file and line', () => {
    const bad = 'OMRÅDE;KØN;TID;INDHOLD\nAll Denmark;Total;2024Q1;1\nKopenhagen;Total;2024Q1;2\n';
    expect(() => run(statbank('bad.csv', KØN), { 'bad.csv': bad })).toThrow(
      'x/bad.csv: linje 3: "Kopenhagen" er ikke en kendt værdi af OMRÅDE',
    );
  });

  it('fail on a value of a fixed column the entry does not name', () => {
    const bad = 'OMRÅDE;KØN;TID;INDHOLD\nAll Denmark;Men;2024Q1;1\n';
    expect(() => run(statbank('bad.csv', KØN), { 'bad.csv': bad })).toThrow(
      'x/bad.csv: linje 2: "Men" er ikke en kendt værdi af KØN',
    );
  });

  it('keep a 0 out of the series, as DST also writes 0 for a suppressed cell', () => {
    const zero = 'OMRÅDE;KØN;TID;INDHOLD\nCopenhagen;Total;2024Q1;0\n';
    const csv = run(statbank('zero.csv', KØN), { 'zero.csv': zero }).files[0]?.csv ?? '';
    expect(csv).toContain('\nt_population,101,2024K1,,missing,');
  });

  it('refuse a figure the data build would refuse', () => {
    const negative = 'OMRÅDE;KØN;TID;INDHOLD\nCopenhagen;Total;2024Q1;-3\n';
    expect(() => run(statbank('neg.csv', KØN), { 'neg.csv': negative })).toThrow(
      /FOLK1A: t_population 101 2024K1: værdien -3 afvises \(is a negative count/,
    );
  });
});

const wide = `
  - file: x/wide.csv
    sha256: '${SHA}'
    format: delimited
    delimiter: ','
    name_column: Kommune
    columns: { '2006': 2007K1, '2007': 2008K1 }
    aliases: { 'Høje Taastrup': '169' }
    publisher: Danmarks Statistik
    table: FOLK1A
    title: Befolkningen
    exported: '2017-01-17'
    retrieved_via: { repository: github.com/owner/wide, commit: '1234567', path: befolkning.csv }
    metric: t_population
    output: FOLK1A.csv
`;
const padded = `
  - file: x/padded.csv
    sha256: '${SHA}'
    format: delimited
    delimiter: ';'
    code_column: Kommune_(id)
    name_column: Kommune_(navn)
    columns: { Befolkningstal: 2020K1 }
    thousands: '.'
    publisher: Danmarks Statistik
    table: FOLK1A
    title: Befolkningen
    exported: '2026-12-01'
    retrieved_via: { repository: github.com/owner/padded, commit: '7654321', path: ssi.csv }
    metric: t_population
    output: FOLK1A.csv
`;

describe('other exports of the same figures', () => {
  it('reads a wide file, one column per period, with a file’s own spelling of a name', () => {
    const text = 'Kommune,2006,2007\nHøje Taastrup,48000,48500\nChristiansø,90,91\n';
    const { files, summary } = run(wide, { 'wide.csv': text });
    expect(files[0]?.csv).toContain('\nt_population,169,2007K1,48000,');
    expect(files[0]?.csv).toContain('\nt_population,169,2008K1,48500,');
    expect(summary[0]?.skipped).toEqual(new Map([['411', 2]]));
  });

  it('reads "." between thousands and space padding only where the entry says so', () => {
    const text = '\ufeffKommune_(id);Kommune_(navn);Befolkningstal\n101;København; 632.340\n';
    expect(run(padded, { 'padded.csv': text }).files[0]?.csv).toContain(
      '\nt_population,101,2020K1,632340,',
    );
    expect(() => run(padded, { 'padded.csv': text.replace('632.340', '632.34') })).toThrow(
      'x/padded.csv: linje 2: "632.34" er ikke et helt tal med punktum mellem tusinder',
    );
  });

  it('refuses a code that does not match the name', () => {
    const text = 'Kommune_(id);Kommune_(navn);Befolkningstal\n147;København;1\n';
    expect(() => run(padded, { 'padded.csv': text })).toThrow(
      'x/padded.csv: linje 2: koden "147" passer ikke til "København" (101)',
    );
  });

  it('merges exports into one file: a figure both give must agree and is written once', () => {
    const a = 'OMRÅDE;KØN;TID;INDHOLD\nCopenhagen;Total;2008Q1;500\n';
    const ok = 'Kommune,2006,2007\nKøbenhavn,490,500\n';
    const { files, summary } = run(statbank('a.csv', KØN) + wide, { 'a.csv': a, 'wide.csv': ok });
    expect(files[0]?.csv.match(/t_population,101,/g)).toHaveLength(2);
    expect(summary[1]?.duplicates).toBe(1);
    const bad = 'Kommune,2006,2007\nKøbenhavn,490,501\n';
    expect(() => run(statbank('a.csv', KØN) + wide, { 'a.csv': a, 'wide.csv': bad })).toThrow(
      'FOLK1A.csv: t_population 101 2008K1 er 500 i x/a.csv, men 501 i x/wide.csv; ret den, der er forkert',
    );
  });

  it('is deterministic: the same exports give the same bytes, whatever order rows come in', () => {
    const text = 'Kommune,2006,2007\nKøbenhavn,490,500\nAarhus,300,310\n';
    const shuffled = 'Kommune,2007,2006\nAarhus,310,300\nKøbenhavn,500,490\n';
    const one = run(wide, { 'wide.csv': text }).files[0]?.csv;
    expect(run(wide, { 'wide.csv': text }).files[0]?.csv).toBe(one);
    expect(
      run(wide.replace("'2006': 2007K1, '2007': 2008K1", "'2007': 2008K1, '2006': 2007K1"), {
        'wide.csv': shuffled,
      }).files[0]?.csv,
    ).toBe(one);
  });
});

describe('the Jobindsats dashboard file', () => {
  const job = `
  - file: x/job.json
    sha256: '${SHA}'
    format: jobindsats-json
    series: cashAssistance.persons
    publisher: Jobindsats.dk (STAR)
    table: y60a02
    title: Kontanthjælp
    exported: '2026-08-22'
    retrieved_via: { repository: github.com/owner/job, commit: abc1234, path: data.json }
    metric: t_jobs
    output: job.csv
    quality:
      - { flag: break_in_series, from: 2025M07, note: Systemet blev ændret. }
`;
  const json = JSON.stringify({
    municipalities: {
      koebenhavn: {
        name: 'København',
        cashAssistance: { labels: ['2025M06', '2025M07'], persons: [9000, 9032] },
      },
    },
    national: { name: 'Hele landet', cashAssistance: { labels: ['2025M06'], persons: [85000] } },
  });

  it('reads each kommune’s monthly series and the national one, flagging the break', () => {
    const csv = run(job, { 'job.json': json }).files[0]?.csv ?? '';
    expect(csv).toContain('\nt_jobs,000,2025M06,85000,,,');
    expect(csv).toContain('\nt_jobs,101,2025M06,9000,,,');
    expect(csv).toContain('\nt_jobs,101,2025M07,9032,break_in_series,Systemet blev ændret.,');
    expect(csv).toContain(
      ',"Jobindsats.dk (STAR), y60a02: Kontanthjælp (eksport hentet via github.com/owner/job)",',
    );
  });

  it('fails on a name it does not know, naming where', () => {
    const bad = json.replace('"København"', '"Kbh"');
    expect(() => run(job, { 'job.json': bad })).toThrow(
      'x/job.json: municipalities.koebenhavn: "Kbh" er ikke en kendt kommune',
    );
  });
});

describe('imports.yaml', () => {
  it('requires the provenance of every export', () => {
    expect(() => entries(statbank('a.csv', KØN).replace("exported: '2026-03-25'", ''))).toThrow(
      'imports.yaml: imports.0.exported:',
    );
    expect(() => entries(statbank('a.csv', KØN).replace('commit: abcdef1, ', ''))).toThrow(
      'imports.yaml: imports.0.retrieved_via.commit:',
    );
  });
});
