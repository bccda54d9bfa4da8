// Sentences are built from SYNTHETIC series; the figures are made up for the tests.
import { describe, it, expect } from 'vitest';
import { evaluateOutcome } from '../../src/domain/evaluate-outcome.ts';
import { describeOutcome, outcomeStatusLabel } from '../../src/domain/sentence.ts';
import type { Lang } from '../../src/domain/format.ts';
import type { Pledge } from '../../src/domain/pledge.ts';
import type { Metric, Series } from '../../src/domain/series.ts';
import { METRIC, obs, pledge, series, yearly } from './fixtures.ts';

const describeAt = (p: Pledge, s: Series | null, today: string, lang: Lang): string =>
  describeOutcome(p, s, evaluateOutcome(p, s, today), lang, 'Aarhus');

const homeless = pledge({}, { baseline: { period: '2017', value: 772 } });

describe('describeOutcome', () => {
  it('states the figure, the change since the baseline, the target and the direction', () => {
    const s = series(yearly({ 2017: 772, 2022: 600, 2024: 556 }));
    expect(describeAt(homeless, s, '2025-03-01', 'da')).toBe(
      'I 2024 var der 556 personer i hjemløshed i Aarhus, 28 % færre end i 2017. ' +
        'Målet er højst 150 i 2030. Tallene bevæger sig mod målet.',
    );
    expect(describeAt(homeless, s, '2025-03-01', 'en')).toBe(
      'In 2024, there were 556 people experiencing homelessness in Aarhus, 28% fewer than in 2017. ' +
        'The target is at most 150 by 2030. The figures are moving toward the target.',
    );
  });

  it('writes a month or a quarter out in the sentence, as running text does', () => {
    const monthly = series([obs({ label: '2026M07', value: 393, start: '2026-07-01' })]);
    expect(describeAt(homeless, monthly, '2026-12-01', 'da')).toMatch(/^I juli 2026 var der 393 /);
    expect(describeAt(homeless, monthly, '2026-12-01', 'en')).toMatch(
      /^In July 2026, there were 393 /,
    );
    const quarterly = series([obs({ label: '2025K4', value: 12, start: '2025-10-01' })]);
    expect(describeAt(homeless, quarterly, '2026-12-01', 'da')).toMatch(
      /^I 4\. kvartal 2025 var der 12 /,
    );
  });

  it('gives the verdict for a past deadline', () => {
    const s = series(yearly({ 2017: 772, 2030: 140 }));
    expect(describeAt(homeless, s, '2031-03-01', 'da')).toContain('Målet blev nået.');
    expect(describeAt(homeless, s, '2031-03-01', 'en')).toContain('The target was met.');
    const missed = series(yearly({ 2017: 772, 2030: 400 }));
    expect(describeAt(homeless, missed, '2031-03-01', 'da')).toContain('Målet blev ikke nået.');
  });

  it('says when the figure comes from a secondary source or is approximate', () => {
    const s = series([
      ...yearly({ 2017: 772 }),
      obs({ label: '2024', value: 556, quality: 'secondary', flags: ['approx'] }),
    ]);
    expect(describeAt(homeless, s, '2025-03-01', 'da')).toMatch(
      /^I 2024 var der ca\. 556 personer i hjemløshed i Aarhus ifølge en sekundær kilde, /,
    );
    expect(describeAt(homeless, s, '2025-03-01', 'en')).toMatch(
      /^In 2024, there were about 556 people experiencing homelessness in Aarhus according to a secondary source, /,
    );
  });

  it('says when the figure is provisional, and does not give a verdict on it', () => {
    const s = series([obs({ label: '2030', value: 140, flags: ['provisional'] })]);
    const da = describeAt(homeless, s, '2031-03-01', 'da');
    expect(da).toContain('Løftet kan ikke vurderes: tallet for 2030 er foreløbigt.');
    expect(da).toContain('Tallene tyder på, at målet er nået.');
    expect(da).not.toContain('Målet blev nået');
    const en = describeAt(homeless, s, '2031-03-01', 'en');
    expect(en).toContain('The pledge cannot be assessed: the figure for 2030 is provisional.');
  });

  it('adds "Tallet er foreløbigt" as a caveat to a direction', () => {
    const s = series([
      obs({ label: '2023', value: 600 }),
      obs({ label: '2024', value: 556, flags: ['provisional'] }),
    ]);
    expect(describeAt(homeless, s, '2025-03-01', 'da')).toContain('Tallet er foreløbigt.');
    expect(describeAt(homeless, s, '2025-03-01', 'en')).toContain('The figure is provisional.');
  });

  it('explains cannot_assess', () => {
    const none = pledge({ measure: undefined });
    expect(describeAt(none, null, '2025-03-01', 'da')).toBe(
      'Løftet kan ikke vurderes: ingen offentlig statistik måler løftet.',
    );
    expect(describeAt(none, null, '2025-03-01', 'en')).toBe(
      'The pledge cannot be assessed: no public statistic measures the pledge.',
    );
    expect(describeAt(homeless, null, '2025-03-01', 'da')).toBe(
      'Målet er højst 150 i 2030. Løftet kan ikke vurderes: der er ingen tal.',
    );
    const flagged = series([obs({ label: '2030', value: 100, flags: ['known_gap'] })]);
    expect(describeAt(homeless, flagged, '2031-03-01', 'da')).toContain(
      'Løftet kan ikke vurderes: der er forbehold ved tallet for 2030 (producenten oplyser, at der mangler registreringer).',
    );
  });

  it('uses pct. / % and percentage points for a percent metric', () => {
    const share: Metric = {
      ...METRIC,
      unit: 'percent',
      titleDa: 'Andelen af unge i uddannelse',
      titleEn: 'The share of young people in education',
    };
    const p = pledge({}, { unit: 'percent', comparator: 'at_least', target: 90 });
    const s = series(yearly({ 2020: 80, 2024: 84.5 }), share);
    expect(describeAt(p, s, '2025-03-01', 'da')).toBe(
      'I 2024 var andelen af unge i uddannelse i Aarhus 84,5 pct., 4,5 procentpoint højere end i 2020. ' +
        'Målet er mindst 90 pct. i 2030. Tallene bevæger sig mod målet.',
    );
    expect(describeAt(p, s, '2025-03-01', 'en')).toBe(
      'In 2024, the share of young people in education in Aarhus was 84.5%, 4.5 percentage points higher than in 2020. ' +
        'The target is at least 90% by 2030. The figures are moving toward the target.',
    );
  });

  it('uses the "X var N" form for other units and words a threshold', () => {
    const wait: Metric = {
      ...METRIC,
      unit: 'days',
      titleDa: 'Ventetid på behandling',
      titleEn: 'Waiting time for treatment',
    };
    const p = pledge(
      { kind: 'threshold', date: '2022-01-01' },
      { unit: 'days', target: 14, deadline: '2024-12-31' },
    );
    const s = series(yearly({ 2022: 12, 2023: 16, 2024: 12 }), wait);
    expect(describeAt(p, s, '2025-03-01', 'da')).toBe(
      'I 2024 var ventetid på behandling i Aarhus 12 dage, det samme som i 2022. ' +
        'Målet er højst 14 dage hele tiden frem til udgangen af 2024. Målet blev ikke holdt i 2023.',
    );
    expect(describeAt(p, s, '2025-03-01', 'en')).toBe(
      'In 2024, waiting time for treatment in Aarhus was 12 days, the same as in 2022. ' +
        'The target is at most 14 days at all times until the end of 2024. The target was not kept in 2023.',
    );
  });

  it('names a deadline that is not the end of a year by its date', () => {
    const p = pledge({}, { deadline: '2026-06-30' });
    const s = series(yearly({ 2023: 300, 2024: 250 }));
    expect(describeAt(p, s, '2025-03-01', 'da')).toContain(
      'Målet er højst 150 senest 30. jun. 2026.',
    );
    expect(describeAt(p, s, '2025-03-01', 'en')).toContain(
      'The target is at most 150 by 30 Jun 2026.',
    );
  });

  it('says when there are too few figures for a direction', () => {
    const s = series(yearly({ 2024: 556 }));
    expect(describeAt(homeless, s, '2025-03-01', 'da')).toContain(
      'Fristen er ikke nået endnu. Der er for få tal til at se en retning.',
    );
  });

  it('labels statuses in both languages', () => {
    expect(outcomeStatusLabel('toward_target', 'da')).toBe('På vej mod målet');
    expect(outcomeStatusLabel('cannot_assess', 'en')).toBe('Cannot be assessed');
  });
});
