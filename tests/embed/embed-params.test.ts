import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EMBED_PARAMS,
  parseEmbedParams,
  serializeEmbedParams,
  type EmbedParams,
} from '../../src/embed/embed-params.ts';
import { seriesAsOf, vintagesOf } from '../../src/embed/vintage.ts';
import { series, yearly } from '../domain/fixtures.ts';

describe('embed parameters', () => {
  it.each<[string, EmbedParams]>([
    ['', DEFAULT_EMBED_PARAMS],
    [
      '?lang=en&theme=dark&compact=1&v=2026-11-23',
      { lang: 'en', theme: 'dark', compact: true, vintage: '2026-11-23' },
    ],
    ['?theme=light&compact=true', { lang: 'da', theme: 'light', compact: true, vintage: null }],
    ['?theme=auto', { lang: 'da', theme: 'auto', compact: false, vintage: null }],
  ])('parses %s', (search, expected) => {
    expect(parseEmbedParams(search)).toEqual(expected);
  });

  it.each([
    '?lang=<script>',
    '?theme=red',
    '?theme=dark%22%3E%3Cscript%3E',
    '?theme=AUTO',
    '?theme=',
    '?compact=yes',
    '?v=2026-02-30',
    '?v=2026-11-23T00:00',
    '?v=../../etc',
    '?v=' + 'x'.repeat(10000),
  ])('falls back to defaults for %s', (search) => {
    const p = parseEmbedParams(search);
    const key = search.slice(1).split('=')[0];
    const fallback: Record<string, unknown> = {
      lang: 'da',
      theme: 'light',
      compact: false,
      v: null,
    };
    expect(p[key === 'v' ? 'vintage' : (key as keyof EmbedParams)]).toEqual(fallback[key!]);
  });

  it('round-trips and never throws', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const p = parseEmbedParams(s);
        expect(parseEmbedParams(serializeEmbedParams(p))).toEqual(p);
      }),
    );
    expect(serializeEmbedParams(DEFAULT_EMBED_PARAMS)).toBe('');
  });

  it('is light unless the embedder asks for dark or for the reader’s system', () => {
    expect(DEFAULT_EMBED_PARAMS.theme).toBe('light');
    expect(parseEmbedParams('?lang=en').theme).toBe('light');
    expect(serializeEmbedParams({ ...DEFAULT_EMBED_PARAMS, theme: 'auto' })).toBe('?theme=auto');
    expect(serializeEmbedParams({ ...DEFAULT_EMBED_PARAMS, theme: 'light' })).toBe('');
  });
});

describe('vintages', () => {
  // Synthetic series from tests/domain/fixtures.ts, with retrieval dates set here.
  const s = series(yearly({ 2019: 750, 2022: 507, 2024: 556 }));
  s.observations[0]!.source.retrieved = '2023-01-10';
  s.observations[1]!.source.retrieved = '2023-01-10';
  s.observations[2]!.source.retrieved = '2025-03-01';

  it('keeps only what was retrieved by the vintage day', () => {
    expect(seriesAsOf(s, '2024-12-31').observations.map((o) => o.periodLabel)).toEqual([
      '2019',
      '2022',
    ]);
    expect(seriesAsOf(s, '2025-03-01').observations).toHaveLength(3);
    expect(seriesAsOf(s, '2020-01-01').observations).toHaveLength(0);
    expect(s.observations).toHaveLength(3);
  });

  it('lists the distinct retrieval days, oldest first', () => {
    expect(vintagesOf(s)).toEqual(['2023-01-10', '2025-03-01']);
    expect(vintagesOf(null)).toEqual([]);
  });
});
