/**
 * The finder's candidates as a catalogue file (data/pledges/<document-id>.yaml): a `document` block
 * and one entry per candidate in the catalogue's schema, with what the finder cannot know left
 * empty and marked FILL (publisher, dates, actor), so the build refuses the file until an editor
 * has filled them. Every entry says in a comment why it is a candidate.
 *
 * Every pledge needs a `measure` (with a relation and why) or an `unmeasured` block, and a proposed
 * cut a `proposal`: the finder writes the block that fits its guess with the editorial fields empty,
 * so the validator refuses the file until an editor has written them too.
 */
import type { Candidate, Proposal } from './propose-pledges.ts';
import type { Theme } from './suggest-theme.ts';
import { documentKind } from './document-kind.ts';
import { slugOf } from './slug-of.ts';

export interface YamlOptions {
  /** The file the text came from, named in the header. */
  sourceName: string;
  /** The name the document's text gets in data/seeds/ (a .txt file). */
  seedFile: string;
  /** The kommune code to use instead of the one the text names most often. */
  kode?: string;
  /** Only these candidates (by number); all when absent. */
  only?: ReadonlySet<number>;
}

const THEME_FALLBACK: Theme = 'social_services';
const HEADLINE_MAX = 90;
/** The catalogue's limit on a quote (scripts/lib/source-text.ts). */
const QUOTE_MAX = 1000;

export function proposalYaml(proposal: Proposal, options: YamlOptions): string {
  const top = proposal.kommuner[0];
  const kode = options.kode ?? top?.kode ?? '';
  const navn = options.kode
    ? proposal.kommuner.find((k) => k.kode === options.kode)?.navn
    : top?.navn;
  const title = documentTitle(proposal.text);
  const prefix = navn ? slugOf(navn, 30) : '';
  const documentId = joinSlug(prefix, slugOf(title, 60)) || 'dokument';
  const guess = documentKind(proposal.text);
  const candidates = proposal.candidates.filter((c) => !options.only || options.only.has(c.number));
  const lines = [
    `# Candidate pledges from ${oneLine(options.sourceName)}, proposed by the pledge finder.`,
    '# Every quote is verbatim from the document. Delete the candidates that are not pledges, then',
    '# fill every FILL and check every guess (see CONTRIBUTING.md). The build refuses the file until',
    '# the publisher, the dates and the actors are filled.',
    'document:',
    `  id: ${documentId}`,
    `  title: ${sq(title)}  # check: the first line of the text`,
    `  kind: ${guess.kind}  # ${guess.word ? `guessed from "${oneLine(guess.word)}"` : 'no cue in the text: choose'}; newsletter, programme_draft, budget_proposal, agreement or consultation_response`,
    "  publisher: ''  # FILL: who published the document",
    "  date: ''  # FILL: YYYY-MM-DD; with only a month or year, its first day and date_precision month or year",
    '  date_precision: day',
    `  kode: ${sq(kode)}  # ${kommuneNote(proposal, kode, options.kode !== undefined)}`,
    '  url: null',
    `  seed_file: ${options.seedFile}  # the document's text, saved in data/seeds/`,
    'pledges:',
  ];
  if (candidates.length === 0) lines.push('  []  # no candidates');
  const ids = new Set<string>();
  candidates.forEach((c, i) => {
    if (i > 0) lines.push('');
    lines.push(...entry(c, uniqueId(ids, joinSlug(prefix, slugOf(c.quote, 50)) || 'loefte'), kode));
  });
  return lines.join('\n') + '\n';
}

