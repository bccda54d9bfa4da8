/** The overview's meter, per-kommune summary and folding filters: only the overview's chunk needs them. The English in en-overview-meter.ts has the same keys, checked by its type. */
export const daOverviewMeter = {
  headingAll: (total: string) => `Vurderingerne af alle ${total} løfter`,
  headingSome: (shown: string, total: string) =>
    `Vurderingerne af de ${shown} løfter, filtrene viser (af ${total})`,
  headingNone: (total: string) => `Ingen af de ${total} løfter passer til filtrene`,
  nothingShown: 'Derfor er alle tal herunder 0.',
  legend: 'Resultatet måles i statistikken, handlingen vurderes af redaktionen, hver for sig.',
  other: 'Anden vurdering',
  latestRetrieval: (date: string) => `Seneste tal hentet ${date}.`,
  retrievalNote: 'Ved hver graf står, hvornår dens tal er hentet.',
  noFiguresYet: 'De medfølgende data har endnu ingen tal for løfterne.',
  summaryHeading: 'Pr. kommune',
  summaryToggle: (n: string) => `Pr. kommune (${n})`,
  summaryCaption: (filtered: boolean): string =>
    filtered
      ? 'Løfter pr. kommune, talt blandt dem, filtrene viser. Kommunens navn fører til dens løfter.'
      : 'Løfter pr. kommune. Kommunens navn fører til dens løfter.',
  colPledges: 'Løfter',
  colWithFigures: 'Med tal',
  ofTotal: (n: string, total: string) => `${n} af ${total}`,
  noneShownHere: 'ingen vist',
  filtersToggle: (active: number): string =>
    active === 0
      ? 'Filtre (ingen valgt)'
      : `Filtre (${active} ${active === 1 ? 'valgt' : 'valgte'})`,
};

export type OverviewMeterWords = typeof daOverviewMeter;
