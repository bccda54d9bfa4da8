/**
 * A draft question to the administration ("Spørgsmål til forvaltningen") that a councillor can
 * adapt: the pledge verbatim with its document and date, the target and deadline, the latest
 * published figure with its source, the status in words, and two or three questions specific to
 * where the pledge stands (council-asks.ts).
 *
 * Neutral and factual by design, so any party can use it. Every number in the text is one of the
 * arguments' numbers, formatted: nothing is computed (no "x years left", no percent change) and
 * the questions are bulleted, not numbered. The words are the dictionary's (src/text, `council`).
 */
import { hasTarget, type IsoDate, type Pledge, type SourceDocument } from './pledge.ts';
import type { Metric, Observation, Series } from './series.ts';
import { outcomeStatusLabel, type OutcomeEvaluation } from './outcome.ts';
import {
  formatAmountDkk,
  formatDate,
  formatDateWithPrecision,
  formatPeriod,
  type Lang,
} from './format.ts';
import { isIsoDate } from './period.ts';
import { titleOf } from './units.ts';
import { finiteOrNull } from './trend.ts';
import { figureText, oneLine, withUnit } from './council-figure.ts';
import { councilAsks, type AskState } from './council-asks.ts';
import { asLang, t } from '../text/t.ts';
import { councilWords } from '../text/council.ts';

export interface CouncilQuestion {
  subject: string;
  body: string;
  /** The questions alone, as in the body; the dossier prints them under each pledge. */
  questions: string[];
  /** Which questions were chosen (council-asks.ts). */
  state: AskState;
}

function quoteParagraph(pledge: Pledge, document: SourceDocument | undefined, lang: Lang): string {
  const w = councilWords(lang);
  const quote = `${w.open}${oneLine(pledge.quote)}${w.close}`;
  const actor = pledge.actor?.type === 'unknown' ? '' : oneLine(pledge.actor?.name);
  const person = oneLine(pledge.actor?.person);
  const who = actor === '' ? '' : person !== '' ? `${person} (${actor})` : actor;
  const where = document
    ? `${w.open}${oneLine(document.title)}${w.close} (${formatDateWithPrecision(
        document.date,
        document.datePrecision,
        lang,
      )})`
    : null;
  const pledged = formatDate(pledge.date, lang);
  const text = who !== '' ? w.wrote(where, pledged, who, quote) : w.says(where, pledged, quote);
  return text + w.inEnglish(oneLine(pledge.summaryEn));
}

function targetParagraph(
  pledge: Pledge,
  metric: Metric | null,
  lang: Lang,
  deadlinePassed: boolean,
): string | null {
  const w = councilWords(lang);
  const m = pledge.measure;
  const parts: string[] = [];
  const proposal = pledge.kind === 'proposed_cut' ? pledge.proposal : undefined;
  if (proposal) {
    parts.push(w.proposal(t(lang).proposalStatus[proposal.status], oneLine(proposal.reason[lang])));
  } else if (hasTarget(m) && finiteOrNull(m.target) !== null && isIsoDate(m.deadline)) {
    const goal = `${t(lang).comparator[m.comparator === 'at_least' ? 'at_least' : 'at_most']} ${withUnit(m.target, m.unit, metric, lang)}`;
    const deadline = formatDate(m.deadline, lang);
    parts.push(
      pledge.kind === 'threshold' ? w.thresholdTarget(goal, deadline) : w.target(goal, deadline),
    );
    parts.push(deadlinePassed ? w.deadlinePassed : w.deadlineAhead);
    const base = m.baseline;
    if (base && finiteOrNull(base.value) !== null) {
      const from = withUnit(base.value, m.unit, metric, lang);
      parts.push(w.startsFrom(from, formatPeriod(base.period, lang)));
    }
  } else {
    parts.push(m?.relation === 'indirect' ? w.contextOnly : w.noTarget);
  }
  const money = finiteOrNull(pledge.amountDkk);
  if (money !== null) {
    // 'kr.' already ends in a full stop.
    const text = w.names(formatAmountDkk(money, lang));
    parts.push(text.endsWith('.') ? text : `${text}.`);
  }
  return parts.join(' ');
}

function figureParagraph(
  latest: Observation | null,
  series: Series | null,
  unit: string,
  kommuneName: string,
  lang: Lang,
): string {
  const w = councilWords(lang);
  const metric = series?.metric ?? null;
  const shown = figureText(latest, unit, metric, lang);
  if (!latest || !shown) return w.noFigure(kommuneName);
  const flags = latest.flags ?? [];
  const what = titleOf(metric, lang, '');
  const of = what === '' ? '' : ` for ${what}`;
  const src = latest.source;
  const cite = [
    oneLine(src?.title),
    src?.table ? `${w.table} ${oneLine(src.table)}` : '',
    isIsoDate(src?.retrieved) ? `${w.retrieved} ${formatDate(src.retrieved, lang)}` : '',
    oneLine(src?.url),
  ].filter((s) => s !== '');
  const notes = [
    latest.quality === 'secondary' ? w.secondary : '',
    flags.includes('provisional') ? w.provisional : '',
  ].filter((s) => s !== '');
  const extra = notes.length > 0 ? `, ${notes.join(', ')}` : '';
  const source = cite.length > 0 ? ` (${w.source}: ${cite.join(', ')}${extra})` : '';
  return w.latest(of, kommuneName, shown.value, shown.period, source);
}

/** The draft question: subject line and plain-text body, in Danish or English. */
export function draftCouncilQuestion(args: {
  pledge: Pledge;
  document: SourceDocument | undefined;
  kommuneName: string;
  series: Series | null;
  evaluation: OutcomeEvaluation;
  lang: Lang;
  today: IsoDate;
}): CouncilQuestion {
  const lang = asLang(args.lang);
  const { pledge, document, series, evaluation } = args;
  const w = councilWords(lang);
  const kommuneName = oneLine(args.kommuneName);
  const metric = series?.metric ?? null;
  const unit = metric?.unit ?? pledge.measure?.unit ?? '';
  const deadline = pledge.measure?.deadline;
  const deadlinePassed =
    isIsoDate(args.today) && isIsoDate(deadline)
      ? deadline < args.today
      : evaluation.deadlinePassed;

  const what = titleOf(metric, lang, '');
  const topic = what !== '' ? `${what} ${w.in} ${kommuneName}` : w.pledgeIn(kommuneName);
  const subject = `${w.subject}: ${topic}`;

  const latest = evaluation.latest;
  const status =
    pledge.kind === 'proposed_cut' && pledge.proposal
      ? `${w.proposalStatus}: ${t(lang).proposalStatus[pledge.proposal.status]}.`
      : `${w.status}: ${outcomeStatusLabel(evaluation.status, lang)}.`;
  const asks = councilAsks({ pledge, series, evaluation, kommuneName, deadlinePassed, lang });
  const questions = asks.questions.map((q) => `– ${q}`);

  const paragraphs = [
    `${w.background}\n${quoteParagraph(pledge, document, lang)}`,
    targetParagraph(pledge, metric, lang, deadlinePassed),
    figureParagraph(latest, series, unit, kommuneName, lang),
    status,
    [w.questions, ...questions].join('\n'),
    w.footer(formatDate(args.today, lang)),
  ].filter((p): p is string => p !== null && p !== '');
  return {
    subject,
    body: paragraphs.join('\n\n'),
    questions: asks.questions,
    state: asks.state,
  };
}
