import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { areaCode } from '../../src/statbank/area-names.ts';
import { isKommuneOrNational, KOMMUNE_CODES } from '../../src/statbank/kommune-codes.ts';
import { readKommuner } from '../../scripts/lib/read-kommuner.ts';

const kommuner = readKommuner(
  readFileSync('data/sources/kommuner.csv', 'utf8'),
  'data/sources/kommuner.csv',
);

describe('area names in StatBank exports', () => {
  it('knows the same 98 kommuner, under the same names, as data/sources/kommuner.csv', () => {
    const own = kommuner.filter((k) => k.kode !== '000');
    expect(own).toHaveLength(98);
    expect([...KOMMUNE_CODES].sort()).toEqual(own.map((k) => [k.kode, k.navn]).sort());
    for (const k of own) expect(areaCode(k.navn), k.navn).toBe(k.kode);
  });

  it.each([
    ['Copenhagen', '101'],
    ['København', '101'],
    ['Høje-Taastrup', '169'],
    ['Lyngby-Taarbæk', '173'],
    ['Vesthimmerlands', '820'],
    ['All Denmark', '000'],
    ['Hele landet', '000'],
    ['101', '101'],
  ])('reads %j as %s', (name, code) => {
    expect(areaCode(name)).toBe(code);
  });

  it.each([
    'Region Hovedstaden',
    'Province Byen København',
    'Landsdel Østjylland',
    'Abroad',
    'Not stated municipality',
    'Christiansø',
  ])('knows %j as an area that is not a kommune', (name) => {
    const code = areaCode(name);
    expect(code).not.toBeNull();
    expect(isKommuneOrNational(code ?? '')).toBe(false);
  });

  it('does not know a misspelt kommune, or a spelling only one file uses unless told', () => {
    expect(areaCode('Kopenhagen')).toBeNull();
    expect(areaCode('Høje Taastrup')).toBeNull();
    expect(areaCode('Høje Taastrup', { 'Høje Taastrup': '169' })).toBe('169');
  });
});
