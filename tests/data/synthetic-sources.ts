/**
 * SYNTHETIC source files for the data-build tests (a pledge document, its seed text, a metric, a
 * source-quality entry; every name, text and figure is made up here) added to a scratch copy of
 * data/, so the cases do not depend on the real catalogue and new data cannot break them. The
 * real data/ is never touched.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildData } from '../../scripts/build-data.ts';
import { fixtureDataDir } from '../fixtures/catalogue/scratch.ts';
import { SourceError, SourceErrors } from '../../scripts/lib/source-error.ts';

export const TODAY = '2026-11-23';
export const PLEDGE_FILE = 'pledges/zz-synthetic-hostile.yaml';

export const PLEDGE_YAML = `# SYNTHETIC test document (tests/data/synthetic-sources.ts); never in data/.
document:
  id: zz-synthetic-hostile
  title: 'Syntetisk dokument'
  kind: newsletter
  publisher: 'Syntetisk udgiver'
  date: 2024-01-01
  date_precision: day
  kode: '851'
  url: 'https://example.org/dokument'
  seed_file: zz-synthetic-hostile.txt
pledges:
  - id: zz-synthetic-hostile-pledge
    quote: 'Vi lover noget syntetisk.'
    summary_en: 'A synthetic pledge.'
    headline_da: 'Syntetisk overskrift'
    headline_en: 'Synthetic headline'
    actor: { type: party, name: 'Syntetisk parti' }
    date: 2024-01-01
    kode: '851'
    theme: homelessness
    kind: target_by_deadline
    lever: kommune
    measure:
      metric: zz_synthetic_metric
      kode: '851'
      relation: direct
      why_da: 'Syntetisk begrundelse for serien.'
      why_en: 'Synthetic reason for the series.'
      comparator: at_most
      target: 100
      unit: persons
      deadline: 2025-12-31
      baseline: { period: '2020', value: 120 }
      note_da: 'Syntetisk note.'
      note_en: 'Synthetic note.'
      annotations:
        - date: 2024-06-01
          label_da: 'Syntetisk'
          label_en: 'Synthetic'
          source_title: 'Syntetisk kilde'
          source_url: 'https://example.org/kilde'
    action:
      status: in_progress
      reason_da: 'Syntetisk begrundelse.'
      reason_en: 'Synthetic reason.'
      evidence:
        - { date: 2024-02-01, title: 'Syntetisk referat', url: 'https://example.org/referat' }
      right_of_reply: { date: 2024-03-01, text: 'Syntetisk svar.', url: 'https://example.org/svar' }
`;

const METRIC_YAML = `# SYNTHETIC test metric (tests/data/synthetic-sources.ts).
- id: zz_synthetic_metric
  title_da: 'Syntetisk mål'
  title_en: 'Synthetic metric'
  unit: persons
  unit_da: 'personer'
  unit_en: 'people'
  description: 'Synthetic.'
  source: 'Synthetic'
  table: null
  licence: 'CC0'
  higher_is_better: false
`;

export const STATBANK_HEADER =
  'metric_id,kode,period,value,flags,note,source_title,source_url,table_id,retrieved_at\n';

export interface Scratch {
  root: string;
  dataDir: string;
  outDir: string;
  scratchDir: string;
  /** Path of a file inside the scratch data/. */
  data(path: string): string;
}

/**
 * A scratch copy of the synthetic test catalogue (tests/fixtures/catalogue, not the real data/,
 * so the real series' size never slows these builds) plus the synthetic files; `pledge`
 * replaces the synthetic document.
 */
export function scratch(pledge = PLEDGE_YAML): Scratch {
  const dataDir = fixtureDataDir();
  const root = dirname(dataDir);
  mkdirSync(join(dataDir, 'sources/statbank'), { recursive: true });
  const data = (path: string) => join(dataDir, path);
  writeFileSync(
    data('seeds/zz-synthetic-hostile.txt'),
    'Syntetisk tekst. Vi lover noget syntetisk.',
  );
  writeFileSync(data('metrics/zz-synthetic.yaml'), METRIC_YAML);
  writeFileSync(data(PLEDGE_FILE), pledge);
  appendFileSync(
    data('sources/curated-sources.yaml'),
    "\n- title: 'Syntetisk kilde'\n  quality: secondary\n  publisher: 'Syntetisk'\n  reason: 'Synthetic test source'\n",
  );
  return {
    root,
    dataDir,
    outDir: join(root, 'out'),
    scratchDir: join(root, 'scratch'),
    data,
  };
}

export function build(s: Scratch, ifStale = false) {
  return buildData({
    dataDir: s.dataDir,
    outDir: s.outDir,
    scratchDir: s.scratchDir,
    ifStale,
    today: TODAY,
  });
}

/** The build's source errors; any other exception fails the test (it names no file). */
export async function buildErrors(s: Scratch): Promise<string[]> {
  try {
    await build(s);
  } catch (e) {
    if (e instanceof SourceErrors) return e.errors.map((x) => x.message);
    if (e instanceof SourceError) return [e.message];
    throw e;
  }
  return [];
}

/** The synthetic document with one line replaced; returns the text and that line's number. */
export function pledgeWith(find: string, replace: string): { text: string; line: number } {
  const lines = PLEDGE_YAML.split('\n');
  const index = lines.findIndex((l) => l.includes(find));
  if (index < 0) throw new Error(`the synthetic document has no line with ${find}`);
  lines[index] = lines[index]!.replace(find, replace);
  return { text: lines.join('\n'), line: index + 1 };
}

/** Adds a synthetic row to curated-observations.csv (source URL and quote given); its line. */
export function addCuratedRow(s: Scratch, urlAndQuote: string): number {
  const csv = s.data('sources/curated-observations.csv');
  const lines = readFileSync(csv, 'utf8').trimEnd().split('\n');
  lines.push(`zz_synthetic_metric,851,Aalborg,2020,10,persons,Syntetisk kilde,${urlAndQuote}`);
  writeFileSync(csv, lines.join('\n') + '\n');
  return lines.length;
}

/** The synthetic document's name, as a regular expression source. */
export const FILE = /zz-synthetic-hostile\.yaml/.source;
