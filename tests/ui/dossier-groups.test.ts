// SYNTHETIC pledges and documents: made up to exercise the grouping, not real data.
import { describe, expect, it } from 'vitest';
import {
  chosenPledges,
  dossierGroups,
  inPrintOrder,
  withChoice,
} from '../../src/ui/dossier/dossier-groups.ts';
import type { SourceDocument } from '../../src/domain/pledge.ts';
import { pledge } from '../domain/fixtures.ts';

const doc = (id: string, kode: string, date: string): SourceDocument => ({
  id,
  title: `Dokument ${id}`,
  kind: 'agreement',
  publisher: 'Synthetic',
  date,
  datePrecision: 'month',
  kode,
  seedFile: 'synthetic.txt',
});

const DATA = {
  pledges: [
    pledge({ id: 'b-1', kode: '851', documentId: 'old' }),
    pledge({ id: 'a-1', kode: '165', documentId: 'alb' }),
    pledge({ id: 'b-2', kode: '851', documentId: 'new' }),
    pledge({ id: 'a-2', kode: '165', documentId: 'alb' }),
    pledge({ id: 'b-3', kode: '851', documentId: 'old' }),
  ],
  documents: new Map([
    ['old', doc('old', '851', '2021-03-01')],
    ['new', doc('new', '851', '2024-11-01')],
    ['alb', doc('alb', '165', '2022-09-08')],
  ]),
  kommuner: new Map([
    ['851', { navn: 'Aalborg' }],
    ['165', { navn: 'Albertslund' }],
  ]),
};

describe('dossier groups', () => {
  it('groups by kommune name (Danish order: aa is å), newest document first, catalogue order', () => {
    const groups = dossierGroups(DATA);
    expect(
      groups.map((g) => [g.kommune, g.documents.map((d) => [d.id, d.pledges.map((p) => p.id)])]),
    ).toEqual([
      ['Albertslund', [['alb', ['a-1', 'a-2']]]],
      [
        'Aalborg',
        [
          ['new', ['b-2']],
          ['old', ['b-1', 'b-3']],
        ],
      ],
    ]);
    expect(groups[0]!.documents[0]!.datePrecision).toBe('month');
    expect(inPrintOrder(groups).map((p) => p.id)).toEqual(['a-1', 'a-2', 'b-2', 'b-1', 'b-3']);
  });

  it('prints the chosen pledges in print order and names the unknown ids', () => {
    const groups = dossierGroups(DATA);
    const { pledges, unknown } = chosenPledges(groups, ['a-2', 'gone', 'b-1']);
    expect(pledges.map((p) => p.id)).toEqual(['a-2', 'b-1']);
    expect(unknown).toEqual(['gone']);
  });

  it('ticks and unticks in print order, keeping unknown ids so the page can name them', () => {
    const groups = dossierGroups(DATA);
    expect(withChoice(groups, ['gone'], ['b-3', 'a-2', 'b-2'], true)).toEqual([
      'a-2',
      'b-2',
      'b-3',
      'gone',
    ]);
    expect(withChoice(groups, ['a-2', 'b-2', 'b-3'], ['b-3'], false)).toEqual(['a-2', 'b-2']);
    expect(withChoice(groups, ['b-2', 'gone'], ['b-2', 'gone'], false)).toEqual([]);
  });

  it('falls back to the ids when a kommune or document is missing', () => {
    const groups = dossierGroups({ ...DATA, kommuner: new Map(), documents: new Map() });
    expect(groups.map((g) => g.kommune)).toEqual(['165', '851']);
    expect(groups[0]!.documents[0]!.title).toBe('alb');
  });
});
