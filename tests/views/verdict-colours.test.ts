// The verdict colours (src/ui/overview/VerdictColours.svelte) read from the files themselves: every
// status has one, each meets WCAG 2.1 non-text contrast (3:1) against the page and the card
// backgrounds of src/ui/theme.css in light and dark, and no two statuses of one verdict share one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTCOME_STATUSES } from '../../src/domain/outcome.ts';
import { ACTION_STATUSES, PROPOSAL_STATUSES } from '../../src/domain/pledge.ts';

const THEME = readFileSync('src/ui/theme.css', 'utf8');
const COLOURS = readFileSync('src/ui/overview/VerdictColours.svelte', 'utf8');

type Pair = { light: string; dark: string };

/** `--name: light-dark(#aaa, #bbb)` declarations of a stylesheet. */
function pairs(css: string): Map<string, Pair> {
  const out = new Map<string, Pair>();
  for (const m of css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi))
    out.set(m[1]!, { light: m[2]!, dark: m[3]! });
  return out;
}

/** Which token each `.verdict-<status>` class points --verdict at. */
function classes(css: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of css.matchAll(/\.verdict-(\w+)\)?\s*\{\s*--verdict:\s*var\(--([\w-]+)\)/g))
    out.set(m[1]!, m[2]!);
  return out;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const theme = pairs(THEME);
const tokens = pairs(COLOURS);
const byStatus = classes(COLOURS);
const colourOf = (status: string): Pair => tokens.get(byStatus.get(status) ?? '')!;

describe('verdict colours', () => {
  it('reads the theme and the colours (the parser itself works)', () => {
    expect(theme.get('bg')).toBeDefined();
    expect(theme.get('card')).toBeDefined();
    expect(tokens.size).toBeGreaterThan(3);
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21);
    // A pale colour is caught.
    expect(contrast('#cccccc', theme.get('bg')!.light)).toBeLessThan(3);
  });

  const statuses = [...OUTCOME_STATUSES, ...ACTION_STATUSES, ...PROPOSAL_STATUSES];
  it.each(statuses)('%s has a colour with 3:1 against page and card, light and dark', (status) => {
    const colour = colourOf(status);
    expect(colour, `no .verdict-${status} colour`).toBeDefined();
    for (const scheme of ['light', 'dark'] as const)
      for (const background of ['bg', 'card'])
        expect(
          contrast(colour[scheme], theme.get(background)![scheme]),
          `${status} on --${background} (${scheme})`,
        ).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['outcome', OUTCOME_STATUSES],
    ['action', ACTION_STATUSES],
    ['proposal', PROPOSAL_STATUSES],
  ] as const)('gives every %s status its own colour', (_name, list) => {
    const used = list.map((s) => byStatus.get(s));
    expect(new Set(used).size).toBe(list.length);
  });
});
