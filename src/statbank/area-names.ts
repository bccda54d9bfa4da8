/**
 * Area names as StatBank writes them when an export shows value texts instead of codes, in
 * Danish and English, mapped to the three-digit codes the data build knows. Regions, landsdele,
 * Christiansø, "abroad" and "not stated" are named too, so an import can count and skip them
 * while any name it does not know stops it: a misspelt kommune must never vanish silently.
 */
import type { TableInfoVariable } from './table-info.ts';
import { KOMMUNE_CODES, NATIONAL_CODE } from './kommune-codes.ts';

/** DST's English names where they differ from the Danish ones (lang=en). */
const ENGLISH_NAMES: ReadonlyMap<string, string> = new Map([['101', 'Copenhagen']]);

const NATIONAL_NAMES = ['Hele landet', 'All Denmark'];

/** Areas that are not a kommune, by DST code where it has one, with their Danish and English texts. */
const OTHER_AREAS: [string, string[]][] = [
  ['084', ['Region Hovedstaden']],
  ['085', ['Region Sjælland']],
  ['083', ['Region Syddanmark']],
  ['082', ['Region Midtjylland']],
  ['081', ['Region Nordjylland']],
  ['411', ['Christiansø']],
  ...[
    'Byen København',
    'Københavns omegn',
    'Nordsjælland',
    'Bornholm',
    'Østsjælland',
    'Vest- og Sydsjælland',
    'Fyn',
    'Sydjylland',
    'Østjylland',
    'Vestjylland',
    'Nordjylland',
  ].map((name): [string, string[]] => [
    `landsdel ${name}`,
    [`Landsdel ${name}`, `Province ${name}`],
  ]),
  ['udlandet', ['Udlandet', 'Abroad']],
  ['uoplyst', ['Uoplyst kommune', 'Not stated municipality', 'Uoplyst', 'Not stated']],
];

/**
 * The geography variable of an export, as a tableinfo would describe it: every code with each of
 * its names, so the importer's one decoder reads codes, Danish and English texts alike. `aliases`
 * adds spellings a particular file uses ("Høje Taastrup" without the hyphen).
 */
export function areaVariable(id: string, aliases: Record<string, string> = {}): TableInfoVariable {
  const values: { id: string; text: string }[] = [];
  for (const name of NATIONAL_NAMES) values.push({ id: NATIONAL_CODE, text: name });
  for (const [code, name] of KOMMUNE_CODES) {
    values.push({ id: code, text: name });
    const english = ENGLISH_NAMES.get(code);
    if (english) values.push({ id: code, text: english });
  }
  for (const [code, names] of OTHER_AREAS) {
    for (const name of names) values.push({ id: code, text: name });
  }
  for (const [name, code] of Object.entries(aliases)) values.push({ id: code, text: name });
  return { id, text: id.toLowerCase(), elimination: true, time: false, values };
}

/** The code for an area name or code, or null for a name not known. */
export function areaCode(nameOrCode: string, aliases: Record<string, string> = {}): string | null {
  const text = nameOrCode.trim();
  const match = areaVariable('OMRÅDE', aliases).values.find(
    (v) => v.id === text || v.text === text,
  );
  return match?.id ?? null;
}
