// SYNTHETIC labels and rules (made up for the test): how a source label becomes Danish.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  englishLeftIn,
  readSourceLabelRules,
  sourceLabel,
  withSourceLabels,
  type SourceLabelRules,
} from '../../scripts/lib/source-label.ts';
import { SourceErrors } from '../../scripts/lib/source-error.ts';

const RULES: SourceLabelRules = readSourceLabelRules(
  [
    'phrases:',
    "  'citing': 'med tal fra'",
    "  'citing the report of': 'med henvisning til rapporten fra'",
    "  '9pdf mirror': 'kopi på 9pdf'",
    'english:',
    '  - citing',
    '  - mirror',
    '  - press release',
  ].join('\n'),
  'rules.yaml',
);
const danish = (label: string) => sourceLabel(label, RULES, 'da');
const english = (label: string) => sourceLabel(label, RULES, 'en');

describe('sourceLabel', () => {
  it.each([
    ['Avis: Titel (21 Jun 2023)', 'Avis: Titel (21. jun. 2023)'],
    ['Avis: Titel (11 April 2025)', 'Avis: Titel (11. apr. 2025)'],
    ['Avis: Titel (Sept. 2019)', 'Avis: Titel (sep. 2019)'],
    ['Avis: Titel (Dec 2019), kilde X', 'Avis: Titel (dec. 2019), kilde X'],
    ['Kommune: Titel (2013-10-09)', 'Kommune: Titel (9. okt. 2013)'],
    ['Ministeriet: Titel (02-09-2022)', 'Ministeriet: Titel (2. sep. 2022)'],
    ['Avis: Titel (2019-11)', 'Avis: Titel (nov. 2019)'],
  ])('writes the date in %s as a Danish date', (raw, expected) => {
    expect(danish(raw)).toBe(expected);
  });

  it.each([
    ['Avis (citing VIVE): Titel (21 Jun 2023)', 'Avis (citing VIVE): Titel (21 Jun 2023)'],
    ['Avis: Titel (Sept. 2019)', 'Avis: Titel (Sep 2019)'],
    ['Kommune (9pdf mirror): Titel (2013-10-09)', 'Kommune (9pdf mirror): Titel (9 Oct 2013)'],
    ['Avis: Titel (2019-11)', 'Avis: Titel (Nov 2019)'],
  ])('writes %s in English with English dates and the annotations as they are', (raw, expected) => {
    expect(english(raw)).toBe(expected);
  });

  it.each([
    // A session of Folketinget, not November 2010.
    'Folketinget: Svar på spm. 270 (2010-11)',
    'Folketinget: Svar (2012-13)',
    // Not a calendar date or month.
    'Avis: Titel (31 Feb 2020)',
    'Avis: Titel (2019-13)',
    // Danish month names are written in lower case and are left alone.
    'Danmarks Statistik, Nyt: Tema november 2015',
    // A range of years in a title.
    'Kommune: Strategi 2021-2025',
  ])('leaves %s as it is', (raw) => {
    expect(danish(raw)).toBe(raw);
    expect(english(raw)).toBe(raw);
  });

  it('replaces annotations as whole words, the longest phrase first', () => {
    expect(danish('Avis (citing VIVE): Titel')).toBe('Avis (med tal fra VIVE): Titel');
    expect(danish('Avis, citing the report of VIVE')).toBe(
      'Avis, med henvisning til rapporten fra VIVE',
    );
    expect(danish('VIVE: Rapport (9pdf mirror)')).toBe('VIVE: Rapport (kopi på 9pdf)');
    // Inside another word it is not the annotation.
    expect(danish('Avis: Excitingly')).toBe('Avis: Excitingly');
  });

  it('writes what our importers add in Danish in English for the English label only', () => {
    const rules = readSourceLabelRules(
      "phrases: {}\nphrases_en:\n  'eksport hentet via': 'export retrieved via'\nenglish: []",
      'r.yaml',
    );
    const label = 'Danmarks Statistik: Tabel (eksport hentet via github.com/x/y)';
    expect(sourceLabel(label, rules, 'en')).toBe(
      'Danmarks Statistik: Tabel (export retrieved via github.com/x/y)',
    );
    expect(sourceLabel(label, rules, 'da')).toBe(label);
  });

  it('does not read a replacement as a pattern', () => {
    const rules = readSourceLabelRules("phrases:\n  'citing': '$& og $1'\nenglish: []", 'r.yaml');
    expect(sourceLabel('A (citing B)', rules, 'da')).toBe('A ($& og $1 B)');
  });
});

describe('englishLeftIn', () => {
  it('finds an English word of the rules, in any case, as a whole word only', () => {
    expect(englishLeftIn('Avis (Citing VIVE)', RULES)).toBe('citing');
    expect(englishLeftIn('Kommune (Ritzau press release)', RULES)).toBe('press release');
    expect(englishLeftIn('Mirrored: Titel', RULES)).toBeNull();
    expect(englishLeftIn('Avis (med tal fra VIVE)', RULES)).toBeNull();
  });
});

describe('withSourceLabels', () => {
  it('gives every row its Danish and its English label and keeps the rest of it', () => {
    const rows = [
      { source_title: 'Avis (citing VIVE): Titel (2019-09)', value: 1 },
      { source_title: 'Avis (citing VIVE): Titel (2019-09)', value: 2 },
    ];
    const en = 'Avis (citing VIVE): Titel (Sep 2019)';
    expect(withSourceLabels(rows, RULES, 'rules.yaml')).toEqual([
      { source_title: 'Avis (med tal fra VIVE): Titel (sep. 2019)', source_title_en: en, value: 1 },
      { source_title: 'Avis (med tal fra VIVE): Titel (sep. 2019)', source_title_en: en, value: 2 },
    ]);
  });

  it('stops on English left in, once per label, naming the label, the word and the rules', () => {
    const rows = ['A: B (9pdf mirror copy)', 'C (press release): D', 'C (press release): D'].map(
      (source_title) => ({ source_title }),
    );
    let thrown: unknown;
    try {
      withSourceLabels(rows, { ...RULES, phrases: [] }, 'rules.yaml');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(SourceErrors);
    expect((thrown as SourceErrors).errors.map((e) => e.message)).toEqual([
      'rules.yaml: the source label "A: B (9pdf mirror copy)" still has the English "mirror"; add a phrase for it',
      'rules.yaml: the source label "C (press release): D" still has the English "press release"; add a phrase for it',
    ]);
  });
});

describe('the rules in data/sources/source-labels.yaml', () => {
  const file = 'data/sources/source-labels.yaml';
  const rules = readSourceLabelRules(readFileSync(file, 'utf8'), file);

  it('give no Danish phrase that the build would refuse as English', () => {
    expect(rules.phrases.length).toBeGreaterThan(0);
    for (const [english, danishText] of rules.phrases) {
      expect(englishLeftIn(danishText, rules), `${english} → ${danishText}`).toBeNull();
    }
  });
});
