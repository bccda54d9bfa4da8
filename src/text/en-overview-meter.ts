/** The English of da-overview-meter.ts. */
import type { OverviewMeterWords } from './da-overview-meter.ts';

export const enOverviewMeter: OverviewMeterWords = {
  headingAll: (total) => `The verdicts on all ${total} pledges`,
  headingSome: (shown, total) =>
    `The verdicts on the ${shown} pledges the filters show (of ${total})`,
  headingNone: (total) => `None of the ${total} pledges matches the filters`,
  nothingShown: 'So every count below is 0.',
  legend:
    'The outcome is measured in the statistics, the action assessed by the editors, each on its own.',
  other: 'Other verdict',
  latestRetrieval: (date) => `Latest figures retrieved ${date}.`,
  retrievalNote: 'Each chart says when its figures were retrieved.',
  noFiguresYet: 'The bundled data has no figures for the pledges yet.',
  summaryHeading: 'By municipality',
  summaryToggle: (n) => `By municipality (${n})`,
  summaryCaption: (filtered) =>
    filtered
      ? 'Pledges by municipality, counted among those the filters show. The name leads to its pledges.'
      : 'Pledges by municipality. The name leads to its pledges.',
  colPledges: 'Pledges',
  colWithFigures: 'With figures',
  ofTotal: (n, total) => `${n} of ${total}`,
  noneShownHere: 'none shown',
  filtersToggle: (active) => (active === 0 ? 'Filters (none set)' : `Filters (${active} set)`),
};
