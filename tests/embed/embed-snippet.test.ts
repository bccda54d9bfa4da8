import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from '../../src/embed/embed-params.ts';
import { embedSnippet, embedUrl, type EmbedChoice } from '../../src/embed/embed-snippet.ts';
import { series, yearly } from '../domain/fixtures.ts';

// A synthetic series from tests/domain/fixtures.ts, retrieved on two days (two vintages).
const s = series(yearly({ 2019: 750, 2022: 507 }));
s.observations[0]!.source.retrieved = '2024-01-10';
s.observations[1]!.source.retrieved = '2025-03-01';
const target = { appRoot: 'https://example.org/lt/', id: 'x-1', series: s };

describe('embed code from the builder’s choices', () => {
  it.each<[EmbedChoice, string]>([
    [{ view: 'card', lang: 'da', theme: 'light' }, 'embed/x-1/2025-03-01/'],
    [{ view: 'card', lang: 'en', theme: 'dark' }, 'embed/x-1/2025-03-01/?lang=en&theme=dark'],
    [{ view: 'chart', lang: 'da', theme: 'auto' }, 'embed/x-1/chart/2025-03-01/?theme=auto'],
    [{ view: 'chart', lang: 'en', theme: 'light' }, 'embed/x-1/chart/2025-03-01/?lang=en'],
  ])('%o → %s', (choice, path) => {
    const url = embedUrl(target, choice);
    expect(url).toBe(`https://example.org/lt/${path}`);
    // The page reads back exactly what was chosen.
    const back = parseEmbedParams(new URL(url).search);
    expect({ lang: back.lang, theme: back.theme }).toEqual({
      lang: choice.lang,
      theme: choice.theme,
    });
    const code = embedSnippet({ ...target, title: 'T' }, choice);
    expect(code).toContain(`<iframe src="${url.replace(/&/g, '&amp;')}"`);
  });

  it('is not pinned when the pledge has no figures, and escapes the title', () => {
    const code = embedSnippet({ ...target, series: null, title: '"><script>' });
    expect(code).toContain('src="https://example.org/lt/embed/x-1/"');
    expect(code).toContain('title="Løftetjek: &quot;&gt;&lt;script&gt;"');
    expect(code).not.toContain('<script>');
  });
});
