/**
 * Hostile and damaged source files against the data build. Each case adds SYNTHETIC files (a
 * pledge document, its seed text, a metric, observation rows; every name, text and figure made up
 * here) to a scratch copy of data/, so the cases do not depend on the real catalogue and new data
 * cannot break them. The real data/ is never touched.
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build-data.ts';
import { SourceError, SourceErrors } from '../../scripts/lib/source-error.ts';

const TODAY = '2026-11-23';
const PLEDGE_FILE = 'pledges/zz-synthetic-hostile.yaml';

const PLEDGE_YAML = `# SYNTHETIC test document (tests/data/hostile-sources.test.ts); never in data/.
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
    actor: { type: party, name: 'Syntetisk parti' }
    date: 2024-01-01
    kode: '851'
    theme: homelessness
    kind: target_by_deadline
    lever: kommune
    measure:
      metric: zz_synthetic_metric
      kode: '851'
      comparator: at_most
      target: 100
      unit: persons
      deadline: 2025-12-31
      baseline: { period: '2020', value: 120 }
      note: 'Syntetisk note.'
      annotations:
        - date: 2024-06-01
          label_da: 'Syntetisk'
          label_en: 'Synthetic'
          source_title: 'Syntetisk kilde'
          source_url: 'https://example.org/kilde'
    action:
      status: in_progress
      reason: 'Syntetisk begrundelse.'
      evidence:
        - { date: 2024-02-01, title: 'Syntetisk referat', url: 'https://example.org/referat' }
      right_of_reply: { date: 2024-03-01, text: 'Syntetisk svar.', url: 'https://example.org/svar' }
`;

const METRIC_YAML = `# SYNTHETIC test metric (tests/data/hostile-sources.test.ts).
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

const STATBANK_HEADER =
  'metric_id,kode,period,value,flags,note,source_title,source_url,table_id,retrieved_at\n';

interface Scratch {
  root: string;
  dataDir: string;
  outDir: string;
  scratchDir: string;
  /** Path of a file inside the scratch data/. */
  data(path: string): string;
}

/** A scratch copy of data/ plus the synthetic files; `pledge` replaces the synthetic document. */
function scratch(pledge = PLEDGE_YAML): Scratch {
  const root = mkdtempSync(join(tmpdir(), 'loftetjek-hostile-'));
  const dataDir = join(root, 'data');
  cpSync('data', dataDir, { recursive: true });
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

function build(s: Scratch, ifStale = false) {
  return buildData({
    dataDir: s.dataDir,
    outDir: s.outDir,
    scratchDir: s.scratchDir,
    ifStale,
    today: TODAY,
  });
}

/** The build's source errors; any other exception fails the test (it names no file). */
async function buildErrors(s: Scratch): Promise<string[]> {
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
function pledgeWith(find: string, replace: string): { text: string; line: number } {
  const lines = PLEDGE_YAML.split('\n');
  const index = lines.findIndex((l) => l.includes(find));
  if (index < 0) throw new Error(`the synthetic document has no line with ${find}`);
  lines[index] = lines[index]!.replace(find, replace);
  return { text: lines.join('\n'), line: index + 1 };
}

/** Adds a synthetic row to curated-observations.csv (source URL and quote given); its line. */
function addCuratedRow(s: Scratch, urlAndQuote: string): number {
  const csv = s.data('sources/curated-observations.csv');
  const lines = readFileSync(csv, 'utf8').trimEnd().split('\n');
  lines.push(`zz_synthetic_metric,851,Aalborg,2020,10,persons,Syntetisk kilde,${urlAndQuote}`);
  writeFileSync(csv, lines.join('\n') + '\n');
  return lines.length;
}

const FILE = /zz-synthetic-hostile\.yaml/.source;

describe('the synthetic document', () => {
  it('builds, so each case below fails for its own reason only', async () => {
    const s = scratch();
    const { manifest } = await build(s);
    expect(manifest.files.find((f) => f.table === 'pledges')?.rows).toBeGreaterThan(0);
    const catalogue = readFileSync(join(s.outDir, 'catalogue.json'), 'utf8');
    expect(catalogue).toContain('zz-synthetic-hostile-pledge');
  });
});

describe('YAML the parser must not trust', () => {
  it('refuses an alias bomb with the file and line, instead of crashing', async () => {
    const levels = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let i = 1; i < 9; i++) {
      const [name, previous] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const s = scratch(levels.join('\n') + '\n');
    expect(await buildErrors(s)).toEqual([
      expect.stringMatching(new RegExp(`${FILE}:2: the aliases \\(\\*name\\) expand too much`)),
    ]);
  });

  it('refuses an alias to an anchor that does not exist, naming the file', async () => {
    const s = scratch(PLEDGE_YAML.replace('theme: homelessness', 'theme: *nowhere'));
    const errors = await buildErrors(s);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`${FILE}(:\\d+)?: .*nowhere`));
  });

  it('refuses a YAML file over the size limit before parsing it', async () => {
    // A 2 MB summary: before the limit, a 20 MB one built and went into every page.
    const s = scratch(PLEDGE_YAML.replace('A synthetic pledge.', 'x'.repeat(2_000_000)));
    expect(await buildErrors(s)).toEqual([
      expect.stringMatching(
        new RegExp(`${FILE}: the file is \\d+ bytes; a YAML source may hold at most 1000000 bytes`),
      ),
    ]);
  });
});

