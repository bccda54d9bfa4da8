import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  documentFromInput,
  pledgeFromInput,
} from '../../../scripts/catalogue/pledge-from-input.ts';
import { listDocuments, listPledges } from '../../db/pledge-extract.ts';
import type { PledgeInput } from '../../../scripts/lib/read-pledges.ts';
import { createNodeDb } from '../../../scripts/lib/wasm-node-db.ts';
import { loadExtracts } from '../../../src/db/load.ts';
import type { Catalogue } from '../../../src/domain/catalogue.ts';
import { buildExtractsOnce, fetchFromDir } from '../../db/extract-fixture.ts';
import { buildFixtureExtractsOnce } from '../../fixtures/catalogue/scratch.ts';

/**
 * catalogue.json's pledges and documents now come from the validated YAML; before, the build
 * read them back from the pledges and documents extracts. Both must say exactly the same, key
 * order included, so the switch changed no byte of catalogue.json and the explorer's extract
 * loses nothing of a pledge.
 */
async function expectExtractsAgree(dir: string): Promise<void> {
  const catalogue = JSON.parse(readFileSync(join(dir, 'catalogue.json'), 'utf8')) as Catalogue;
  const db = await createNodeDb();
  try {
    const { problems } = await loadExtracts(db, { baseUrl: '/', fetch: fetchFromDir(dir) });
    expect(problems).toEqual([]);
    const pledges = await listPledges(db);
    const documents = await listDocuments(db);
    expect(catalogue.pledges.length).toBeGreaterThan(0);
    // The editorial headline is page text, not a column the explorer's SQL needs: every pledge
    // in catalogue.json has one, and the rest must equal the extract.
    expect(catalogue.pledges.every((p) => p.headline?.da && p.headline.en)).toBe(true);
    const withoutHeadline = catalogue.pledges.map(({ headline: _headline, ...p }) => p);
    expect(withoutHeadline).toEqual(pledges);
    expect(JSON.stringify(withoutHeadline)).toBe(JSON.stringify(pledges));
    expect(JSON.stringify(catalogue.documents)).toBe(JSON.stringify(documents));
  } finally {
    db.close();
  }
}

describe('catalogue.json from the validated YAML', () => {
  it('says what the extracts say, on the real data', async () => {
    await expectExtractsAgree(await buildExtractsOnce());
  }, 120_000);

  it('says what the extracts say, on the synthetic catalogue', async () => {
    await expectExtractsAgree(await buildFixtureExtractsOnce());
  }, 120_000);
});

// SYNTHETIC entry: every optional field set, then none.
const full: PledgeInput = {
  id: 'syntetisk-loefte',
  document_id: 'syntetisk-dokument',
  quote: 'Vi vil have færre på venteliste.',
  summary_en: 'Fewer on the waiting list.',
  headline_da: 'Færre på venteliste',
  headline_en: 'Fewer on the waiting list',
  actor: { type: 'party', name: 'Syntetisk Parti', person: 'A. Person' },
  date: '2025-01-02',
  kode: '851',
  theme: 'drug_treatment',
  kind: 'target_by_deadline',
  lever: 'kommune',
  amount_dkk: 1_000_000,
  measure: {
    metric: 'syntetisk_metrik',
    kode: '851',
    comparator: 'at_most',
    target: 14,
    unit: 'days',
    deadline: '2029-12-31',
    baseline: { period: '2024', value: 20 },
    note: 'Why this series.',
    target_from: 'interpretation',
    annotations: [
      {
        date: '2026-01-01',
        label_da: 'Ny opgørelse',
        label_en: 'New count',
        source_title: 'Kilde',
        source_url: 'https://example.org/a',
      },
    ],
  },
  action: {
    status: 'in_progress',
    reason: 'Started.',
    evidence: [{ date: '2025-02-01', title: 'Referat', url: 'https://example.org/r', note: 'n' }],
    right_of_reply: { date: '2025-03-01', text: 'Svar.', url: 'https://example.org/s' },
  },
};

describe('pledgeFromInput', () => {
  it('maps every field to the domain type', () => {
    expect(pledgeFromInput(full)).toEqual({
      id: 'syntetisk-loefte',
      documentId: 'syntetisk-dokument',
      quote: 'Vi vil have færre på venteliste.',
      summaryEn: 'Fewer on the waiting list.',
      headline: { da: 'Færre på venteliste', en: 'Fewer on the waiting list' },
      actor: { type: 'party', name: 'Syntetisk Parti', person: 'A. Person' },
      date: '2025-01-02',
      kode: '851',
      theme: 'drug_treatment',
      kind: 'target_by_deadline',
      lever: 'kommune',
      amountDkk: 1_000_000,
      measure: {
        metric: 'syntetisk_metrik',
        kode: '851',
        comparator: 'at_most',
        target: 14,
        unit: 'days',
        deadline: '2029-12-31',
        baseline: { period: '2024', value: 20 },
        note: 'Why this series.',
        targetFrom: 'interpretation',
        annotations: [
          {
            date: '2026-01-01',
            labelDa: 'Ny opgørelse',
            labelEn: 'New count',
            sourceTitle: 'Kilde',
            sourceUrl: 'https://example.org/a',
          },
        ],
      },
      action: {
        status: 'in_progress',
        reason: 'Started.',
        evidence: [
          { date: '2025-02-01', title: 'Referat', url: 'https://example.org/r', note: 'n' },
        ],
        rightOfReply: { date: '2025-03-01', text: 'Svar.', url: 'https://example.org/s' },
      },
    });
  });

  it('leaves out what the entry leaves out (no undefined keys)', () => {
    const bare: PledgeInput = {
      ...full,
      actor: { type: 'unknown', name: 'unknown' },
      action: { status: 'not_assessed', evidence: [], right_of_reply: null },
    };
    delete bare.amount_dkk;
    delete bare.measure;
    const pledge = pledgeFromInput(bare);
    expect(Object.keys(pledge)).not.toContain('amountDkk');
    expect(Object.keys(pledge)).not.toContain('measure');
    expect(pledge.actor).toEqual({ type: 'unknown', name: 'unknown' });
    expect(pledge.action).toEqual({ status: 'not_assessed', evidence: [] });
    expect(JSON.stringify(pledge)).not.toContain('undefined');
  });
});

describe('documentFromInput', () => {
  it('maps the document, without url when it has none', () => {
    const d = {
      id: 'syntetisk-dokument',
      title: 'Et dokument',
      kind: 'newsletter' as const,
      publisher: 'Syntetisk Parti',
      date: '2025-01-01',
      date_precision: 'month' as const,
      kode: '851',
      url: null,
      seed_file: 'syntetisk.txt',
    };
    expect(documentFromInput(d)).toEqual({
      id: 'syntetisk-dokument',
      title: 'Et dokument',
      kind: 'newsletter',
      publisher: 'Syntetisk Parti',
      date: '2025-01-01',
      datePrecision: 'month',
      kode: '851',
      seedFile: 'syntetisk.txt',
    });
    expect(documentFromInput({ ...d, url: 'https://example.org/d' }).url).toBe(
      'https://example.org/d',
    );
  });
});
