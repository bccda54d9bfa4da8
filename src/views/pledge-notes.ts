/**
 * The parts of the pledge view that say where a pledge stands apart from its figures: which series
 * measures it and why, which series would (and how to get it), or why none does; whether the
 * series has stopped; and the editorial verdict (the action, or for a proposed cut the proposal)
 * with its reason and dated evidence. All text in the page's language: the catalogue writes every
 * note in both. Pure, like pledge-view.ts.
 */
import { formatDate, formatDateWithPrecision, type Lang } from '../domain/format.ts';
import type { OutcomeEvaluation } from '../domain/outcome.ts';
import type { Bilingual, Evidence, Pledge, ProposalStatus } from '../domain/pledge.ts';
import type { Series } from '../domain/series.ts';
import { pick, t } from '../text/t.ts';

export interface MeasureNotesView {
  /** "Direkte mål" / "Indirekte mål: …"; null without a measure. */
  relation: string | null;
  /** Why this series measures (or gives context for) the pledge. */
  why: string | null;
  /** Caveats on how well it measures. */
  note: string | null;
  /**
   * The series exists but is not in the bundled data (with how to get it), or no public series
   * measures the pledge (with why). Null when the figures are here.
   */
  missing: { text: string; fetchCommand: string | null; liveCheck: string | null } | null;
  /** The publisher stopped the series before the deadline. */
  discontinued: { text: string; sourceTitle: string; sourceUrl: string | null } | null;
}

export interface EvidenceView {
  date: string;
  title: string;
  url: string | null;
  publisher: string | null;
  note: string | null;
}

export interface DecisionView {
  kind: 'action' | 'proposal';
  heading: string;
  /** "Handling" / "Forslag", before the label on a badge. */
  term: string;
  status: string;
  /** The proposal's status, for a proposed cut. */
  proposal: ProposalStatus | null;
  /** The action verdict rests on weak evidence; the label already says so. */
  weak: boolean;
  label: string;
  reason: string | null;
  /** "Ingen afgørende kilde fundet pr. 2. dec. 2026", for an unassessed action that was looked for. */
  checked: string | null;
  evidence: EvidenceView[];
}

export interface NotesInput {
  pledge: Pledge;
  series: Series | null;
  evaluation: OutcomeEvaluation;
  lang: Lang;
  /** Whether `npm run data:fetch` gets the measure's metric (its table is in tables.yaml). */
  fetchable: boolean;
  /** Whether the page offers the live check for the measure's metric. */
  liveCheckable: boolean;
}

const text = (b: Bilingual | undefined, lang: Lang): string | null => (b ? b[lang] : null);

export function measureNotes(input: NotesInput): MeasureNotesView {
  const { pledge, series, evaluation, lang } = input;
  const w = t(lang).measureNotes;
  const m = pledge.measure;
  const u = pledge.unmeasured;
  const codes = new Set(evaluation.reasons.map((r) => r.code));
  let missing: MeasureNotesView['missing'] = null;
  if (u?.status === 'series_not_in_extract') {
    const where = [u.publisher, u.table].filter(Boolean).join(', ');
    missing = {
      text: `${w.notInExtract(u.series[lang], where)} ${u.how[lang]}`,
      fetchCommand: null,
      liveCheck: null,
    };
  } else if (u?.status === 'no_public_series') {
    missing = { text: w.noPublicSeries(u.reason[lang]), fetchCommand: null, liveCheck: null };
  } else if (m && series && codes.has('not_in_extract')) {
    const metric = series.metric;
    const source = pick(lang, metric.source, metric.sourceEn ?? metric.source);
    const table = metric.table && !source.includes(metric.table) ? metric.table : '';
    const where = [source, table && `${t(lang).table} ${table}`].filter(Boolean).join(', ');
    missing = {
      text: w.notInExtract(pick(lang, metric.titleDa, metric.titleEn), where),
      // The command is shown as code: it is the same in every language.
      fetchCommand: input.fetchable ? 'npm run data:fetch' : null,
      liveCheck: input.liveCheckable ? w.liveCheck : null,
    };
  }
  const stop = series?.metric.discontinued;
  return {
    relation: m ? (m.relation === 'indirect' ? w.indirect : w.direct) : null,
    why: text(m?.why, lang),
    note: text(m?.note, lang),
    missing,
    discontinued:
      stop && codes.has('discontinued')
        ? {
            text: `${w.discontinued}: ${stop.note[lang]}`,
            sourceTitle: stop.sourceTitle,
            sourceUrl: stop.sourceUrl ?? null,
          }
        : null,
  };
}

function evidenceView(list: readonly Evidence[], lang: Lang): EvidenceView[] {
  return list.map((e) => ({
    date: formatDateWithPrecision(e.date, e.datePrecision ?? 'day', lang),
    title: e.title,
    url: e.url ?? null,
    publisher: e.publisher ?? null,
    note: text(e.note, lang),
  }));
}

/**
 * The editorial verdict: for a proposed cut, what became of the proposal; for any other pledge,
 * whether the action happened. `evidence` is the action's, already sorted newest first.
 */
export function decisionView(
  pledge: Pledge,
  evidence: readonly Evidence[],
  lang: Lang,
): DecisionView {
  const w = t(lang);
  const p = pledge.proposal;
  if (pledge.kind === 'proposed_cut' && p) {
    return {
      kind: 'proposal',
      heading: w.proposalHeading,
      term: w.proposal,
      status: p.status,
      proposal: p.status,
      weak: false,
      label: w.proposalStatus[p.status] ?? p.status,
      reason: p.reason[lang],
      checked: null,
      evidence: evidenceView(p.evidence, lang),
    };
  }
  const a = pledge.action;
  return {
    kind: 'action',
    heading: w.wasItDone,
    term: w.action,
    status: a.status,
    proposal: null,
    weak: a.confidence === 'low',
    label:
      (w.actionStatus[a.status] ?? a.status) +
      (a.confidence === 'low' ? ` (${w.weakEvidence})` : ''),
    reason: text(a.reason, lang),
    checked:
      a.status === 'not_assessed' && a.checked
        ? w.noDecidingSource(formatDate(a.checked, lang))
        : null,
    evidence: evidenceView(evidence, lang),
  };
}
