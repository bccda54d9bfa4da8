import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERIES_RULES, suggestSeries } from '../../src/finder/suggest-series.ts';
import { suggestTheme } from '../../src/finder/suggest-theme.ts';
import { readMetrics } from '../../scripts/lib/read-metrics.ts';

const root = resolve(import.meta.dirname, '../..');
const metrics = readMetrics(
  readdirSync(join(root, 'data/metrics'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ file: f, text: readFileSync(join(root, 'data/metrics', f), 'utf8') })),
);

describe('suggestSeries', () => {
  it.each(SERIES_RULES.map((r) => [r.metric, r] as const))(
    '%s is a metric in data/metrics with the same unit and table',
    (_id, rule) => {
      const metric = metrics.find((m) => m.id === rule.metric);
      expect(metric, rule.metric).toBeDefined();
      expect(metric?.unit).toBe(rule.unit);
      expect(metric?.table ?? null).toBe(rule.table);
    },
  );

  it.each([
    ['overholde behandlingsgarantien på 14 dage', 'dst_smdbv004_okpct'],
    ['ingen skal gå mere end 3 år på kontanthjælp', 'dst_auk01_nettoledige_kontanthjaelp'],
    ['flere hjemløse i egen bolig', 'homeless_persons_count_week6'],
    ['kampen mod bandekriminaliteten', 'dst_straf11_anmeldte_forbrydelser'],
  ])('%s → %s', (text, metric) => {
    expect(suggestSeries(text)[0]?.metric).toBe(metric);
  });

  it('suggests nothing when no word points to a series', () => {
    expect(suggestSeries('Der skal åbnes et sundhedsrum.')).toEqual([]);
  });
});

describe('suggestTheme', () => {
  it('picks the theme with most words, the more specific on a tie, and names the words', () => {
    expect(suggestTheme('flere ressourcer til misbrugsbehandlingen for udsatte')).toEqual({
      theme: 'drug_treatment',
      words: ['misbrugsbehandlingen'],
    });
    expect(suggestTheme('Der skal være ro.')).toBeNull();
  });
});