function entry(c: Candidate, id: string, documentKode: string): string[] {
  const kode = c.kommune?.named ? c.kommune.kode : documentKode;
  const out = [
    `  # Candidate ${c.number}: ${c.kind.kind} (${c.kind.reason}${c.kind.text ? ` "${oneLine(c.kind.text)}"` : ''}); cues: ${c.cues.map((q) => `${q.cue} "${oneLine(q.text)}"`).join(', ')}${c.joined ? '; the next sentence refers back and is included' : ''}`,
    `  - id: ${id}`,
    `    headline_da: ${sq(headline(c.quote))}  # edit: what was promised, at most ${HEADLINE_MAX} characters`,
    "    headline_en: ''  # FILL: English headline",
    `    quote: ${sq(c.quote)}${c.quote.length > QUOTE_MAX ? `  # FILL: longer than the catalogue's ${QUOTE_MAX} characters; shorten it to the pledge` : ''}`,
    "    summary_en: ''  # FILL: English summary of what was promised",
    "    actor: { type: '', name: '' }  # FILL: type party, person, coalition, organisation, administration or unknown",
    "    date: ''  # FILL: YYYY-MM-DD, usually the document's date",
    `    kode: ${sq(kode)}`,
    `    theme: ${c.theme?.theme ?? THEME_FALLBACK}  # ${c.theme ? `suggested from ${c.theme.words.map((w) => `"${oneLine(w)}"`).join(', ')}` : 'no theme word found: choose'}`,
    `    kind: ${c.kind.kind}`,
    '    lever: unknown  # check: kommune, state, region, shared, civil_society or unknown',
  ];
  const amount = c.amounts.length === 1 ? c.amounts[0] : undefined;
  if (amount && (c.kind.kind === 'budget_amount' || c.kind.kind === 'proposed_cut')) {
    out.push(
      `    amount_dkk: ${amount.dkk}  # "${oneLine(amount.text)}"${amount.approximate ? ': the text gives it as approximate' : ''}${amount.perYear ? ', per year' : ''}`,
    );
  } else if (c.amounts.length > 1) {
    out.push(
      `    # amount_dkk: the text gives ${c.amounts.map((a) => `"${oneLine(a.text)}"`).join(', ')}: choose one, or none`,
    );
  }
  out.push(...measureSkeleton(c, kode));
  if (c.kind.kind === 'proposed_cut') out.push(...proposalSkeleton());
  out.push(
    '    action:',
    '      status: not_assessed',
    '      evidence: []',
    '      right_of_reply: null',
  );
  return out;
}

function measureSkeleton(c: Candidate, kode: string): string[] {
  const series = c.series[0];
  if (!series) {
    return [
      '    # No series suggested: say why none measures it, or replace this with a measure.',
      '    unmeasured:',
      '      status: no_public_series  # or series_not_in_extract, with series_da/en, publisher, how_da/en',
      "      reason_da: ''  # FILL",
      "      reason_en: ''  # FILL",
    ];
  }
  const deadline = c.years.find((y) => y.relation === 'by');
  const out = [
    `    # A series may measure it ("${oneLine(series.word)}"): ${series.publisher}${series.table ? ` ${series.table}` : ''}. Check it, or replace this with an unmeasured block.`,
    '    measure:',
    `      metric: ${series.metric}`,
    `      kode: ${sq(kode)}`,
    '      relation: indirect  # direct if the series counts what was promised',
    "      why_da: ''  # FILL: why this series, and what it does not show",
    "      why_en: ''  # FILL",
    `      unit: ${series.unit}`,
  ];
  if (deadline)
    out.push(
      `      # deadline: ${deadline.year}-12-31  # "${oneLine(deadline.text)}"; only with relation: direct and a target the text states`,
    );
  for (const s of c.series.slice(1))
    out.push(`      # (or ${s.metric}, from "${oneLine(s.word)}")`);
  return out;
}

function proposalSkeleton(): string[] {
  return [
    '    # A proposed cut is not a pledge to be kept: what became of it, and what to ask.',
    '    proposal:',
    '      status: unknown  # adopted, dropped or changed only with a deciding source',
    "      reason_da: ''  # FILL",
    "      reason_en: ''  # FILL",
    "      question_da: ''  # FILL: exactly what a councillor should ask",
    "      question_en: ''  # FILL",
    '      evidence: []',
  ];
}

function kommuneNote(proposal: Proposal, kode: string, chosen: boolean): string {
  if (chosen) return 'chosen by the editor';
  const top = proposal.kommuner[0];
  if (!top || kode === '') return 'FILL: the text names no kommune';
  const others = proposal.kommuner.slice(1, 4).map((k) => `${k.navn} ${k.count}`);
  return `${top.navn}, named ${top.count} times${others.length ? ` (also ${others.join(', ')})` : ''}`;
}

function documentTitle(text: string): string {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return oneLine(first.replace(/^[\s#*•-]+/u, '')).slice(0, 300);
}

function headline(quote: string): string {
  if (quote.length <= HEADLINE_MAX) return quote;
  const cut = quote.slice(0, HEADLINE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, '')}…`;
}

function uniqueId(ids: Set<string>, base: string): string {
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}

function joinSlug(a: string, b: string): string {
  return [a, b].filter(Boolean).join('-');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A YAML single-quoted scalar: nothing is special inside but the quote itself. */
function sq(text: string): string {
  return `'${oneLine(text).replace(/'/g, "''")}'`;
}
