/**
 * SVG snapshots, Plot-style: the rendered SVG is compared with a committed file under
 * tests/output; on a difference the new output is written beside it as *-changed.svg for review.
 * Set UPDATE_SNAPSHOTS=1 to accept changes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function checkSnapshot(name: string, svg: string): { ok: boolean; path: string } {
  const path = join('tests/output', `${name}.svg`);
  const normalised = svg.replace(/<!--[^>]*-->/g, '').trim() + '\n';
  if (!existsSync(path) || process.env.UPDATE_SNAPSHOTS === '1') {
    if (process.env.CI === 'true' && !existsSync(path)) return { ok: false, path };
    writeFileSync(path, normalised);
    return { ok: true, path };
  }
  if (readFileSync(path, 'utf8') === normalised) return { ok: true, path };
  writeFileSync(path.replace(/\.svg$/, '-changed.svg'), normalised);
  return { ok: false, path };
}
