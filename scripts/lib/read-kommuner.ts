/** The 98 kommuner with their regions, plus '000' for the whole country. */
import { parseCsv } from './csv.ts';
import { SourceError } from './source-error.ts';

export interface KommuneRow {
  kode: string;
  navn: string;
  region: string | null;
  /** The four-digit code used by the DAGI boundaries (KOMKODE). */
  komkode: string | null;
}

const REGIONS = new Set(['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland']);

export function readKommuner(text: string, file: string): KommuneRow[] {
  const rows: KommuneRow[] = [{ kode: '000', navn: 'Hele landet', region: null, komkode: null }];
  for (const { line, values } of parseCsv(text, file)) {
    const kode = values.kode ?? '';
    if (!/^\d{3}$/.test(kode) || kode === '000') {
      throw new SourceError(file, line, `kode "${kode}" is not a three-digit kommune code`);
    }
    if (!REGIONS.has(values.region ?? '')) {
      throw new SourceError(
        file,
        line,
        `region "${values.region}" is not one of ${[...REGIONS].join(', ')}`,
      );
    }
    if (values.komkode !== `0${kode}`) {
      throw new SourceError(file, line, `komkode "${values.komkode}" does not match kode ${kode}`);
    }
    if (rows.some((r) => r.kode === kode))
      throw new SourceError(file, line, `kode ${kode} appears twice`);
    rows.push({
      kode,
      navn: values.navn ?? '',
      region: values.region ?? null,
      komkode: values.komkode,
    });
  }
  if (rows.length !== 99) {
    throw new SourceError(file, null, `expected 98 kommuner, found ${rows.length - 1}`);
  }
  return rows;
}
