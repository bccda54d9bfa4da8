/**
 * A public series that could measure a candidate, from a word that names what the series counts.
 * Only series the catalogue already defines (data/metrics/*.yaml; a test checks each id, unit and
 * table there), so the editor's measure skeleton names a metric the build accepts. Whether the
 * series measures the pledge directly or only gives context is the editor's call (issue 15).
 */
export interface SeriesRule {
  /** Words in the candidate that point to the series. */
  pattern: RegExp;
  metric: string;
  /** The publisher's table id, or null for a series of curated figures. */
  table: string | null;
  publisher: string;
  /** The metric's unit in data/metrics. */
  unit: string;
}

export const SERIES_RULES: readonly SeriesRule[] = [
  {
    pattern: /behandlingsgaranti/iu,
    metric: 'dst_smdbv004_okpct',
    table: 'SMDBV004',
    publisher: 'Danmarks Statistik',
    unit: 'percent',
  },
  {
    pattern: /kontanthjælp/iu,
    metric: 'dst_auk01_nettoledige_kontanthjaelp',
    table: 'AUK01',
    publisher: 'Danmarks Statistik',
    unit: 'fulltime_persons',
  },
  {
    pattern: /hjemløs/iu,
    metric: 'homeless_persons_count_week6',
    table: null,
    publisher: 'VIVE',
    unit: 'persons',
  },
  {
    pattern: /kriminalitet|kriminel|forbrydelse/iu,
    metric: 'dst_straf11_anmeldte_forbrydelser',
    table: 'STRAF11',
    publisher: 'Danmarks Statistik',
    unit: 'count',
  },
  {
    pattern: /offentlig forsørgelse/iu,
    metric: 'dst_auh01_offentlig_forsoergelse_16_29',
    table: 'AUH01',
    publisher: 'Danmarks Statistik',
    unit: 'fulltime_persons',
  },
  {
    pattern: /(?:unge|ungdom)[^.!?]*(?:job eller uddannelse|uddannelse eller job)/iu,
    metric: 'dst_neet3_share_16_24',
    table: 'NEET3',
    publisher: 'Danmarks Statistik',
    unit: 'percent',
  },
];

export interface SeriesSuggestion {
  metric: string;
  table: string | null;
  publisher: string;
  unit: string;
  /** The words that point to it, as in the text. */
  word: string;
}

/** Every series a candidate's words point to, in the order of SERIES_RULES. */
export function suggestSeries(text: string): SeriesSuggestion[] {
  const out: SeriesSuggestion[] = [];
  for (const rule of SERIES_RULES) {
    const m = rule.pattern.exec(text);
    if (m && !out.some((s) => s.metric === rule.metric)) {
      const { metric, table, publisher, unit } = rule;
      out.push({ metric, table, publisher, unit, word: m[0] });
    }
  }
  return out;
}
