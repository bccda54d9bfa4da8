/**
 * `npm run data:import` end to end, on SYNTHETIC exports in a temporary "shared" folder: one
 * line per failure, nothing written unless every export passes, byte-identical reruns.
 */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const SCRIPT = join(ROOT, 'scripts/import-exports.ts');

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', SCRIPT, ...args],
      { cwd: ROOT, timeout: 30_000 },
      (error, stdout, stderr) =>
        done({
          code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          stdout,
          stderr,
        }),
    );
  });
}

const GOOD =
  '\ufeffOMRÅDE;KØN;TID;INDHOLD\r\nAll Denmark;Total;2024Q1;5000\r\nCopenhagen;Total;2024Q1;600\r\n';
const BAD = '\ufeffOMRÅDE;KØN;TID;INDHOLD\r\nCopenhagen;Total;2024Q1;12abc\r\n';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

const entry = (file: string, content: string, output: string) => `
  - file: exports/${file}
    sha256: '${sha(content)}'
    format: statbank-csv
    publisher: Danmarks Statistik
    table: FOLK1A
    title: Befolkningen (syntetisk test)
    exported: '2026-03-25'
    retrieved_via: { repository: github.com/owner/repo, commit: abcdef1, path: ${file} }
    geography: OMRÅDE
    time: TID
    fixed: { KØN: [TOT, Total] }
    metric: dst_folk1a_population
    output: ${output}
`;

let dir: string;
let shared: string;
let out: string;
let config: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
  shared = join(dir, 'shared');
  out = join(dir, 'out');
  config = join(dir, 'imports.yaml');
  mkdirSync(join(shared, 'exports'), { recursive: true });
  mkdirSync(out);
  writeFileSync(join(shared, 'exports/good.csv'), GOOD);
  writeFileSync(join(shared, 'exports/bad.csv'), BAD);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const args = () => ['--shared', shared, '--out', out, '--config', config, '--no-research'];

describe('scripts/import-exports.ts', () => {
  it('writes the output and gives the same bytes on a second run', async () => {
    writeFileSync(config, `imports:${entry('good.csv', GOOD, 'A.csv')}`);
    const first = await cli(args());
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('✓ exports/good.csv: 2 observationer af dst_folk1a_population');
    const bytes = readFileSync(join(out, 'A.csv'), 'utf8');
    expect(bytes).toContain('\ndst_folk1a_population,101,2024K1,600,,,');
    expect((await cli(args())).code).toBe(0);
    expect(readFileSync(join(out, 'A.csv'), 'utf8')).toBe(bytes);
    expect(readdirSync(out)).toEqual(['A.csv']);
  });

  it('one failing export: one line with file and line, and no file is written or changed', async () => {
    writeFileSync(
      config,
      `imports:${entry('good.csv', GOOD, 'A.csv')}${entry('bad.csv', BAD, 'B.csv')}`,
    );
    writeFileSync(join(out, 'B.csv'), 'PREVIOUS\n');
    const r = await cli(args());
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'exports/bad.csv: linje 2: værdien "12abc" er hverken et tal eller et DST-symbol (..) — ingen data ændret.\n',
    );
    expect(readdirSync(out)).toEqual(['B.csv']);
    expect(readFileSync(join(out, 'B.csv'), 'utf8')).toBe('PREVIOUS\n');
  });

  it('without the shared folder: one clear line, nothing changed', async () => {
    writeFileSync(config, `imports:${entry('good.csv', GOOD, 'A.csv')}`);
    const r = await cli(['--shared', join(dir, 'nowhere'), '--out', out, '--config', config]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `mappen med eksporterne findes ikke: ${join(dir, 'nowhere')} (--shared) — ingen data ændret.\n`,
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses an export whose bytes changed since imports.yaml was written', async () => {
    writeFileSync(config, `imports:${entry('good.csv', GOOD, 'A.csv')}`);
    writeFileSync(join(shared, 'exports/good.csv'), GOOD.replace('600', '601'));
    const r = await cli(args());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^exports\/good.csv: filen har ændret sig \(sha256 [0-9a-f]{12}…, konfigurationen siger [0-9a-f]{12}…\); tjek den og ret sha256 — ingen data ændret.\n$/,
    );
  });

  it('does not replace a file data:fetch wrote from the API unless told to', async () => {
    writeFileSync(config, `imports:${entry('good.csv', GOOD, 'A.csv')}`);
    const fetched =
      'metric_id,kode,period,value,flags,note,source_title,source_url,table_id,retrieved_at\nx,101,2025K1,1,,,T,https://api.statbank.dk/v1/data/FOLK1A/CSV?lang=da,FOLK1A,2025-09-01\n';
    writeFileSync(join(out, 'A.csv'), fetched);
    const r = await cli(args());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('er hentet fra StatBank');
    expect(readFileSync(join(out, 'A.csv'), 'utf8')).toBe(fetched);
    expect((await cli([...args(), '--replace-fetched'])).code).toBe(0);
  });
});

