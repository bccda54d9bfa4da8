import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build-data.ts';
import { SourceError, SourceErrors } from '../../scripts/lib/source-error.ts';

const TODAY = '2026-11-23';

/** A scratch copy of data/ to break on purpose; the real data/ is never touched. */
function scratchData(): { dataDir: string; outDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'loftetjek-build-'));
  cpSync('data', join(root, 'data'), { recursive: true });
  return { dataDir: join(root, 'data'), outDir: join(root, 'out') };
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

describe('the data build', () => {
  it('builds every extract with a manifest, deterministically', async () => {
    const { dataDir, outDir } = scratchData();
    const first = await buildData({ dataDir, outDir, ifStale: false, today: TODAY });
    expect(first.built).toBe(true);
    const rows = Object.fromEntries(first.manifest.files.map((f) => [f.table, f.rows]));
    expect(rows).toMatchObject({ kommuner: 99, documents: 5 });
    // 154 curated figures plus whatever data/sources/statbank holds (imports grow it).
    expect(rows.observations).toBeGreaterThanOrEqual(154);
    expect(rows.pledges).toBeGreaterThanOrEqual(30);
    expect(first.manifest.sources.map((s) => s.file)).toContain('curated-observations.csv');
    const again = await buildData({ dataDir, outDir, ifStale: false, today: TODAY });
    expect(again.manifest.files.map((f) => f.sha256)).toEqual(
      first.manifest.files.map((f) => f.sha256),
    );
    const stale = await buildData({ dataDir, outDir, ifStale: true, today: TODAY });
    expect(stale.built).toBe(false);
  });

  it('rejects an observation row with an unknown metric, naming file and line', async () => {
    const { dataDir, outDir } = scratchData();
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
    const { dataDir, outDir } = scratchData();
    const csv = join(dataDir, 'sources/curated-observations.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace(',2009,4998,', ',2009,many,'));
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
    ['-4998', /value "-4998" is a negative count \(unit persons\)/],
  ])('rejects the absurd value %s, naming file and line', async (value, message) => {
    const { dataDir, outDir } = scratchData();
    const csv = join(dataDir, 'sources/curated-observations.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace(',2009,4998,', `,2009,${value},`));
    const errors = await buildErrors(dataDir, outDir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/curated-observations\.csv:2: /);
    expect(errors[0]).toMatch(message);
  });

  it('reports broken YAML with its line', async () => {
    const { dataDir, outDir } = scratchData();
    const file = join(dataDir, 'pledges/aalborg-s-nyhedsbrev-2024-11.yaml');
    writeFileSync(file, readFileSync(file, 'utf8') + '\n  - id: [unclosed\n');
    const errors = await buildErrors(dataDir, outDir);
    expect(errors[0]).toMatch(/aalborg-s-nyhedsbrev-2024-11\.yaml:\d+: invalid YAML/);
  });

  it('rejects a pledge with an unknown metric, an impossible date and a quote that is not verbatim', async () => {
    const { dataDir, outDir } = scratchData();
    const file = join(dataDir, 'pledges/aarhus-forlig-2020-social-baeredygtighedsplan-25-mio.yaml');
    const text = readFileSync(file, 'utf8')
      .replace('metric: homeless_persons_count_week6', 'metric: no_such_metric')
      .replace("quote: '4) Flere hjemløse i egen bolig'", "quote: '4) Flere hjemløse i egen villa'")
      .replace('deadline: 2022-12-31', 'deadline: 2022-02-30');
    writeFileSync(file, text);
    const errors = (await buildErrors(dataDir, outDir)).join('\n');
    expect(errors).toMatch(
      /aarhus-forlig-2020-social-baeredygtighedsplan-25-mio\.yaml:\d+: pledges\.\d+\.measure\.deadline: is not a real calendar date/,
    );
    writeFileSync(file, text.replace('deadline: 2022-02-30', 'deadline: 2022-12-31'));
    const second = (await buildErrors(dataDir, outDir)).join('\n');
    expect(second).toMatch(/:\d+: metric "no_such_metric" is not defined/);
    expect(second).toMatch(/:\d+: the quote is not verbatim in 003_/);
  });

  it('keeps the previous extracts when a build fails', async () => {
    const { dataDir, outDir } = scratchData();
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
