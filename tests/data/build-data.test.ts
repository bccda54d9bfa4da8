import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build-data.ts';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { SourceError, SourceErrors } from '../../scripts/lib/source-error.ts';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import { catalogueProblems, metricIds } from '../fixtures/catalogue/catalogue-invariants.ts';
import { fixtureDataDir } from '../fixtures/catalogue/scratch.ts';

// The real catalogue is checked as of the real today, so a newer `checked:` or evidence date an
// editor adds never trips a pinned test date.
const TODAY = new Date().toISOString().slice(0, 10);

/** A scratch copy of the real data/, to grow; the real data/ is never touched. */
function scratchRealData(): { dataDir: string; outDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'loftetjek-build-'));
  cpSync('data', join(root, 'data'), { recursive: true });
  return { dataDir: join(root, 'data'), outDir: join(root, 'out') };
}

/** A scratch copy of the SYNTHETIC test catalogue, to break on purpose. */
function scratchFixture(): { dataDir: string; outDir: string } {
  const dataDir = fixtureDataDir();
  return { dataDir, outDir: join(dataDir, '..', 'out') };
}

async function buildErrors(dataDir: string, outDir: string): Promise<string[]> {
  try {
    await buildData({ dataDir, outDir, ifStale: false, today: TODAY });
  } catch (e) {
    if (e instanceof SourceErrors) return e.errors.map((x) => x.message);
    if (e instanceof SourceError) return [e.message];
    throw e;
  }
  return [];
}

const yamlIn = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.yaml')) : [];
const csvRows = (path: string): number => parseCsv(readFileSync(path, 'utf8'), path).length;

/** What a data folder's sources hold, counted without the build: one extract row per source row. */
function sourceRowCounts(dataDir: string): Record<string, number> {
  const statbank = join(dataDir, 'sources/statbank');
  const statbankRows = existsSync(statbank)
    ? readdirSync(statbank)
        .filter((n) => n.endsWith('.csv'))
        .reduce((sum, n) => sum + csvRows(join(statbank, n)), 0)
    : 0;
  const pledgeFiles = yamlIn(join(dataDir, 'pledges')).map(
    (n) => parse(readFileSync(join(dataDir, 'pledges', n), 'utf8')) as { pledges: unknown[] },
  );
  return {
    // kommuner.csv plus '000', Hele landet, which the build adds.
    kommuner: csvRows(join(dataDir, 'sources/kommuner.csv')) + 1,
    metrics: metricIds(dataDir).size,
    observations: csvRows(join(dataDir, 'sources/curated-observations.csv')) + statbankRows,
    documents: pledgeFiles.length,
    pledges: pledgeFiles.reduce((sum, f) => sum + f.pledges.length, 0),
  };
}

function builtRows(manifest: { files: { table: string; rows: number | null }[] }) {
  return Object.fromEntries(
    manifest.files.filter((f) => f.rows !== null).map((f) => [f.table, f.rows]),
  );
}

const readCatalogue = (outDir: string): Catalogue =>
  JSON.parse(readFileSync(join(outDir, 'catalogue.json'), 'utf8')) as Catalogue;

