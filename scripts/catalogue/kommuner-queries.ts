/** The kommuner and their regions. */
import type { Db } from '../../src/db/db.ts';

export interface Kommune {
  kode: string;
  navn: string;
  region: string | null;
}

export async function listKommuner(db: Db): Promise<Kommune[]> {
  return db.query<Kommune>('SELECT kode, navn, region FROM kommuner ORDER BY kode');
}
