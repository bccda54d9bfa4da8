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
    relation: 'direct',
    why_da: 'Hvorfor serien.',
    why_en: 'Why the series.',
    comparator: 'at_most',
    target: 14,
    unit: 'days',
    deadline: '2029-12-31',
    baseline: { period: '2024', value: 20 },
    note_da: 'Forbehold.',
    note_en: 'Caveats.',
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
    reason_da: 'Begyndt.',
    reason_en: 'Started.',
    checked: '2025-04-01',
    evidence: [
      {
        date: '2025-02-01',
        date_precision: 'month',
        title: 'Referat',
        url: 'https://example.org/r',
        publisher: 'Byrådet',
        note_da: 'n-da',
        note_en: 'n-en',
      },
    ],
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
        relation: 'direct',
        why: { da: 'Hvorfor serien.', en: 'Why the series.' },
        comparator: 'at_most',
        target: 14,
        unit: 'days',
        deadline: '2029-12-31',
        baseline: { period: '2024', value: 20 },
        note: { da: 'Forbehold.', en: 'Caveats.' },
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
        reason: { da: 'Begyndt.', en: 'Started.' },
        checked: '2025-04-01',
        evidence: [
          {
            date: '2025-02-01',
            datePrecision: 'month',
            title: 'Referat',
            url: 'https://example.org/r',
            publisher: 'Byrådet',
            note: { da: 'n-da', en: 'n-en' },
          },
        ],
        rightOfReply: { date: '2025-03-01', text: 'Svar.', url: 'https://example.org/s' },
      },
    });
  });

  it('maps the unmeasured block of either kind, and a proposed cut’s proposal', () => {
    const elsewhere: PledgeInput = {
      ...full,
      unmeasured: {
        status: 'series_not_in_extract',
        series_da: 'Syntetisk serie',
        series_en: 'Synthetic series',
        publisher: 'Syntetisk kontor',
        how_da: 'Hentes ikke.',
        how_en: 'Not fetched.',
      },
    };
    delete elsewhere.measure;
    expect(pledgeFromInput(elsewhere).unmeasured).toEqual({
      status: 'series_not_in_extract',
      series: { da: 'Syntetisk serie', en: 'Synthetic series' },
      publisher: 'Syntetisk kontor',
      how: { da: 'Hentes ikke.', en: 'Not fetched.' },
    });
    const none: PledgeInput = {
      ...elsewhere,
      kind: 'proposed_cut',
      unmeasured: { status: 'no_public_series', reason_da: 'Ingen.', reason_en: 'None.' },
      proposal: {
        status: 'unknown',
        reason_da: 'Ukendt.',
        reason_en: 'Unknown.',
        question_da: 'Blev det vedtaget?',
        question_en: 'Was it adopted?',
        evidence: [{ date: '2022-09-08', title: 'Høringssvar' }],
      },
    };
    const cut = pledgeFromInput(none);
    expect(cut.unmeasured).toEqual({
      status: 'no_public_series',
      reason: { da: 'Ingen.', en: 'None.' },
    });
    expect(cut.proposal).toEqual({
      status: 'unknown',
      reason: { da: 'Ukendt.', en: 'Unknown.' },
      question: { da: 'Blev det vedtaget?', en: 'Was it adopted?' },
      evidence: [{ date: '2022-09-08', title: 'Høringssvar' }],
    });
  });

  it('maps an indirect measure without target keys', () => {
    const indirect: PledgeInput = {
      ...full,
      measure: {
        metric: 'syntetisk_metrik',
        kode: '851',
        relation: 'indirect',
        why_da: 'Baggrund.',
        why_en: 'Context.',
        unit: 'days',
      },
    };
    expect(pledgeFromInput(indirect).measure).toEqual({
      metric: 'syntetisk_metrik',
      kode: '851',
      relation: 'indirect',
      why: { da: 'Baggrund.', en: 'Context.' },
      unit: 'days',
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
