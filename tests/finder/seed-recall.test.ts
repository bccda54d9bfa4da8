/**
 * The finder on the catalogue's own documents (data/pledges/*.yaml and their seeds): computed from
 * whatever the catalogue holds, so a new document or pledge changes the figures, not the test.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collapseSpace } from '../../src/finder/collapse-space.ts';
import { measureSeedRecall } from '../../scripts/finder/seed-recall.ts';

const figures = measureSeedRecall(resolve(import.meta.dirname, '../..'));

describe('the pledge finder on the seeds', () => {
  it('reads every document the catalogue has', () => {
    expect(figures.seeds.length).toBeGreaterThan(0);
    expect(figures.quotes).toBeGreaterThan(0);
  });

  it('finds at least 90 % of the catalogue quotes inside a candidate', () => {
    const missed = figures.seeds.flatMap((s) => s.missed.map((q) => `${s.seedFile}: ${q}`));
    expect(figures.recall, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('quotes every candidate verbatim from its document (whitespace aside)', () => {
    for (const seed of figures.seeds) {
      const text = collapseSpace(seed.proposal.text);
      for (const c of seed.proposal.candidates) {
        expect(text.includes(c.quote), `${seed.seedFile} #${c.number}: ${c.quote}`).toBe(true);
        expect(c.quote).toBe(collapseSpace(seed.proposal.text.slice(c.start, c.end)));
      }
    }
  });

  it('explains every candidate: at least one cue with its words in the quote', () => {
    for (const seed of figures.seeds) {
      for (const c of seed.proposal.candidates) {
        expect(c.cues.length, c.quote).toBeGreaterThan(0);
        for (const cue of c.cues) {
          if (cue.cue !== 'spoergsmaal')
            expect(c.quote.toLowerCase()).toContain(cue.text.toLowerCase());
        }
      }
    }
  });

  it('names the kommune of each document', () => {
    for (const seed of figures.seeds)
      expect(seed.proposal.kommuner.length, seed.seedFile).toBeGreaterThan(0);
  });
});
