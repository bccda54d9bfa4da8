/**
 * A draft question to the administration ("Spørgsmål til forvaltningen") that a councillor can
 * adapt: the pledge verbatim with its document and date, the target and deadline, the latest
 * published figure with its source, the status in words, and a few concrete questions.
 *
 * Neutral and factual by design, so any party can use it. Every number in the text is one of the
 * arguments' numbers, formatted: nothing is computed (no "x years left", no percent change) and
 * the questions are bulleted, not numbered.
 */
import type { Comparator, IsoDate, Pledge, SourceDocument } from './pledge.ts';
import type { Metric, Observation, Series } from './series.ts';
import { outcomeStatusLabel, type OutcomeEvaluation } from './outcome.ts';
import {
  formatAmountDkk,
  formatDate,
  formatDateWithPrecision,
  formatNumber,
  formatPeriod,
  type Lang,
} from './format.ts';
import { isIsoDate } from './period.ts';
import { amount, titleOf, unitKind } from './units.ts';
import { finiteOrNull } from './trend.ts';

export interface CouncilQuestion {
  subject: string;
  body: string;
}

const T = {
  da: {
    subject: 'Spørgsmål til forvaltningen',
    background: 'Baggrund',
    questions: 'Spørgsmål',
    open: '»',
    close: '«',
    atMost: 'højst',
    atLeast: 'mindst',
    people: 'personer',
    secondary: 'ifølge en sekundær kilde',
    provisional: 'foreløbigt tal',
    source: 'kilde',
    table: 'tabel',
    retrieved: 'hentet',
    status: 'Status ud fra de offentliggjorte tal',
  },
  en: {
    subject: 'Question to the administration',
    background: 'Background',
    questions: 'Questions',
    open: '“',
    close: '”',
    atMost: 'at most',
    atLeast: 'at least',
    people: 'people',
    secondary: 'according to a secondary source',
    provisional: 'provisional figure',
    source: 'source',
    table: 'table',
    retrieved: 'retrieved',
    status: 'Status based on the published figures',
  },
} as const;

const oneLine = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** A value with the unit a reader expects: '556 personer', '12,5 pct.', '12 mio. kr.'. */
function withUnit(value: number, unit: string, metric: Metric | null, lang: Lang): string {
  const kind = unitKind(unit);
  if (kind === 'percent' || kind === 'dkk') return amount(value, unit, lang);
  const word = oneLine(lang === 'en' ? metric?.unitEn : metric?.unitDa);
  if (word !== '') return `${formatNumber(value, lang)} ${word}`;
  if (kind === 'persons') return `${formatNumber(value, lang)} ${T[lang].people}`;
  return amount(value, unit, lang);
}

function comparatorWord(comparator: Comparator, lang: Lang): string {
  return comparator === 'at_least' ? T[lang].atLeast : T[lang].atMost;
}

function quoteParagraph(pledge: Pledge, document: SourceDocument | undefined, lang: Lang): string {
  const t = T[lang];
  const quote = `${t.open}${oneLine(pledge.quote)}${t.close}`;
  const actor = pledge.actor?.type === 'unknown' ? '' : oneLine(pledge.actor?.name);
  const person = oneLine(pledge.actor?.person);
  const who = actor === '' ? '' : person !== '' ? `${person} (${actor})` : actor;
  const where = document
    ? `${t.open}${oneLine(document.title)}${t.close} (${formatDateWithPrecision(
        document.date,
        document.datePrecision,
        lang,
      )})`
    : null;
  const pledged = formatDate(pledge.date, lang);
  let text: string;
  if (lang === 'en') {
    if (who !== '') text = `${where ? `In ${where}` : `On ${pledged}`}, ${who} wrote: ${quote}`;
    else
      text = where ? `In ${where}, it says: ${quote}` : `The pledge of ${pledged} reads: ${quote}`;
    const summary = oneLine(pledge.summaryEn);
    if (summary !== '') text += ` (In English: ${summary})`;
  } else {
    if (who !== '') text = `${where ? `I ${where}` : `Den ${pledged}`} skrev ${who}: ${quote}`;
    else text = where ? `I ${where} står der: ${quote}` : `Løftet af ${pledged} lyder: ${quote}`;
  }
  return text;
}