describe('the data build', () => {
  it('builds every extract of the synthetic catalogue with a manifest, deterministically', async () => {
    const { dataDir, outDir } = scratchFixture();
    const first = await buildData({ dataDir, outDir, ifStale: false, today: TODAY });
    expect(first.built).toBe(true);
    expect(builtRows(first.manifest)).toEqual({
      kommuner: 99,
      metrics: 2,
      observations: 8,
      documents: 2,
      pledges: 4,
    });
    expect(first.manifest.sources.map((s) => s.file)).toContain('curated-observations.csv');
    const again = await buildData({ dataDir, outDir, ifStale: false, today: TODAY });
    expect(again.manifest.files.map((f) => f.sha256)).toEqual(
      first.manifest.files.map((f) => f.sha256),
    );
    const stale = await buildData({ dataDir, outDir, ifStale: true, today: TODAY });
    expect(stale.built).toBe(false);
    expect(catalogueProblems(readCatalogue(outDir), dataDir)).toEqual([]);
  });

  it('builds the real data/: one row per source row, deterministically, every invariant held', async () => {
    const { dataDir, outDir } = scratchRealData();
    const first = await buildData({ dataDir, outDir, ifStale: false, today: TODAY });
    expect(first.built).toBe(true);
    const rows = builtRows(first.manifest);
    expect(rows).toEqual(sourceRowCounts(dataDir));
    expect(rows.kommuner).toBe(99); // the 98 kommuner and Hele landet
    expect(rows.pledges).toBeGreaterThan(0);
    expect(first.manifest.sources.map((s) => s.file)).toContain('curated-observations.csv');
    const again = await buildData({ dataDir, outDir, ifStale: false, today: TODAY });
    expect(again.manifest.files.map((f) => f.sha256)).toEqual(
      first.manifest.files.map((f) => f.sha256),
    );
    expect(catalogueProblems(readCatalogue(outDir), dataDir)).toEqual([]);
  }, 120_000);

  it('takes a new document with two pledges, as CONTRIBUTING.md describes, and nothing breaks', async () => {
    const { dataDir, outDir } = scratchRealData();
    const before = sourceRowCounts(dataDir);
    // SYNTHETIC: a made-up document, seed text and pledges, added only to this temporary copy.
    const kode = parseCsv(
      readFileSync(join(dataDir, 'sources/kommuner.csv'), 'utf8'),
      'kommuner.csv',
    )[0]!.values.kode!;
    const metric = [...metricIds(dataDir)][0]!;
    writeFileSync(
      join(dataDir, 'seeds/zz-synthetic-growth.txt'),
      'SYNTETISK TEKST TIL TEST.\n\nVi vil bygge  en ny legeplads.\nVi vil halvere\nventetiden.\n',
    );
    writeFileSync(
      join(dataDir, 'pledges/zz-synthetic-growth.yaml'),
      [
        '# SYNTHETIC: added by tests/data/build-data.test.ts to a temporary copy of data/.',
        'document:',
        '  id: zz-synthetic-growth',
        "  title: 'Syntetisk dokument'",
        '  kind: newsletter',
        "  publisher: 'Syntetisk afsender'",
        '  date: 2025-01-01',
        '  date_precision: day',
        `  kode: '${kode}'`,
        '  url: null',
        '  seed_file: zz-synthetic-growth.txt',
        'pledges:',
        '  - id: zz-synthetic-legeplads',
        "    quote: 'Vi vil bygge en ny legeplads.'",
        "    summary_en: 'Build a new playground (synthetic).'",
        "    headline_da: 'Syntetisk overskrift'",
        "    headline_en: 'Synthetic headline'",
        "    actor: { type: party, name: 'Syntetisk parti' }",
        '    date: 2025-01-01',
        `    kode: '${kode}'`,
        '    theme: public_space',
        '    kind: action',
        '    lever: kommune',
        "    unmeasured: { status: no_public_series, reason_da: 'Syntetisk.', reason_en: 'Synthetic.' }",
        '    action: { status: not_assessed, evidence: [], right_of_reply: null }',
        '  - id: zz-synthetic-ventetid',
        "    quote: 'Vi vil halvere ventetiden.'",
        "    summary_en: 'Halve the waiting time (synthetic).'",
        "    headline_da: 'Syntetisk overskrift'",
        "    headline_en: 'Synthetic headline'",
        "    actor: { type: party, name: 'Syntetisk parti' }",
        '    date: 2025-01-01',
        `    kode: '${kode}'`,
        '    theme: social_services',
        '    kind: target_by_deadline',
        '    lever: kommune',
        '    measure:',
        `      metric: ${metric}`,
        `      kode: '${kode}'`,
        '      relation: direct',
        "      why_da: 'Syntetisk begrundelse.'",
        "      why_en: 'Synthetic reason.'",
        '      comparator: at_most',
        '      target: 1',
        '      unit: persons',
        '      deadline: 2029-12-31',
        '    action: { status: not_assessed, evidence: [], right_of_reply: null }',
        '',
      ].join('\n'),
    );
    const built = await buildData({ dataDir, outDir, ifStale: false, today: TODAY });
    const rows = builtRows(built.manifest);
    expect(rows.pledges).toBe(before.pledges! + 2);
    expect(rows.documents).toBe(before.documents! + 1);
    expect(rows).toEqual(sourceRowCounts(dataDir));
    const catalogue = readCatalogue(outDir);
    expect(catalogue.pledges.map((p) => p.id)).toEqual(
      expect.arrayContaining(['zz-synthetic-legeplads', 'zz-synthetic-ventetid']),
    );
    expect(catalogueProblems(catalogue, dataDir)).toEqual([]);
  });

  it('rejects an observation row with an unknown metric, naming file and line', async () => {
    const { dataDir, outDir } = scratchFixture();
    const csv = join(dataDir, 'sources/curated-observations.csv');
    const lines = readFileSync(csv, 'utf8').split('\n');
    lines[3] = lines[3]!.replace(/^[^,]+/, 'not_a_metric');
    writeFileSync(csv, lines.join('\n'));
    const errors = await buildErrors(dataDir, outDir);
    expect(errors).toEqual([
      expect.stringMatching(/curated-observations\.csv:4: metric "not_a_metric" is not defined/),
    ]);
  });

  it('rejects an observation whose value is not a number', async () => {
    const { dataDir, outDir } = scratchFixture();
    const csv = join(dataDir, 'sources/curated-observations.csv');
    writeFileSync(csv, replaced(readFileSync(csv, 'utf8'), ',2009,4000,', ',2009,many,'));
    expect(await buildErrors(dataDir, outDir)).toEqual([
      expect.stringMatching(
        /curated-observations\.csv:2: value "many" does not start with a number/,
      ),
    ]);
  });

  it.each([
    ['NaN', /value "NaN" does not start with a number/],
    ['1e308', /value "1e308" does not start with a number/],
    ['99999999999999999', /value "99999999999999999" is implausibly large/],
    ['-4000', /value "-4000" is a negative count \(unit persons\)/],
  ])('rejects the absurd value %s, naming file and line', async (value, message) => {
    const { dataDir, outDir } = scratchFixture();
    const csv = join(dataDir, 'sources/curated-observations.csv');
    writeFileSync(csv, replaced(readFileSync(csv, 'utf8'), ',2009,4000,', `,2009,${value},`));
    const errors = await buildErrors(dataDir, outDir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/curated-observations\.csv:2: /);
    expect(errors[0]).toMatch(message);
  });

  it('reports broken YAML with its line', async () => {
    const { dataDir, outDir } = scratchFixture();
    const file = join(dataDir, 'pledges/syntetisk-nyhedsbrev-2021.yaml');
    writeFileSync(file, readFileSync(file, 'utf8') + '\n  - id: [unclosed\n');
    const errors = await buildErrors(dataDir, outDir);
    expect(errors[0]).toMatch(/syntetisk-nyhedsbrev-2021\.yaml:\d+: invalid YAML/);
  });

  it('rejects a pledge with an unknown metric, an impossible date and a quote that is not verbatim', async () => {
    const { dataDir, outDir } = scratchFixture();
    const file = join(dataDir, 'pledges/syntetisk-byraad-budget-2020.yaml');
    let text = readFileSync(file, 'utf8');
    text = replaced(text, 'metric: synthetic_homeless_count', 'metric: no_such_metric');
    text = replaced(
      text,
      "quote: '1) Færre hjemløse i byen'",
      "quote: '1) Færre hjemløse i villaen'",
    );
    text = replaced(text, 'deadline: 2022-12-31', 'deadline: 2022-02-30');
    writeFileSync(file, text);
    const errors = (await buildErrors(dataDir, outDir)).join('\n');
    expect(errors).toMatch(
      /syntetisk-byraad-budget-2020\.yaml:\d+: pledges\.\d+\.measure\.deadline: is not a real calendar date/,
    );
    writeFileSync(file, text.replace('deadline: 2022-02-30', 'deadline: 2022-12-31'));
    const second = (await buildErrors(dataDir, outDir)).join('\n');
    expect(second).toMatch(/:\d+: metric "no_such_metric" is not defined/);
    expect(second).toMatch(/:\d+: the quote is not verbatim in syn-001\.txt/);
  });

  /** The fixture's first source renamed in its figures and its quality entry alike. */
  function renameSource(dataDir: string, to: string): void {
    const from = 'Syntetisk statistikkontor: Tælling';
    for (const file of ['sources/curated-observations.csv', 'sources/curated-sources.yaml']) {
      const path = join(dataDir, file);
      writeFileSync(path, replaced(readFileSync(path, 'utf8'), from, to).replaceAll(from, to));
    }
    // Synthetic rules, so the test does not depend on the real phrase table's wording.
    writeFileSync(
      join(dataDir, 'sources/source-labels.yaml'),
      "phrases:\n  'citing': 'med tal fra'\nenglish:\n  - citing\n  - quoting\n",
    );
  }

  it('writes each source label in Danish: Danish dates and annotations', async () => {
    const { dataDir, outDir } = scratchFixture();
    renameSource(
      dataDir,
      'Syntetisk statistikkontor (citing Syntetisk institut): Tælling (21 Jun 2023)',
    );
    await buildData({ dataDir, outDir, ifStale: false, today: TODAY });
    const catalogue = readFileSync(join(outDir, 'catalogue.json'), 'utf8');
    expect(catalogue).toContain(
      'Syntetisk statistikkontor (med tal fra Syntetisk institut): Tælling (21. jun. 2023)',
    );
    // The English label keeps the annotation, with an English date.
    expect(catalogue).toContain(
      'Syntetisk statistikkontor (citing Syntetisk institut): Tælling (21 Jun 2023)',
    );
    expect(catalogue.match(/\(citing /g)).toHaveLength(
      catalogue.match(/\(med tal fra /g)?.length ?? -1,
    );
  });

  it("names a metric's publisher by the same rules, in each language", async () => {
    const { dataDir, outDir } = scratchFixture();
    const [file] = readdirSync(join(dataDir, 'metrics')).filter((n) => n.endsWith('.yaml'));
    const path = join(dataDir, 'metrics', file!);
    writeFileSync(
      path,
      replaced(
        readFileSync(path, 'utf8'),
        "source: 'Syntetisk statistikkontor'",
        "source: 'Syntetisk statistikkontor, StatBank SYN1'",
      ),
    );
    writeFileSync(
      join(dataDir, 'sources/source-labels.yaml'),
      "phrases:\n  'StatBank': 'Statistikbanken'\nenglish:\n  - StatBank\n",
    );
    await buildData({ dataDir, outDir, ifStale: false, today: TODAY });
    const metrics = Object.values(readCatalogue(outDir).series).map((s) => s.metric);
    expect(metrics).toContainEqual(
      expect.objectContaining({
        source: 'Syntetisk statistikkontor, Statistikbanken SYN1',
        sourceEn: 'Syntetisk statistikkontor, StatBank SYN1',
      }),
    );
  });

  it('refuses a source label with an English word left in, naming the label and the rules', async () => {
    const { dataDir, outDir } = scratchFixture();
    renameSource(dataDir, 'Syntetisk statistikkontor (quoting Syntetisk institut): Tælling');
    expect(await buildErrors(dataDir, outDir)).toEqual([
      expect.stringMatching(
        /source-labels\.yaml: the source label "Syntetisk statistikkontor \(quoting Syntetisk institut\): Tælling" still has the English "quoting"/,
      ),
    ]);
  });

  it('keeps the previous extracts when a build fails', async () => {
    const { dataDir, outDir } = scratchFixture();
    await buildData({ dataDir, outDir, ifStale: false, today: TODAY });
    const before = readFileSync(join(outDir, 'manifest.json'), 'utf8');
    writeFileSync(
      join(dataDir, 'sources/kommuner.csv'),
      'kode,navn,region,komkode\n12,X,Nowhere,012\n',
    );
    expect((await buildErrors(dataDir, outDir))[0]).toMatch(
      /kommuner\.csv:2: kode "12" is not a three-digit kommune code/,
    );
    expect(readFileSync(join(outDir, 'manifest.json'), 'utf8')).toBe(before);
    expect(existsSync(join(outDir, 'observations.parquet'))).toBe(true);
  });
});

/** text with `from` replaced by `to`; fails the test when `from` is not there to replace. */
function replaced(text: string, from: string, to: string): string {
  expect(text, `the fixture no longer contains ${from}`).toContain(from);
  return text.replace(from, to);
}
