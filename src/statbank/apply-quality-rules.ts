/**
 * The known problems tables.yaml records for a table (e.g. SMDBV004 2015 not validated, missing
 * registrations in eight kommuner 2020–2023) become flags and a note on every figure they touch,
 * so a verdict built on such a figure can say so. A rule's from/to are DST period codes and are
 * inclusive: to: "2023" covers 2023K4 too.
 */
import type { QualityRule } from './tables-config.ts';
import { parseStatbankPeriod, type StatbankPeriod } from './parse-statbank-period.ts';

export interface Quality {
  flags: string[];
  notes: string[];
}

export function applyQualityRules(
  rules: QualityRule[],
  metricId: string,
  kode: string,
  period: StatbankPeriod,
): Quality {
  const flags: string[] = [];
  const notes: string[] = [];
  for (const rule of rules) {
    if (rule.metrics && !rule.metrics.includes(metricId)) continue;
    if (rule.kommuner && !rule.kommuner.includes(kode)) continue;
    if (rule.from !== undefined && period.start < parseStatbankPeriod(rule.from).start) continue;
    if (rule.to !== undefined && period.start >= parseStatbankPeriod(rule.to).end) continue;
    flags.push(rule.flag);
    notes.push(rule.note);
  }
  return { flags, notes };
}