function targetParagraph(
  pledge: Pledge,
  metric: Metric | null,
  lang: Lang,
  deadlinePassed: boolean,
): string | null {
  const m = pledge.measure;
  const parts: string[] = [];
  if (m && finiteOrNull(m.target) !== null && isIsoDate(m.deadline)) {
    const goal = `${comparatorWord(m.comparator, lang)} ${withUnit(m.target, m.unit, metric, lang)}`;
    const deadline = formatDate(m.deadline, lang);
    if (pledge.kind === 'threshold') {
      parts.push(
        lang === 'en'
          ? `The target is ${goal} at all times until ${deadline}.`
          : `Målet er ${goal} hele tiden frem til ${deadline}.`,
      );
    } else {
      parts.push(
        lang === 'en'
          ? `The target is ${goal} by ${deadline}.`
          : `Målet er ${goal} med frist ${deadline}.`,
      );
    }
    parts.push(
      deadlinePassed
        ? lang === 'en'
          ? 'The deadline has passed.'
          : 'Fristen er overskredet.'
        : lang === 'en'
          ? 'The deadline has not passed yet.'
          : 'Fristen er endnu ikke nået.',
    );
    const base = m.baseline;
    if (base && finiteOrNull(base.value) !== null) {
      const from = withUnit(base.value, m.unit, metric, lang);
      const period = formatPeriod(base.period, lang);
      parts.push(
        lang === 'en'
          ? `The pledge starts from ${from} in ${period}.`
          : `Løftet tager udgangspunkt i ${from} i ${period}.`,
      );
    }
  } else {
    parts.push(
      lang === 'en'
        ? 'The pledge has no target that a published statistic can be held against.'
        : 'Løftet har ikke et mål, som et offentliggjort tal kan holdes op imod.',
    );
  }
  const money = finiteOrNull(pledge.amountDkk);
  if (money !== null) {
    const sum = formatAmountDkk(money, lang);
    // 'kr.' already ends in a full stop.
    const text = lang === 'en' ? `The pledge names ${sum}` : `Løftet nævner ${sum}`;
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
  const t = T[lang];
  const value = finiteOrNull(latest?.value);
  if (!latest || value === null) {
    return lang === 'en'
      ? `No published figure measures the pledge for ${kommuneName}.`
      : `Der er ikke offentliggjort et tal, der måler løftet for ${kommuneName}.`;
  }
  const metric = series?.metric ?? null;
  const flags = latest.flags ?? [];
  const qualifier = flags.includes('lower_bound')
    ? lang === 'en'
      ? 'more than '
      : 'mere end '
    : flags.includes('approx')
      ? lang === 'en'
        ? 'about '
        : 'ca. '
      : '';
  const figure = `${qualifier}${withUnit(value, unit, metric, lang)}`;
  const what = titleOf(metric, lang, '');
  const of = what === '' ? '' : ` for ${what}`;
  const period = formatPeriod(latest.periodLabel, lang, latest.periodStart);
  const src = latest.source;
  const cite = [
    oneLine(src?.title),
    src?.table ? `${t.table} ${oneLine(src.table)}` : '',
    isIsoDate(src?.retrieved) ? `${t.retrieved} ${formatDate(src.retrieved, lang)}` : '',
    oneLine(src?.url),
  ].filter((s) => s !== '');
  const notes = [
    latest.quality === 'secondary' ? t.secondary : '',
    flags.includes('provisional') ? t.provisional : '',
  ].filter((s) => s !== '');
  const extra = notes.length > 0 ? `, ${notes.join(', ')}` : '';
  const source = cite.length > 0 ? ` (${t.source}: ${cite.join(', ')}${extra})` : '';
  return lang === 'en'
    ? `The latest published figure${of} in ${kommuneName} is ${figure} for ${period}${source}.`
    : `Det seneste offentliggjorte tal${of} i ${kommuneName} er ${figure} for ${period}${source}.`;
}

function questionList(
  pledge: Pledge,
  series: Series | null,
  hasFigure: boolean,
  deadlinePassed: boolean,
  lang: Lang,
): string[] {
  const m = pledge.measure;
  const what = titleOf(series?.metric ?? null, lang, '');
  const en = lang === 'en';
  const questions: string[] = [];
  if (m) {
    const deadline = formatDate(m.deadline, lang);
    const of = what === '' ? '' : ` for ${what}`;
    questions.push(
      en
        ? `What is the latest figure${of} known to the administration, including figures not yet published?`
        : `Hvad er det seneste tal${of}, som forvaltningen kender, også hvis det endnu ikke er offentliggjort?`,
    );
    if (hasFigure) {
      questions.push(
        en
          ? 'What, in the administration’s assessment, explains the development in the figures?'
          : 'Hvad forklarer efter forvaltningens vurdering udviklingen i tallene?',
      );
    } else {
      questions.push(
        en
          ? 'How does the administration follow whether the target is being met?'
          : 'Hvordan følger forvaltningen med i, om målet nås?',
      );
    }
    questions.push(
      deadlinePassed
        ? en
          ? `Which actions are planned now that the deadline of ${deadline} has passed?`
          : `Hvilke initiativer er planlagt, nu hvor fristen ${deadline} er overskredet?`
        : en
          ? `Which actions are planned before the deadline of ${deadline}?`
          : `Hvilke initiativer er planlagt inden fristen ${deadline}?`,
    );
  } else {
    questions.push(
      en
        ? 'What is the status of carrying out the pledge?'
        : 'Hvad er status for gennemførelsen af løftet?',
      en
        ? 'Which figures or documents can show whether the pledge has been kept?'
        : 'Hvilke tal eller dokumenter kan vise, om løftet er holdt?',
      en ? 'Which actions are planned, and when?' : 'Hvilke initiativer er planlagt, og hvornår?',
    );
  }
  return questions;
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
  const lang: Lang = args.lang === 'en' ? 'en' : 'da';
  const { pledge, document, series, evaluation } = args;
  const t = T[lang];
  const kommuneName = oneLine(args.kommuneName);
  const metric = series?.metric ?? null;
  const unit = metric?.unit ?? pledge.measure?.unit ?? '';
  const deadline = pledge.measure?.deadline;
  const deadlinePassed =
    isIsoDate(args.today) && isIsoDate(deadline)
      ? deadline < args.today
      : evaluation.deadlinePassed;

  const what = titleOf(metric, lang, '');
  const topic =
    what !== ''
      ? `${what} ${lang === 'en' ? 'in' : 'i'} ${kommuneName}`
      : lang === 'en'
        ? `a pledge in ${kommuneName}`
        : `et løfte i ${kommuneName}`;
  const subject = `${t.subject}: ${topic}`;

  const latest = evaluation.latest;
  const hasFigure = latest !== null && finiteOrNull(latest.value) !== null;
  const status = `${t.status}: ${outcomeStatusLabel(evaluation.status, lang)}.`;
  const questions = questionList(pledge, series, hasFigure, deadlinePassed, lang).map(
    (q) => `– ${q}`,
  );
  const footer =
    lang === 'en'
      ? `Draft made with Løftetjek on ${formatDate(args.today, lang)} from published figures. Check the figures against the source before sending.`
      : `Udkast lavet med Løftetjek den ${formatDate(args.today, lang)} ud fra offentliggjorte tal. Kontrollér tallene i kilden, før spørgsmålet stilles.`;

  const paragraphs = [
    `${t.background}\n${quoteParagraph(pledge, document, lang)}`,
    targetParagraph(pledge, metric, lang, deadlinePassed),
    figureParagraph(latest, series, unit, kommuneName, lang),
    status,
    [t.questions, ...questions].join('\n'),
    footer,
  ].filter((p): p is string => p !== null && p !== '');
  return { subject, body: paragraphs.join('\n\n') };
}