describe('a damaged retrievals.json', () => {
  const write = (s: Scratch, text: string) => {
    mkdirSync(s.data('sources/statbank'), { recursive: true });
    writeFileSync(s.data('sources/statbank/retrievals.json'), text);
  };

  it('stops the build with the file and line of the JSON error', async () => {
    const s = scratch();
    write(s, '{\n  "FOLK1A": {\n    "rows": 3\n    "retrieved_at": "2026-11-20T10:00:00.000Z"\n');
    expect(await buildErrors(s)).toEqual([
      expect.stringMatching(
        /retrievals\.json:4: is not valid JSON \(.*\); fix it or run npm run data:fetch again/,
      ),
    ]);
  });

  it('stops the build when an entry is not what the importer writes', async () => {
    const s = scratch();
    write(
      s,
      JSON.stringify({ FOLK1A: { retrieved_at: '<script>alert(1)</script>', rows: -1 } }, null, 2),
    );
    const errors = await buildErrors(s);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /retrievals\.json:2: FOLK1A\.retrieved_at: retrieved_at is not an ISO timestamp/,
        ),
        expect.stringMatching(/retrievals\.json:2: FOLK1A\.rows: /),
      ]),
    );
  });

  it('still passes the importer’s entries into the manifest', async () => {
    const s = scratch();
    const entry = {
      retrieved_at: '2026-11-20T10:00:00.000Z',
      table_updated: '2026-02-11T08:00:00',
      rows: 3,
      sha256: 'a'.repeat(64),
    };
    write(s, JSON.stringify({ FOLK1A: entry }, null, 2) + '\n');
    const { manifest } = await build(s);
    expect(manifest.statbank).toEqual({ FOLK1A: entry });
  });
});

describe('addresses that could run code when clicked', () => {
  const HOSTILE = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ];
  const FIELDS: [string, string][] = [
    ["url: 'https://example.org/dokument'", 'document.url'],
    ["source_url: 'https://example.org/kilde'", 'pledges.0.measure.annotations.0.source_url'],
    ["url: 'https://example.org/referat'", 'pledges.0.action.evidence.0.url'],
    ["url: 'https://example.org/svar'", 'pledges.0.action.right_of_reply.url'],
  ];

  it.each(FIELDS.flatMap(([find, path]) => HOSTILE.map((url) => [path, url, find] as const)))(
    'refuses %s = %j with file and line',
    async (path, url, find) => {
      const original = find.slice(find.indexOf("'") + 1, -1);
      const { text, line } = pledgeWith(original, url);
      const s = scratch(text);
      expect(await buildErrors(s)).toEqual([
        expect.stringMatching(
          new RegExp(`${FILE}:${line}: ${path.replace(/\./g, '\\.')}: the address uses`),
        ),
      ]);
    },
  );

  it.each(HOSTILE)('refuses a curated observation whose source_url is %j', async (url) => {
    const s = scratch();
    const line = addCuratedRow(s, `"${url}",`);
    expect(await buildErrors(s)).toEqual([
      expect.stringMatching(new RegExp(`curated-observations\\.csv:${line}: source_url ".*" uses`)),
    ]);
  });

  it.each(HOSTILE)('refuses a StatBank observation whose source_url is %j', async (url) => {
    const s = scratch();
    mkdirSync(s.data('sources/statbank'), { recursive: true });
    writeFileSync(
      s.data('sources/statbank/ZZSYN.csv'),
      STATBANK_HEADER +
        `zz_synthetic_metric,851,2020,10,,,Syntetisk,"${url}",ZZSYN,2026-11-20T10:00:00Z\n`,
    );
    expect(await buildErrors(s)).toEqual([
      expect.stringMatching(/ZZSYN\.csv:2: source_url ".*" uses .* only http and https/),
    ]);
  });
});

