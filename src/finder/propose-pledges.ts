/**
 * The pledge finder: from a document's text to candidate pledges, each a verbatim slice of the text
 * with the cues that made it a candidate, its kind, figures, years, kommune, theme and a public
 * series that could measure it. Pure: the CLI (scripts/pledges-propose.ts) and the page
 * (src/ui/finder/) share it, so both propose the same candidates from the same text.
 */
import { classifyKind, type KindChoice } from './classify-kind.ts';
import { collapseSpace } from './collapse-space.ts';
import { findCues, type CueMatch } from './cue-rules.ts';
import { findAmounts, findDurations, type Amount, type Duration } from './find-amounts.ts';
import { findKommuner, type KommuneMention, type KommuneName } from './find-kommune.ts';
import { findYears, type YearMention } from './find-years.ts';
import { segmentText, type Segment } from './segment-text.ts';
import { suggestSeries, type SeriesSuggestion } from './suggest-series.ts';
import { suggestTheme, type ThemeSuggestion } from './suggest-theme.ts';

export interface CandidateKommune {
  kode: string;
  navn: string;
  /** The candidate names it itself; otherwise it is the document's kommune. */
  named: boolean;
}

export interface Candidate {
  /** 1, 2, … in the order of the text. */
  number: number;
  /** The slice of the document's text, [start, end). */
  start: number;
  end: number;
  /** The slice with each run of whitespace as one space: what the catalogue's `quote` holds. */
  quote: string;
  cues: CueMatch[];
  /** A sentence that refers back ("Dette skal kombineres med …") was joined to this one. */
  joined: boolean;
  kind: KindChoice;
  amounts: Amount[];
  durations: Duration[];
  years: YearMention[];
  kommune: CandidateKommune | null;
  theme: ThemeSuggestion | null;
  series: SeriesSuggestion[];
}

export interface Proposal {
  /** The text the offsets refer to. */
  text: string;
  /** Kommuner the document names, most often named first. */
  kommuner: KommuneMention[];
  /** How many sentences and list items were read. */
  segments: number;
  candidates: Candidate[];
}

export interface ProposeOptions {
  kommuner: readonly KommuneName[];
}

/** A sentence that starts so refers back to the one before and belongs with it. */
const REFERS_BACK = /^(?:Dette|Disse)(?![\p{L}\p{N}])/u;

export function proposePledges(text: string, options: ProposeOptions): Proposal {
  const segments = segmentText(text);
  const kommuner = findKommuner(text, options.kommuner);
  const documentKommune = kommuner[0] ?? null;
  const spans: { start: number; end: number; cues: CueMatch[]; joined: boolean }[] = [];
  segments.forEach((segment, i) => {
    const cues = cuesOf(text, segment);
    const previous = spans.at(-1);
    const before = segments[i - 1];
    // A referring sentence joins a candidate just before it in the same paragraph.
    if (
      previous &&
      before &&
      previous.end === before.end &&
      before.block === segment.block &&
      REFERS_BACK.test(text.slice(segment.start, segment.end))
    ) {
      const offset = segment.start - previous.start;
      previous.end = segment.end;
      previous.cues.push(...cues.map((c) => ({ ...c, index: c.index + offset })));
      previous.joined = true;
      return;
    }
    if (cues.length > 0)
      spans.push({ start: segment.start, end: segment.end, cues, joined: false });
  });
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const span of spans) {
    const quote = collapseSpace(text.slice(span.start, span.end));
    // A point repeated in the document (a budget catalogue's list, quoted again) is one candidate,
    // also when the repeat differs in case or a closing full stop ("på rådhuset").
    const key = quote.toLowerCase().replace(/[.!]+$/u, '');
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push(describe(span, quote, candidates.length + 1, options, documentKommune));
  }
  return { text, kommuner, segments: segments.length, candidates };
}

function cuesOf(text: string, segment: Segment): CueMatch[] {
  return findCues(collapseSpace(text.slice(segment.start, segment.end)), {
    listItem: segment.listItem,
  });
}

function describe(
  span: { start: number; end: number; cues: CueMatch[]; joined: boolean },
  quote: string,
  number: number,
  options: ProposeOptions,
  documentKommune: KommuneMention | null,
): Candidate {
  const amounts = findAmounts(quote);
  const durations = findDurations(quote);
  const years = findYears(quote);
  const own = findKommuner(quote, options.kommuner)[0];
  const kommune: CandidateKommune | null = own
    ? { kode: own.kode, navn: own.navn, named: true }
    : documentKommune
      ? { kode: documentKommune.kode, navn: documentKommune.navn, named: false }
      : null;
  return {
    number,
    start: span.start,
    end: span.end,
    quote,
    cues: span.cues,
    joined: span.joined,
    kind: classifyKind({ text: quote, cues: span.cues, amounts, durations, years }),
    amounts,
    durations,
    years,
    kommune,
    theme: suggestTheme(quote),
    series: suggestSeries(quote),
  };
}
