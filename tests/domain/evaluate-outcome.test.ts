// All series here are SYNTHETIC, built in the test helpers to exercise one rule each.
import { describe, it, expect } from 'vitest';
import { evaluateOutcome, OUTCOME_STATUSES } from '../../src/domain/evaluate-outcome.ts';
import { obs, pledge, series, yearly } from './fixtures.ts';
import { missingCases, notDueCases, NOT_DUE, PASSED, threshold } from './outcome-cases.ts';
import { deadlineCases } from './outcome-cases-deadline.ts';
import { measureCases } from './outcome-cases-measure.ts';

const cases = [...missingCases, ...deadlineCases, ...notDueCases, ...measureCases];

describe('evaluateOutcome: one case per status and reason', () => {
  it.each(cases)('$name → $status', (c) => {
    const result = evaluateOutcome(c.pledge, c.series, c.today);
    expect(result.status).toBe(c.status);
    if (c.reasons) expect(result.reasons.map((r) => r.code)).toEqual(c.reasons);
    if (c.direction) expect(result.direction).toBe(c.direction);
    if (c.indicative !== undefined) expect(result.indicative).toBe(c.indicative);
    if (c.confidence) expect(result.confidence).toBe(c.confidence);
    if (c.flags) expect(result.reasons.flatMap((r) => r.flags ?? [])).toEqual(c.flags);
    if (c.periods) expect(result.reasons.flatMap((r) => r.periods ?? [])).toEqual(c.periods);
    for (const r of result.reasons) {
      expect(r.da).toMatch(/^\p{Lu}.*\.$/u);
      expect(r.en).toMatch(/^\p{Lu}.*\.$/u);
    }
  });

  it('covers every status', () => {
    const seen = new Set(cases.map((c) => evaluateOutcome(c.pledge, c.series, c.today).status));
    expect([...seen].sort()).toEqual([...OUTCOME_STATUSES].sort());
  });
});

describe('evaluateOutcome: details', () => {
  it('reports distance, latest, reference and deadlinePassed', () => {
    const s = series(yearly({ 2029: 200, 2030: 120, 2031: 500 }));
    const r = evaluateOutcome(pledge(), s, PASSED);
    expect(r.deadlinePassed).toBe(true);
    expect(r.deadline).toBe('2030-12-31');
    expect(r.latest?.periodLabel).toBe('2031');
    expect(r.reference?.periodLabel).toBe('2030');
    expect(r.decisive.map((o) => o.periodLabel)).toEqual(['2030']);
    expect(r.distance).toEqual({
      period: '2030',
      value: 120,
      target: 150,
      absolute: -30,
      relative: -0.2,
      satisfied: true,
    });
  });

  it('gives a per-period trend that keeps gaps as gaps', () => {
    const s = series(yearly({ 2021: 200, 2022: null, 2023: 150, 2024: 120 }));
    const r = evaluateOutcome(pledge(), s, NOT_DUE);
    expect(r.trend.map((t) => [t.fromPeriod, t.toPeriod, t.change])).toEqual([
      ['2021', '2022', null],
      ['2022', '2023', null],
      ['2023', '2024', -30],
    ]);
    expect(r.trend[2]?.relativeChange).toBeCloseTo(-0.2);
  });

  it('relative distance is null for a zero target', () => {
    const r = evaluateOutcome(pledge({}, { target: 0 }), series(yearly({ 2030: 5 })), PASSED);
    expect(r.status).toBe('not_met');
    expect(r.distance?.relative).toBeNull();
    expect(r.distance?.absolute).toBe(5);
  });

  it('sorts observations itself rather than trusting the input order', () => {
    const s = series([obs({ label: '2030', value: 100 }), obs({ label: '2029', value: 900 })]);
    expect(evaluateOutcome(pledge(), s, PASSED).status).toBe('met');
  });

  it('lists threshold breaches as the decisive figures', () => {
    const s = series(yearly({ 2022: 20, 2023: 12, 2024: 30 }));
    const r = evaluateOutcome(threshold(), s, '2025-06-01');
    expect(r.decisive.map((o) => o.periodLabel)).toEqual(['2022', '2024']);
  });

  it('does not mutate its input', () => {
    const p = pledge({}, { baseline: { period: '2017', value: 770 } });
    const s = series([
      obs({ label: '2030', value: 100, flags: ['provisional'] }),
      obs({ label: '2029', value: null }),
      obs({ label: '2030', value: 90, quality: 'secondary' }),
      obs({ label: '?', value: 3, start: null }),
    ]);
    const before = structuredClone({ p, s });
    const deepFreeze = <T>(o: T): T => {
      if (o && typeof o === 'object') {
        for (const v of Object.values(o)) deepFreeze(v);
        Object.freeze(o);
      }
      return o;
    };
    deepFreeze(p);
    deepFreeze(s);
    for (const today of [PASSED, NOT_DUE]) {
      evaluateOutcome(p, s, today);
      evaluateOutcome({ ...p, kind: 'threshold' }, s, today);
    }
    expect({ p, s }).toEqual(before);
  });

  it('treats an unusable today as not past the deadline rather than throwing', () => {
    const r = evaluateOutcome(pledge(), series(yearly({ 2023: 300, 2024: 250 })), 'i dag');
    expect(r.deadlinePassed).toBe(false);
    expect(r.status).toBe('toward_target');
  });
});
