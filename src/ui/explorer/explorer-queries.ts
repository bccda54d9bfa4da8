/**
 * The SQL behind the app's charts, written out for the explorer's "Open in explorer" links. Ids come from our own catalogue; they are still quoted as
 * SQL strings (with '' escaping), since the text is shown and run as it stands.
 */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The observations drawn in a pledge chart: one metric in one kommune. */
export function seriesQuery(metricId: string, kode: string): string {
  return [
    'SELECT period_label, period_start, value, quality, flags, source_title, source_url, retrieved',
    'FROM observations',
    `WHERE metric_id = ${sqlString(metricId)} AND kode = ${sqlString(kode)}`,
    "  AND NOT list_contains(flags, 'sub_area')",
    'ORDER BY period_start, period_label',
  ].join('\n');
}

/** The comparison across kommuner: one metric, one period, with names and regions. */
export function comparisonQuery(metricId: string, period: string): string {
  return [
    'SELECT o.kode, k.navn, k.region, o.value, o.quality, o.source_title',
    'FROM observations o JOIN kommuner k ON k.kode = o.kode',
    `WHERE o.metric_id = ${sqlString(metricId)} AND o.period_label = ${sqlString(period)}`,
    "  AND NOT list_contains(o.flags, 'sub_area')",
    'ORDER BY o.value DESC NULLS LAST',
  ].join('\n');
}
