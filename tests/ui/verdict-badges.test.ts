// The verdict badges rendered alone; statuses are the domain's, no catalogue involved.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import VerdictBadges from '../../src/ui/VerdictBadges.svelte';

const text = (html: string) =>
  html
    .replace(/<!--[^>]*-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('VerdictBadges', () => {
  it.each([
    ['da', 'Handling: I gang (svagt belæg)'],
    ['en', 'Action: In progress (weak evidence)'],
  ] as const)('writes weak evidence as its own words after the status (%s)', (lang, expected) => {
    const html = render(VerdictBadges, {
      props: { outcome: 'trend_only', action: 'in_progress', weak: true, lang },
    }).body;
    expect(text(html)).toContain(expected);
  });

  it('says nothing of evidence when it is not weak', () => {
    const html = render(VerdictBadges, {
      props: { outcome: 'trend_only', action: 'in_progress', lang: 'da' },
    }).body;
    expect(text(html)).toMatch(/Handling: I gang$/);
  });
});
