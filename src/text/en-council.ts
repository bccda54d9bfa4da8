/** The draft question to the administration in English; the keys are da-council.ts's. */
import { endSentence, type CouncilWords } from './da-council.ts';

export const enCouncil: CouncilWords = {
  subject: 'Question to the administration',
  background: 'Background',
  questions: 'Questions',
  open: '“',
  close: '”',
  secondary: 'according to a secondary source',
  provisional: 'provisional figure',
  source: 'source',
  table: 'table',
  retrieved: 'retrieved',
  status: 'Status based on the published figures',
  in: 'in',
  pledgeIn: (kommune) => `a pledge in ${kommune}`,
  wrote: (where, pledged, who, quote) =>
    `${where ? `In ${where}` : `On ${pledged}`}, ${who} wrote: ${quote}`,
  says: (where, pledged, quote) =>
    where ? `In ${where}, it says: ${quote}` : `The pledge of ${pledged} reads: ${quote}`,
  inEnglish: (summary) => (summary === '' ? '' : ` (In English: ${summary})`),
  thresholdTarget: (goal, deadline) => `The target is ${goal} at all times until ${deadline}.`,
  target: (goal, deadline) => `The target is ${goal} by ${deadline}.`,
  deadlinePassed: 'The deadline has passed.',
  deadlineAhead: 'The deadline has not passed yet.',
  startsFrom: (from, period) => `The pledge starts from ${from} in ${period}.`,
  noTarget: 'The pledge has no target that a published statistic can be held against.',
  contextOnly:
    'The pledge has no target that a published statistic can be held against; the figure below is context and does not measure the pledge itself.',
  proposal: (status, reason) =>
    `The proposal is a cut put forward by the administration. Status according to Løftetjek: ${status}. ${reason}`,
  proposalStatus: 'Status of the proposal',
  names: (sum) => `The pledge names ${sum}`,
  noFigure: (kommune) => `No published figure measures the pledge for ${kommune}.`,
  latest: (of, kommune, figure, period, source) =>
    `The latest published figure${of} in ${kommune} is ${figure} for ${period}${source}.`,
  askLatest: (of) =>
    `What is the latest figure${of} known to the administration, including figures not yet published?`,
  askExplain: 'What, in the administration’s assessment, explains the development in the figures?',
  askWhichSeries:
    'Which figures will the administration publish so that it can be followed whether the pledge is kept?',
  askPublish: (series) =>
    `Will the administration give the latest figures for ${series} for the municipality, so that it can be followed whether the pledge is kept?`,
  askPlans: 'Which actions are planned, and when?',
  askProposalAmount: (sum) =>
    `The proposal names ${endSentence(sum)} How large is the amount in the adopted budget?`,
  askMet: (figure, period, goal, deadline) =>
    `The figure of ${figure} for ${period} meets the target of ${goal} by ${deadline}. What will keep it at that level?`,
  askMissed: (figure, period, goal, deadline) =>
    `The deadline of ${deadline} has passed, and the figure of ${figure} for ${period} does not meet the target of ${goal}. What explains this, and what is the plan now?`,
  askBreached: (figure, period, goal, deadline) =>
    `The target of ${goal} must hold at all times until ${deadline}, but the published figures have not held it; the latest is ${figure} for ${period}. What is the administration doing to hold the target for the rest of the period?`,
  askOnTrack: (figure, period, goal, deadline) =>
    `The latest figure, ${figure} for ${period}, already meets the target of ${goal}. How will the administration make sure it still does at the deadline of ${deadline}?`,
  askHolding: (figure, period, goal, deadline) =>
    `The latest figure, ${figure} for ${period}, holds the target of ${goal}. How will the administration make sure it holds at all times until ${deadline}?`,
  askShort: (figure, period, goal, deadline) =>
    `The latest figure is ${figure} for ${period}, and the target is ${goal} by ${deadline}. Which actions will reach the target before the deadline?`,
  askUnclear: (figure, period, goal, deadline) =>
    `The deadline of ${deadline} for the target of ${goal} has passed, but the published figures do not settle whether it was met; the latest is ${figure} for ${period}. What do the administration’s own figures show for the period up to the deadline?`,
  askTargetNoFigure: (of, goal, deadline) =>
    `What is the latest figure${of} known to the administration, and how does it compare with the target of ${goal} by ${deadline}?`,
  trendFigures: (what, kommune, from, fromPeriod, to, toPeriod) =>
    `The figure for ${what} in ${kommune} was ${from} for ${fromPeriod} and ${to} for ${toPeriod}.`,
  levelFigure: (what, kommune, figure, period) =>
    `The figure for ${what} in ${kommune} was ${figure} for ${period}.`,
  askAims: 'What target is the administration working towards, and by when?',
  askContext:
    'The figure is context and does not measure the pledge itself. Which figures does the administration follow the pledge by?',
  askWhichFigures: (headline) =>
    headline === ''
      ? 'Which figures does the administration follow the pledge by, and will it publish them?'
      : `Which figures does the administration follow “${headline}” by, and will it publish them?`,
  askSpent: (sum) =>
    `The pledge names ${endSentence(sum)} How much of it has been spent, and on what?`,
  askAction: {
    kept: (source) =>
      `${source ? `Based on ${source}, Løftetjek finds the pledge kept. ` : ''}What has it achieved so far?`,
    partly_kept: (source) =>
      `${source ? `Based on ${source}, Løftetjek finds the pledge only partly kept. ` : ''}Which parts are missing, and when will they be carried out?`,
    broken: (source) =>
      `${source ? `Based on ${source}, Løftetjek finds the pledge broken. ` : ''}Why, and are there plans to carry it out after all?`,
    in_progress: (source) =>
      `${source ? `Based on ${source}, Løftetjek finds the work in progress. ` : ''}When does the administration expect the pledge to be carried out?`,
    not_started: (source) =>
      `${source ? `Based on ${source}, Løftetjek finds the work not started. ` : ''}When will it start, and who is responsible?`,
    not_assessed: (source, name) =>
      source
        ? `The newest source Løftetjek has found is ${source}. What is the status today${name ? ` of ${name}` : ''}?`
        : `Has a decision been made${name ? ` on ${name}` : ' on the pledge'}, and what is the status today?`,
  },
  dossier: {
    title: 'Pledge dossier',
    intro:
      'Choose pledges and print them as one document: each pledge with its figures, sources and a question to the administration.',
    choose: 'Choose pledges',
    selectAll: (name) => `Select all from ${name}`,
    clearAll: 'Clear all',
    chosen: (count) => `Chosen: ${count}.`,
    pledges: (n, count) => (n === 1 ? `${count} pledge` : `${count} pledges`),
    titleLine: (what, printed, count) =>
      `Løftetjek dossier: ${what} · printed ${printed} · ${count}`,
    noneChosen: 'No pledges chosen yet. Choose them above and they appear here, ready to print.',
    unknown: (ids) => `The link names pledges that Løftetjek does not have: ${ids}.`,
    ignored: (count) =>
      `${count} parts of the link were not pledge ids or went beyond the limit of 60 pledges and were skipped.`,
    document: 'Document',
    latest: (series) => `Latest figures: ${series}`,
    ofTotal: (shown, total) =>
      `The latest ${shown} of ${total} periods; every figure is on the pledge’s page.`,
    questions: 'Questions to the administration',
    page: 'The pledge’s page',
  },
  footer: (date) =>
    `Draft made with Løftetjek on ${date} from published figures. Check the figures against the source before sending.`,
};
