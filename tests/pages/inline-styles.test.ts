// minifyCss on SYNTHETIC style texts shaped like the server render's (scoped classes, a media
// query, an inline source map comment).
import { describe, expect, it } from 'vitest';
import { minifyCss } from '../../scripts/pages/inline-styles.ts';

const MAP = '/*# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozfQ== */';

describe('minifyCss', () => {
  it('drops comments, source maps and whitespace but keeps every rule', () => {
    const out = minifyCss([
      `${MAP}\n  .meter.svelte-abc {\n    margin: 0.75rem 0 0.25rem;\n  }\n`,
      `@media (max-width: 40rem) {\n  .panel.svelte-def:not(.open) {\n    display: none;\n  }\n}`,
    ]);
    expect(out).not.toContain('sourceMappingURL');
    expect(out).not.toMatch(/\/\*|\n/);
    expect(out).toContain('.meter.svelte-abc{margin:.75rem 0 .25rem}');
    expect(out).toMatch(/@media \(width<=40rem\)|@media \(max-width:40rem\)/);
    expect(out).toContain('.panel.svelte-def:not(.open){display:none}');
  });

  it('leaves custom properties and light-dark values as written (no targets, nothing lowered)', () => {
    const out = minifyCss([':root{--series: #1f5fa8;color:light-dark(#111,#eee)}']);
    expect(out).toContain('--series:#1f5fa8');
    expect(out).toContain('light-dark(#111,#eee)');
  });

  it('fails on CSS it cannot parse instead of writing half of it into a page', () => {
    expect(() => minifyCss(['.a{color:red}', '.b..c{color:blue}'])).toThrow(/class selector/);
  });
});
