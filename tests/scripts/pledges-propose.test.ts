// The CLI end to end on synthetic documents written to a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { syntheticPdf } from '../finder/synthetic-pdf.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'finder-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/pledges-propose.ts', ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each call starts Node and tsx: slow on a busy machine, so a generous limit.
describe('npm run pledges:propose', { timeout: 60_000 }, () => {
  it('prints a catalogue file for an HTML document and saves its text', () => {
    const html = join(dir, 'program.html');
    writeFileSync(
      html,
      '<h1>Program for Aalborg</h1><p>Vi lever i en tid med forandring.</p><ul><li>Der skal bygges 200 boliger inden 2030.</li></ul>',
    );
    const saved = join(dir, 'program.txt');
    const r = run(html, '--save-text', saved);
    expect(r.status, r.stderr).toBe(0);
    const file = parse(r.stdout) as {
      document: { kode: string; seed_file: string };
      pledges: { quote: string; kind: string }[];
    };
    expect(file.document).toMatchObject({ kode: '851', seed_file: 'program.txt' });
    expect(file.pledges).toEqual([
      expect.objectContaining({
        quote: 'Der skal bygges 200 boliger inden 2030.',
        kind: 'target_by_deadline',
      }),
    ]);
    expect(readFileSync(saved, 'utf8')).toContain('Der skal bygges 200 boliger inden 2030.');
    expect(r.stderr).toMatch(/1 candidates/);
  });

  it('prints every candidate with its cues as JSON, for a PDF too', () => {
    const pdf = join(dir, 'plan.pdf');
    writeFileSync(pdf, syntheticPdf([['I 2027 tilføres 4 mio. kr. til værestederne.']]));
    const r = run(pdf, '--format', 'json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      format: string;
      candidates: { kind: { kind: string }; cues: { cue: string }[]; amounts: { dkk: number }[] }[];
    };
    expect(out.format).toBe('pdf');
    expect(out.candidates[0]).toMatchObject({
      kind: { kind: 'budget_amount' },
      amounts: [{ dkk: 4_000_000 }],
    });
    expect(out.candidates[0]?.cues.map((c) => c.cue)).toContain('tilfoere');
  });

  it('explains a wrong call and a missing file, and exits non-zero', () => {
    const usage = run('--format', 'csv', 'x.txt');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--format is yaml or json/);
    const missing = run(join(dir, 'missing.txt'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/ENOENT|no such file/);
  });

  it('says why a PDF has no text', () => {
    const pdf = join(dir, 'scan.pdf');
    writeFileSync(pdf, syntheticPdf([]));
    const r = run(pdf);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no text layer/);
  });
});