// The research file (SYNTHETIC fixture in tests/fixtures/research) goes through the same run:
// checked against its sha256, every row read, and nothing written unless all of it passes.
describe('scripts/import-exports.ts with the research file', () => {
  const FIXTURE = join(ROOT, 'tests/fixtures/research');
  const RESEARCH = readFileSync(join(FIXTURE, 'homelessness-synthetic.csv'), 'utf8');
  const METRICS = ['dst_folk1a_population', 'synthetic_count', 'synthetic_requests']
    .map(
      (id) =>
        `- { id: ${id}, title_da: T, title_en: T, unit: ${id === 'synthetic_requests' ? 'count' : 'persons'}, ` +
        'unit_da: u, unit_en: u, description: Syntetisk, source: S, table: null, licence: L, higher_is_better: null }',
    )
    .join('\n');

  const setUp = (research: string, pinned = research) => {
    mkdirSync(join(shared, 'research'));
    writeFileSync(join(shared, 'research/homelessness-synthetic.csv'), research);
    const yaml = readFileSync(join(FIXTURE, 'research-imports.yaml'), 'utf8').replace(
      /^sha256: .*$/m,
      `sha256: '${sha(pinned)}'`,
    );
    writeFileSync(join(dir, 'research.yaml'), yaml);
    mkdirSync(join(dir, 'metrics'));
    writeFileSync(join(dir, 'metrics/m.yaml'), METRICS + '\n');
    mkdirSync(join(dir, 'curated'));
    for (const f of ['curated-observations.csv', 'curated-sources.yaml']) {
      writeFileSync(join(dir, 'curated', f), readFileSync(join(FIXTURE, f)));
    }
    writeFileSync(config, `imports:${entry('good.csv', GOOD, 'A.csv')}`);
  };
  const researchArgs = () => [
    ...['--shared', shared, '--out', out, '--config', config],
    ...['--research', join(dir, 'research.yaml'), '--metrics', join(dir, 'metrics')],
    ...['--curated', join(dir, 'curated/curated-observations.csv')],
  ];

  it('writes the research figures next to the exports, byte-identical on a second run', async () => {
    setUp(RESEARCH);
    const first = await cli(researchArgs());
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      '✓ synthetic_count: 5 tal (1 står allerede i curated-observations.csv; 2 gentaget i filen)',
    );
    expect(first.stdout).toContain('3 rækker udeladt');
    const bytes = readFileSync(join(out, 'research-synthetic.csv'), 'utf8');
    expect((await cli(researchArgs())).code).toBe(0);
    expect(readFileSync(join(out, 'research-synthetic.csv'), 'utf8')).toBe(bytes);
    expect(readdirSync(out).sort()).toEqual(['A.csv', 'research-synthetic.csv']);
  });

  it('refuses a research file whose bytes changed, and writes nothing', async () => {
    setUp(RESEARCH.replace(',1000,', ',1001,'), RESEARCH);
    const r = await cli(researchArgs());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^research\/homelessness-synthetic\.csv: filen har ændret sig \(sha256 [0-9a-f]{12}…, konfigurationen siger [0-9a-f]{12}…\); tjek den og ret sha256 — ingen data ændret\.\n$/,
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('a malformed row: one line with file and line, and nothing is written', async () => {
    setUp(RESEARCH.replace(',1000,', ',1000abc,'));
    const r = await cli(researchArgs());
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'research/homelessness-synthetic.csv:2: værdien "1000abc" er ikke et tal — ingen data ændret.\n',
    );
    expect(readdirSync(out)).toEqual([]);
  });
});
