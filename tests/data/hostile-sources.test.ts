/**
 * Hostile and damaged source files against the data build: each must stop the build with the
 * file, the line where known and a reason, never as a bare exception. Runs on the SYNTHETIC files
 * of synthetic-sources.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addCuratedRow,
  build,
  buildErrors,
  FILE,
  PLEDGE_YAML,
  pledgeWith,
  scratch,
  STATBANK_HEADER,
  type Scratch,
} from './synthetic-sources.ts';

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
      "note_da: 'Syntetisk note.'",
      `note_da: '${'x'.repeat(2001)}'`,
      'pledges.0.measure.note_da',
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
      "reason_da: 'Syntetisk begrundelse.'",
      `reason_da: '${'x'.repeat(2001)}'`,
      'pledges.0.action.reason_da',
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
