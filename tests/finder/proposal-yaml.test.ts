/**
 * The finder's YAML is a catalogue file: once an editor fills what the finder cannot know (here
 * with synthetic values), the catalogue's own validator (scripts/lib/read-pledges.ts) accepts it,
 * and before that it refuses it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { proposePledges } from '../../src/finder/propose-pledges.ts';
import { proposalYaml } from '../../src/finder/proposal-yaml.ts';
import { readKommuneNames } from '../../scripts/finder/kommune-names.ts';
import { readMetrics } from '../../scripts/lib/read-metrics.ts';
import { readPledges } from '../../scripts/lib/read-pledges.ts';
import { SourceErrors } from '../../scripts/lib/source-error.ts';

const root = resolve(import.meta.dirname, '../..');
const kommuner = readKommuneNames(root);
const metricIds = new Set(
  readMetrics(
    readdirSync(join(root, 'data/metrics'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ file: f, text: readFileSync(join(root, 'data/metrics', f), 'utf8') })),
  ).map((m) => m.id),
);
const seedNames = readdirSync(join(root, 'data/seeds')).filter((f) => f.endsWith('.txt'));

interface Draft {
  document: Record<string, unknown>;
  pledges: Record<string, unknown>[];
}

/**
 * What an editor fills: who and when, the English words, and why a series measures the pledge
 * (or why none does). Synthetic values, never written anywhere.
 */
function fill(yaml: string): string {
  const draft = parse(yaml) as Draft;
  draft.document.publisher = 'Synthetic publisher (test)';
  draft.document.date = '2024-01-01';
  const words = (block: unknown, keys: string[]) => {
    if (block && typeof block === 'object')
      for (const k of keys) (block as Record<string, unknown>)[k] = `Synthetic ${k} (test)`;
  };
  for (const p of draft.pledges) {
    p.actor = { type: 'unknown', name: 'unknown' };
    p.date = '2024-01-01';
    words(p, ['headline_en', 'summary_en']);
    words(p.measure, ['why_da', 'why_en']);
    words(p.unmeasured, ['reason_da', 'reason_en']);
    words(p.proposal, ['reason_da', 'reason_en', 'question_da', 'question_en']);
  }
  return stringify(draft);
}

function validate(seedFile: string, text: string, yaml: string) {
  return readPledges([{ file: 'proposal.yaml', text: yaml }], {
    seeds: new Map([[seedFile, text]]),
    metricIds,
    kommuneCodes: new Set(kommuner.map((k) => k.kode)),
    today: '2026-12-02',
  });
}

describe('proposalYaml', () => {
  it.each(seedNames)(
    '%s: passes the catalogue validation once actor and date are filled',
    (name) => {
      const text = readFileSync(join(root, 'data/seeds', name), 'utf8');
      const proposal = proposePledges(text, { kommuner });
      const yaml = proposalYaml(proposal, { sourceName: name, seedFile: name });
      const { pledges } = validate(name, text, fill(yaml));
      expect(pledges.length).toBe(proposal.candidates.length);
      expect(pledges.map((p) => p.quote)).toEqual(proposal.candidates.map((c) => c.quote));
      expect(new Set(pledges.map((p) => p.action.status))).toEqual(new Set(['not_assessed']));
    },
  );

  it.each(seedNames)('%s: is refused while the FILL fields are empty', (name) => {
    const text = readFileSync(join(root, 'data/seeds', name), 'utf8');
    const yaml = proposalYaml(proposePledges(text, { kommuner }), {
      sourceName: name,
      seedFile: name,
    });
    expect(() => validate(name, text, yaml)).toThrow(SourceErrors);
  });

  it('writes only the chosen candidates, with a measure skeleton where a series fits', () => {
    // Synthetic text.
    const text =
      'Testkommunen skal overholde behandlingsgarantien på 14 dage. Vi vil bygge et nyt bibliotek.';
    const proposal = proposePledges(text, { kommuner: [{ kode: '999', navn: 'Testkommunen' }] });
    expect(proposal.candidates.length).toBe(2);
    const one = proposalYaml(proposal, {
      sourceName: 't.txt',
      seedFile: 't.txt',
      only: new Set([1]),
    });
    const draft = parse(one) as Draft;
    expect(draft.pledges.map((p) => p.kind)).toEqual(['threshold']);
    expect(draft.pledges[0]?.measure).toMatchObject({
      metric: 'dst_smdbv004_okpct',
      relation: 'indirect',
      why_da: '',
    });
    expect(one).toMatch(/kode: '999'/);
    const none = proposalYaml(proposal, {
      sourceName: 't.txt',
      seedFile: 't.txt',
      only: new Set(),
    });
    expect((parse(none) as Draft).pledges).toEqual([]);
  });

  it('writes a proposed cut with its sum and a proposal block to fill', () => {
    const text = '• 2.10 Besparelse på 1,2 mio. kr. i Testby'; // synthetic
    const yaml = proposalYaml(
      proposePledges(text, { kommuner: [{ kode: '998', navn: 'Testby' }] }),
      {
        sourceName: 't.txt',
        seedFile: 't.txt',
      },
    );
    const draft = parse(yaml) as Draft;
    expect(draft.pledges[0]).toMatchObject({
      kind: 'proposed_cut',
      amount_dkk: 1_200_000,
      kode: '998',
    });
    expect(draft.pledges[0]?.proposal).toMatchObject({ status: 'unknown', question_da: '' });
  });
});

describe('proposalYaml on a long sentence', () => {
  it('marks a quote longer than the catalogue allows, so the build error is expected', () => {
    const text = `Vi skal ${'bygge flere boliger og '.repeat(50)}veje.`; // synthetic
    const yaml = proposalYaml(proposePledges(text, { kommuner: [] }), {
      sourceName: 't.txt',
      seedFile: 't.txt',
    });
    expect(yaml).toMatch(/quote: '.*'\s+# FILL: longer than the catalogue's 1000 characters/);
  });
});
