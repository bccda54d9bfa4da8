/**
 * The query a first visit to the explorer starts with: how many figures each measure has, over how
 * many kommuner. One row per measure, so its chart is a ranking; the first version counted per
 * measure and kommune and opened on a map that mixed two measures (issue 16).
 */
export const STARTER_QUERY = [
  '-- Antal tal pr. måling i de medfølgende data',
  'SELECT m.title_da AS maaling, count(*) AS tal, count(DISTINCT o.kode) AS kommuner,',
  '  min(o.period_label) AS fra, max(o.period_label) AS til',
  'FROM observations o JOIN metrics m ON m.id = o.metric_id',
  'GROUP BY ALL',
  'ORDER BY tal DESC, maaling',
  'LIMIT 50',
].join('\n');
