/**
 * npm run pledges:recall: the finder's figures on the catalogue's own documents (seed-recall.ts),
 * as a Markdown table for the README, and every catalogue quote no candidate contains.
 */
import { resolve } from 'node:path';
import { measureSeedRecall } from './seed-recall.ts';

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const r = measureSeedRecall(resolve(import.meta.dirname, '../..'));
const lines = [
  '| document | seed | catalogue quotes | found | candidates | candidates with a catalogue quote |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
  ...r.seeds.map(
    (s) =>
      `| \`${s.documentId}\` | \`${s.seedFile}\` | ${s.quotes} | ${s.found} | ${s.candidates} | ${s.hits} |`,
  ),
  `| all | | ${r.quotes} | ${r.found} | ${r.candidates} | ${r.hits} |`,
  '',
  `Recall ${pct(r.recall)} (${r.found} of ${r.quotes} quotes inside a candidate); precision against the catalogue ${pct(r.precision)} (${r.hits} of ${r.candidates} candidates); the kind agrees for ${r.sameKind} of ${r.found} found quotes.`,
];
for (const s of r.seeds) for (const q of s.missed) lines.push(`- missed in ${s.seedFile}: ${q}`);
process.stdout.write(`${lines.join('\n')}\n`);
