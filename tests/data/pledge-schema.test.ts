/**
 * The catalogue schema of issue 15 (docs: data/pledges/README.md) on SYNTHETIC YAML: every pledge
 * has exactly one of measure and unmeasured, an indirect measure carries no target, a target has a
 * deadline, a proposal belongs to (and only to) a proposed cut, and a Danish text never comes
 * without its English pair or the reverse. Each refusal names the file and the line.
 */
import { describe, expect, it } from 'vitest';
import { readPledges, type CatalogueContext } from '../../scripts/lib/read-pledges.ts';
import { SourceErrors } from '../../scripts/lib/source-error.ts';

const FILE = 'pledges/zz-synthetic-schema.yaml';
const SEED = 'Syntetisk tekst. Vi lover noget syntetisk. Forslag 9.99 om en syntetisk besparelse.';

const CONTEXT: CatalogueContext = {
  seeds: new Map([['zz-synthetic-schema.txt', SEED]]),
  metricIds: new Set(['zz_synthetic_metric']),
  kommuneCodes: new Set(['851']),
  today: '2026-12-02',
};

const HEAD = `document:
  id: zz-synthetic-schema
  title: 'Syntetisk dokument'
  kind: newsletter
  publisher: 'Syntetisk udgiver'
  date: 2024-01-01
  date_precision: day
  kode: '851'
  url: null
  seed_file: zz-synthetic-schema.txt
pledges:
  - id: zz-synthetic-pledge
    quote: 'Vi lover noget syntetisk.'
    summary_en: 'A synthetic pledge.'
    headline_da: 'Syntetisk overskrift'
    headline_en: 'Synthetic headline'
    actor: { type: party, name: 'Syntetisk parti' }
    date: 2024-01-01
    kode: '851'
    theme: homelessness
`;

const ACTION = `    action:
      status: not_assessed
      evidence: []
`;

const DIRECT = `    measure:
      metric: zz_synthetic_metric
      kode: '851'
      relation: direct
      why_da: 'Syntetisk begrundelse.'
      why_en: 'Synthetic reason.'
      unit: persons
      comparator: at_most
      target: 100
      deadline: 2025-12-31
`;

const UNMEASURED = `    unmeasured:
      status: no_public_series
      reason_da: 'Syntetisk: ingen tæller det.'
      reason_en: 'Synthetic: nobody counts it.'
`;

const PROPOSAL = `    proposal:
      status: unknown
      reason_da: 'Syntetisk: listen er ikke fundet.'
      reason_en: 'Synthetic: the list has not been found.'
      question_da: 'Blev forslaget vedtaget?'
      question_en: 'Was the proposal adopted?'
      evidence: []
`;

function doc(kind: string, ...blocks: string[]): string {
  return `${HEAD}    kind: ${kind}\n    lever: kommune\n${blocks.join('')}`;
}

function errors(text: string): string[] {
  try {
    readPledges([{ file: FILE, text }], CONTEXT);
  } catch (e) {
    if (e instanceof SourceErrors) return e.errors.map((x) => x.message);
    throw e;
  }
  return [];
}

/** The 1-based line of the first line containing `needle`, from line `from` on. */
function lineOf(text: string, needle: string, from = 1): number {
  const index = text.split('\n').findIndex((l, i) => i + 1 >= from && l.includes(needle));
  if (index < 0) throw new Error(`no line with ${needle}`);
  return index + 1;
}

const at = (line: number, rest: RegExp) =>
  expect.stringMatching(new RegExp(`^${FILE.replace(/\./g, '\\.')}:${line}: ${rest.source}`));

describe('the synthetic documents', () => {
  it.each([
    ['a direct measure with target', doc('target_by_deadline', DIRECT, ACTION)],
    ['an unmeasured pledge', doc('action', UNMEASURED, ACTION)],
    ['a proposed cut with its proposal', doc('proposed_cut', UNMEASURED, PROPOSAL, ACTION)],
    [
      'an indirect measure',
      doc(
        'action',
        DIRECT.replace('relation: direct', 'relation: indirect').replace(
          /\n {6}comparator[\s\S]*$/,
          '\n',
        ),
        ACTION,
      ),
    ],
    [
      'a direct measure without a number',
      doc('action', DIRECT.replace(/\n {6}comparator[\s\S]*$/, '\n'), ACTION),
    ],
  ])('accepts %s, so each refusal below is for its own reason', (_name, text) => {
    expect(errors(text)).toEqual([]);
  });
});

