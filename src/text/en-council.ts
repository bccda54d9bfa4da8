/** The draft question to the administration in English; the keys are da-council.ts's. */
import type { CouncilWords } from './da-council.ts';

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
  askAfter: (deadline) =>
    `Which actions are planned now that the deadline of ${deadline} has passed?`,
  askBefore: (deadline) => `Which actions are planned before the deadline of ${deadline}?`,
  askStatus: 'What is the status of carrying out the pledge?',
  askWhichSeries:
    'Which figures will the administration publish so that it can be followed whether the pledge is kept?',
  askPublish: (series) =>
    `Will the administration give the latest figures for ${series} for the municipality, so that it can be followed whether the pledge is kept?`,
  askPlans: 'Which actions are planned, and when?',
  footer: (date) =>
    `Draft made with Løftetjek on ${date} from published figures. Check the figures against the source before sending.`,
};
