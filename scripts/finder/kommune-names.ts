/** The kommune names the finder looks for, from data/sources/kommuner.csv (not "Hele landet"). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KommuneName } from '../../src/finder/find-kommune.ts';
import { readKommuner } from '../lib/read-kommuner.ts';

export function readKommuneNames(root: string): KommuneName[] {
  const file = join(root, 'data/sources/kommuner.csv');
  return readKommuner(readFileSync(file, 'utf8'), file)
    .filter((k) => k.kode !== '000')
    .map(({ kode, navn }) => ({ kode, navn }));
}