describe('refusals, with file and line', () => {
  it('refuses weak-evidence confidence on an unassessed action, and a weak verdict without evidence', () => {
    const unassessed = doc(
      'action',
      UNMEASURED,
      ACTION.replace('evidence: []', 'confidence: low\n      evidence: []'),
    );
    expect(errors(unassessed)).toEqual([
      at(lineOf(unassessed, 'confidence: low'), /.*not_assessed has none/),
      at(lineOf(unassessed, 'confidence: low'), /.*still needs its evidence/),
    ]);
    const weak = `    action:
      status: in_progress
      reason_da: 'Syntetisk grund.'
      reason_en: 'Synthetic reason.'
      confidence: low
      evidence: []
`;
    const text = doc('action', UNMEASURED, weak);
    expect(errors(text)).toEqual([
      at(lineOf(text, 'confidence: low'), /.*still needs its evidence/),
    ]);
  });

  it('refuses a pledge with neither measure nor unmeasured', () => {
    const text = doc('action', ACTION);
    expect(errors(text)).toEqual([
      at(
        lineOf(text, 'id: zz-synthetic-pledge'),
        /pledge "zz-synthetic-pledge" needs a measure .*unmeasured/,
      ),
    ]);
  });

  it('refuses a pledge with both measure and unmeasured', () => {
    const text = doc('target_by_deadline', DIRECT, UNMEASURED, ACTION);
    expect(errors(text)).toEqual([
      at(lineOf(text, 'unmeasured:') + 1, /.*measure or an unmeasured block, not both/),
    ]);
  });

  it.each([
    ['comparator', 'comparator: at_most'],
    ['target', 'target: 100'],
    ['baseline', 'baseline:'],
    ['target_from', 'target_from: document'],
  ])('refuses an indirect measure with %s', (key) => {
    const indirect = DIRECT.replace('relation: direct', 'relation: indirect').replace(
      '      deadline: 2025-12-31\n',
      "      deadline: 2025-12-31\n      baseline: { period: '2020', value: 120 }\n      target_from: document\n",
    );
    const text = doc('target_by_deadline', indirect, ACTION);
    const line = lineOf(text, key === 'baseline' ? 'baseline:' : `${key}:`, 12);
    expect(errors(text)).toContainEqual(
      at(line, new RegExp(`pledges\\.0\\.measure\\.${key}: an indirect measure .*remove ${key}`)),
    );
  });

  it('refuses a target without a deadline', () => {
    const text = doc(
      'target_by_deadline',
      DIRECT.replace('      deadline: 2025-12-31\n', ''),
      ACTION,
    );
    expect(errors(text)).toEqual([
      at(lineOf(text, 'target: 100'), /pledges\.0\.measure\.target: a target needs a deadline/),
    ]);
  });

  it('refuses a proposal on a pledge that is not a proposed cut', () => {
    const text = doc('action', UNMEASURED, PROPOSAL, ACTION);
    expect(errors(text)).toEqual([
      at(lineOf(text, 'proposal:') + 1, /a proposal block belongs only to kind proposed_cut/),
    ]);
  });

  it('refuses a proposed cut without a proposal', () => {
    const text = doc('proposed_cut', UNMEASURED, ACTION);
    expect(errors(text)).toEqual([
      at(lineOf(text, 'kind: proposed_cut'), /a proposed_cut needs a proposal/),
    ]);
  });

  it('refuses a proposed cut whose action claims a verdict', () => {
    const text = doc(
      'proposed_cut',
      UNMEASURED,
      PROPOSAL,
      ACTION.replace('not_assessed', "kept\n      reason_da: 'Holdt.'\n      reason_en: 'Kept.'"),
    );
    expect(errors(text)).toEqual([
      at(lineOf(text, 'status: kept'), /a proposed cut is not a pledge to keep.*not_assessed/),
    ]);
  });

  it.each([
    [
      'measure note',
      DIRECT + "      note_da: 'Kun dansk.'\n",
      'note_da',
      /pledges\.0\.measure\.note_da: note_da needs note_en/,
    ],
    [
      'evidence note',
      undefined,
      'note_en',
      /pledges\.0\.action\.evidence\.0\.note_en: note_en needs note_da/,
    ],
    [
      'action reason',
      undefined,
      'reason_en',
      /pledges\.0\.action\.reason_en: reason_en needs reason_da/,
    ],
  ])('refuses half a da/en pair (%s)', (_name, measure, key, path) => {
    const action =
      key === 'reason_en'
        ? "    action:\n      status: in_progress\n      reason_en: 'Started.'\n      evidence: []\n"
        : key === 'note_en'
          ? "    action:\n      status: not_assessed\n      evidence:\n        - { date: 2024-02-01, title: 'Referat', note_en: 'Only English.' }\n"
          : ACTION;
    const text = doc('target_by_deadline', measure ?? DIRECT, action);
    const found = errors(text);
    expect(found).toContainEqual(at(lineOf(text, `${key}:`, 12), path));
  });

  it('refuses a why longer than 400 characters', () => {
    const text = doc(
      'target_by_deadline',
      DIRECT.replace('Syntetisk begrundelse.', 'x'.repeat(401)),
      ACTION,
    );
    expect(errors(text)).toEqual([
      at(lineOf(text, 'why_da:'), /pledges\.0\.measure\.why_da: is longer than 400 characters/),
    ]);
  });
});