describe('text and figures out of bounds', () => {
  it.each([
    [
      "quote: 'Vi lover noget syntetisk.'",
      `quote: '${'x'.repeat(1001)}'`,
      'pledges.0.quote',
      /is longer than 1000 characters/,
    ],
    [
      "summary_en: 'A synthetic pledge.'",
      `summary_en: '${'x'.repeat(20_000)}'`,
      'pledges.0.summary_en',
      /is longer than 1000 characters/,
    ],
    [
      "title: 'Syntetisk dokument'",
      `title: '${'x'.repeat(301)}'`,
      'document.title',
      /is longer than 300 characters/,
    ],
    [
      "note: 'Syntetisk note.'",
      `note: '${'x'.repeat(2001)}'`,
      'pledges.0.measure.note',
      /is longer than 2000 characters/,
    ],
    [
      "title: 'Syntetisk referat'",
      `title: '${'x'.repeat(301)}'`,
      'pledges.0.action.evidence.0.title',
      /is longer than 300 characters/,
    ],
    [
      "text: 'Syntetisk svar.'",
      `text: '${'x'.repeat(2001)}'`,
      'pledges.0.action.right_of_reply.text',
      /is longer than 2000 characters/,
    ],
    [
      "reason: 'Syntetisk begrundelse.'",
      `reason: '${'x'.repeat(2001)}'`,
      'pledges.0.action.reason',
      /is longer than 2000 characters/,
    ],
    ['target: 100', 'target: 1e308', 'pledges.0.measure.target', /1e\+308 is implausibly large/],
    [
      'target: 100',
      'target: -5',
      'pledges.0.measure.target',
      /-5 is a negative count \(unit persons\)/,
    ],
    [
      'value: 120 }',
      'value: 1e25 }',
      'pledges.0.measure.baseline.value',
      /1e\+25 is implausibly large/,
    ],
    [
      'id: zz-synthetic-hostile-pledge',
      `id: ${'a'.repeat(101)}`,
      'pledges.0.id',
      /is longer than 100 characters/,
    ],
  ])('refuses %s → … with file, line and reason', async (find, replace, path, reason) => {
    const { text, line } = pledgeWith(find, replace);
    const s = scratch(text);
    const errors = await buildErrors(s);
    expect(errors.length).toBeGreaterThan(0);
    // A long quote is also not verbatim in the seed; the length is what must be reported.
    expect(errors).toContainEqual(
      expect.stringMatching(
        new RegExp(`${FILE}:${line}: ${path.replace(/\./g, '\\.')}: ${reason.source}`),
      ),
    );
  });

  it('refuses a curated observation with an over-long quote, naming file and line', async () => {
    const s = scratch();
    const line = addCuratedRow(s, `https://example.org/kilde,${'x'.repeat(1001)}`);
    expect(await buildErrors(s)).toEqual([
      expect.stringMatching(
        new RegExp(`curated-observations\\.csv:${line}: quote is longer than 1000 characters`),
      ),
    ]);
  });
});

describe('staging the new extracts', () => {
  it('never creates anything next to the output folder (public/ is deployed whole)', async () => {
    const s = scratch();
    await build(s);
    const seen = new Set<string>();
    const watcher = watch(s.root, (_event, name) => {
      if (name) seen.add(name.toString());
    });
    try {
      await build(s);
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      watcher.close();
    }
    expect([...seen].filter((n) => n !== basename(s.outDir) && n !== 'scratch')).toEqual([]);
    expect(readdirSync(s.root).sort()).toEqual(['data', 'out', 'scratch']);
    expect(readdirSync(s.scratchDir)).toEqual([]);
  });

  it('removes folders a crashed build left next to the output, even when nothing else changed', async () => {
    const s = scratch();
    await build(s);
    // What earlier versions of the build left in public/ when they crashed.
    for (const name of ['out.staging-12345', 'out.old-12345']) {
      mkdirSync(join(s.root, name, 'comparisons'), { recursive: true });
      writeFileSync(join(s.root, name, 'manifest.json'), '{}');
    }
    // And a staging folder of a build process that no longer exists.
    mkdirSync(join(s.scratchDir, 'staging-2147483647-abcdef'), { recursive: true });
    const { built } = await build(s, true);
    expect(built).toBe(false);
    expect(readdirSync(s.root).sort()).toEqual(['data', 'out', 'scratch']);
    expect(readdirSync(s.scratchDir)).toEqual([]);
  });

  it('leaves the previous extracts and no staging folder when a build fails late', async () => {
    const s = scratch();
    await build(s);
    const before = readFileSync(join(s.outDir, 'manifest.json'), 'utf8');
    // A broken boundaries file fails at the catalogue step, after the Parquet files are written.
    writeFileSync(s.data('sources/kommuner.topojson'), '{ not json');
    await expect(build(s)).rejects.toThrow();
    expect(readFileSync(join(s.outDir, 'manifest.json'), 'utf8')).toBe(before);
    expect(existsSync(join(s.outDir, 'catalogue.json'))).toBe(true);
    expect(readdirSync(s.root).sort()).toEqual(['data', 'out', 'scratch']);
    expect(readdirSync(s.scratchDir)).toEqual([]);
  });
});
