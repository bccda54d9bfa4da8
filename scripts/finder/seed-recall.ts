/**
 * How well the finder does on the catalogue's own documents: for each document in data/pledges,
 * the share of its pledge quotes that some candidate contains (recall), and how many candidates
 * contain a catalogue quote (precision against the catalogue, which is a lower bound: a candidate
 * the editors did not take may still be a pledge). Read from whatever the catalogue holds, so a new
 * document or pledge changes the figures, never breaks the measure.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { collapseSpace } from '../../src/finder/collapse-space.ts';
import { proposePledges, type Proposal } from '../../src/finder/propose-pledges.ts';
import { readKommuneNames } from './kommune-names.ts';

export interface SeedFigures {
  seedFile: string;
  documentId: string;
  quotes: number;
  found: number;
  /** Catalogue quotes no candidate contains. */
  missed: string[];
  candidates: number;
  /** Candidates that contain at least one catalogue quote. */
  hits: number;
  /** Found quotes whose candidate has the catalogue's kind. */
  sameKind: number;
  proposal: Proposal;
}

export interface RecallFigures {
  seeds: SeedFigures[];
  quotes: number;
  found: number;
  candidates: number;
  hits: number;
  sameKind: number;
  recall: number;
  precision: number;
}

interface CatalogueFile {
  document: { id: string; seed_file: string };
  pledges: { quote: string; kind: string }[];
}

export function measureSeedRecall(root: string): RecallFigures {
  const kommuner = readKommuneNames(root);
  const dir = join(root, 'data/pledges');
  const seeds: SeedFigures[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const file = parse(readFileSync(join(dir, name), 'utf8')) as CatalogueFile;
    const text = readFileSync(join(root, 'data/seeds', file.document.seed_file), 'utf8');
    const proposal = proposePledges(text, { kommuner });
    const quotes = file.pledges.map((p) => ({ quote: collapseSpace(p.quote), kind: p.kind }));
    const missed: string[] = [];
    let sameKind = 0;
    for (const q of quotes) {
      const candidate = proposal.candidates.find((c) => c.quote.includes(q.quote));
      if (!candidate) missed.push(q.quote);
      else if (candidate.kind.kind === q.kind) sameKind++;
    }
    const hits = proposal.candidates.filter((c) => quotes.some((q) => c.quote.includes(q.quote)));
    seeds.push({
      seedFile: file.document.seed_file,
      documentId: file.document.id,
      quotes: quotes.length,
      found: quotes.length - missed.length,
      missed,
      candidates: proposal.candidates.length,
      hits: hits.length,
      sameKind,
      proposal,
    });
  }
  const sum = (f: (s: SeedFigures) => number) => seeds.reduce((n, s) => n + f(s), 0);
  const quotes = sum((s) => s.quotes);
  const found = sum((s) => s.found);
  const candidates = sum((s) => s.candidates);
  const hits = sum((s) => s.hits);
  return {
    seeds,
    quotes,
    found,
    candidates,
    hits,
    sameKind: sum((s) => s.sameKind),
    recall: quotes === 0 ? 1 : found / quotes,
    precision: candidates === 0 ? 1 : hits / candidates,
  };
}
