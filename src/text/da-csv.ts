/** The series CSV's header words in Danish (part of the one dictionary, da.ts). */
export const daCsv = {
  kommune: 'Kommune',
  unit: 'Enhed',
  source: 'Kilde',
  table: 'tabel',
  retrieved: 'hentet',
  licence: 'Licens',
  via: 'Hentet fra Løftetjek',
  missing: "En tom værdi (i kilden '..') betyder, at tallet ikke er offentliggjort.",
  columns:
    'Kolonnen quality: primary = offentliggjort af producenten, secondary = gengivet af andre. ' +
    'Kolonnen flags: forbehold ved tallet, adskilt med semikolon. ' +
    'Kolonnen counts: true for det tal, der tæller for perioden i vurderingen og grafen; ' +
    'false for de øvrige tal for samme periode og for tal uden periode.',
};

export type CsvWords = typeof daCsv;
