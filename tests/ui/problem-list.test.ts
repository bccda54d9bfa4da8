// SYNTHETIC problems: the file names and details are made up.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ProblemList from '../../src/ui/ProblemList.svelte';

const problems = [
  { file: 'observations.parquet', kind: 'checksum' as const, detail: 'sha256 does not match' },
  { file: 'pledges.parquet', kind: 'timeout' as const, detail: 'no answer within 20 s' },
];

describe('the list of data files that could not load', () => {
  it('says why in Danish on a Danish page, with the loader’s English detail marked as English', () => {
    const html = render(ProblemList, { props: { problems, lang: 'da' } }).body;
    expect(html).toContain('observations.parquet');
    expect(html).toContain('kontrolsum');
    expect(html).toContain('serveren svarede ikke i tide');
    expect(html).toMatch(/<span lang="en">sha256 does not match<\/span>/);
    // Outside the marked detail, no English.
    const danish = html.replace(/<span lang="en">[^<]*<\/span>/g, '');
    expect(danish).not.toMatch(/\b(the|does|not|match|answer|within)\b/);
  });

  it('says why in English on an English page', async () => {
    const { loadLanguage } = await import('../../src/text/t.ts');
    await loadLanguage('en');
    const html = render(ProblemList, { props: { problems, lang: 'en' } }).body;
    expect(html).toContain('the server did not answer in time');
  });
});
