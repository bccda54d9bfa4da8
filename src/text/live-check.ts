/**
 * The live check's result words (src/ui/LiveCheckPanel.svelte), Danish and English with the same
 * keys: a section of the dictionary that loads with the result on the first press (the button's
 * own words are in da.ts and en.ts). Sentences that carry a figure take it formatted already.
 */
export interface LiveCheckWords {
  allDenmark: string;
  /** What of DST's error message (in Danish) an error sentence quotes. */
  httpDetail: (detail: string) => string;
  checking: (host: string) => string;
  /** The mark on every live result. */
  liveMark: string;
  checked: (figures: number, kommuner: number) => string;
  noChanges: string;
  changesCaption: string;
  kommune: string;
  period: string;
  onPage: string;
  atDst: string;
  change: string;
  newPeriod: string;
  revised: string;
  withheld: string;
  verdictNow: string;
  verdictOnPage: string;
  request: string;
  offline: string;
  unreachable: (host: string) => string;
  timeout: (host: string, seconds: number) => string;
  http: (host: string, status: number, detail: string) => string;
  format: (host: string) => string;
}

export const liveCheckText: { da: LiveCheckWords; en: LiveCheckWords } = {
  da: {
    allDenmark: 'Hele landet',
    httpDetail: (detail) => detail,
    checking: (host) => `Henter tal fra ${host} …`,
    liveMark: 'Direkte fra Danmarks Statistik lige nu – ikke gennemgået af en redaktør.',
    checked: (figures, kommuner) =>
      `${figures} tal for ${kommuner} ${kommuner === 1 ? 'område' : 'områder'} hentet og sammenlignet med siden.`,
    noChanges: 'Danmarks Statistik har ingen nyere eller ændrede tal i forhold til siden.',
    changesCaption: 'Nyt og ændret hos Danmarks Statistik',
    kommune: 'Kommune',
    period: 'Periode',
    onPage: 'På siden',
    atDst: 'Hos DST nu',
    change: 'Ændring',
    newPeriod: 'ny periode',
    revised: 'revideret',
    withheld: 'ikke offentliggjort',
    verdictNow: 'Vurderingen i dag med tallene fra Danmarks Statistik',
    verdictOnPage: 'på siden',
    request: 'Forespørgslen',
    offline: 'Din browser er offline, så der kunne ikke tjekkes for nyere tal; siden er uændret.',
    unreachable: (host) => `${host} kunne ikke nås (nede eller blokeret); siden er uændret.`,
    timeout: (host, seconds) =>
      `${host} svarede ikke inden for ${seconds} sekunder; siden er uændret.`,
    http: (host, status, detail) =>
      `${host} afviste forespørgslen (HTTP ${status}${detail ? `: ${detail}` : ''}); siden er uændret.`,
    format: (host) =>
      `Svaret fra ${host} kunne ikke læses som Danmarks Statistiks tal; siden er uændret.`,
  },
  en: {
    allDenmark: 'All Denmark',
    // DST's message is Danish; an English page names only its code.
    httpDetail: (detail) => detail.split(':')[0] ?? '',
    checking: (host) => `Fetching figures from ${host} …`,
    liveMark: 'Live from Statistics Denmark – not reviewed by an editor.',
    checked: (figures, kommuner) =>
      `${figures} figures for ${kommuner} ${kommuner === 1 ? 'area' : 'areas'} fetched and compared with the page.`,
    noChanges: 'Statistics Denmark has no newer or changed figures than the page.',
    changesCaption: 'New and changed at Statistics Denmark',
    kommune: 'Municipality',
    period: 'Period',
    onPage: 'On the page',
    atDst: 'At DST now',
    change: 'Change',
    newPeriod: 'new period',
    revised: 'revised',
    withheld: 'not published',
    verdictNow: "Today's assessment with the figures from Statistics Denmark",
    verdictOnPage: 'on the page',
    request: 'The request',
    offline:
      'Your browser is offline, so no newer figures could be checked; the page is unchanged.',
    unreachable: (host) => `${host} could not be reached (down or blocked); the page is unchanged.`,
    timeout: (host, seconds) =>
      `${host} did not answer within ${seconds} seconds; the page is unchanged.`,
    http: (host, status, detail) =>
      `${host} refused the request (HTTP ${status}${detail ? `: ${detail}` : ''}); the page is unchanged.`,
    format: (host) =>
      `The answer from ${host} could not be read as Statistics Denmark's figures; the page is unchanged.`,
  },
};
