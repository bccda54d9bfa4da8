/**
 * A licence is shown under every chart, so a Danish page needs it in Danish: each licence the
 * metrics carry is either the same in both languages (a licence name with a Danish citation, e.g.
 * "CC BY 4.0 (Kilde: Danmarks Statistik)") or has a Danish entry in the dictionary. A new metric
 * with a new English licence fails here until its Danish words are added.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMetrics } from '../../scripts/lib/read-metrics.ts';
import { licenceText } from '../../src/views/pledge-view.ts';

const dir = 'data/metrics';
const licences = [
  ...new Set(
    readMetrics(
      readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') })),
    ).map((m) => m.licence),
  ),
];
const LANGUAGE_NEUTRAL = /^CC BY 4\.0 \(Kilde: [^)]+\)$/;

describe('licence words', () => {
  it('finds licences to check', () => {
    expect(licences.length).toBeGreaterThan(0);
  });

  it.each(licences)('has Danish words for %s', (licence) => {
    const da = licenceText(licence, 'da');
    if (LANGUAGE_NEUTRAL.test(licence)) expect(da).toBe(licence);
    else expect(da).not.toBe(licence);
  });
});
