/**
 * The draft question to the administration in Danish. Neutral and factual by design, so any party
 * can use it; the English in en-council.ts has the same keys, checked by its type.
 */
export const daCouncil = {
  subject: 'Spørgsmål til forvaltningen',
  background: 'Baggrund',
  questions: 'Spørgsmål',
  open: '»',
  close: '«',
  secondary: 'ifølge en sekundær kilde',
  provisional: 'foreløbigt tal',
  source: 'kilde',
  table: 'tabel',
  retrieved: 'hentet',
  status: 'Status ud fra de offentliggjorte tal',
  in: 'i',
  pledgeIn: (kommune: string) => `et løfte i ${kommune}`,
  wrote: (where: string | null, pledged: string, who: string, quote: string) =>
    `${where ? `I ${where}` : `Den ${pledged}`} skrev ${who}: ${quote}`,
  says: (where: string | null, pledged: string, quote: string) =>
    where ? `I ${where} står der: ${quote}` : `Løftet af ${pledged} lyder: ${quote}`,
  /** Danish pages quote the Danish text only. */
  inEnglish: (_summary: string) => '',
  thresholdTarget: (goal: string, deadline: string) =>
    `Målet er ${goal} hele tiden frem til ${deadline}.`,
  target: (goal: string, deadline: string) => `Målet er ${goal} med frist ${deadline}.`,
  deadlinePassed: 'Fristen er overskredet.',
  deadlineAhead: 'Fristen er endnu ikke nået.',
  startsFrom: (from: string, period: string) => `Løftet tager udgangspunkt i ${from} i ${period}.`,
  noTarget: 'Løftet har ikke et mål, som et offentliggjort tal kan holdes op imod.',
  contextOnly:
    'Løftet har ikke et mål, som et offentliggjort tal kan holdes op imod; tallet nedenfor er baggrund og måler ikke selve løftet.',
  proposal: (status: string, reason: string) =>
    `Forslaget er en besparelse foreslået af forvaltningen. Status ifølge Løftetjek: ${status}. ${reason}`,
  proposalStatus: 'Forslagets status',
  names: (sum: string) => `Løftet nævner ${sum}`,
  noFigure: (kommune: string) =>
    `Der er ikke offentliggjort et tal, der måler løftet for ${kommune}.`,
  latest: (of: string, kommune: string, figure: string, period: string, source: string) =>
    `Det seneste offentliggjorte tal${of} i ${kommune} er ${figure} for ${period}${source}.`,
  askLatest: (of: string) =>
    `Hvad er det seneste tal${of}, som forvaltningen kender, også hvis det endnu ikke er offentliggjort?`,
  askExplain: 'Hvad forklarer efter forvaltningens vurdering udviklingen i tallene?',
  askAfter: (deadline: string) =>
    `Hvilke initiativer er planlagt, nu hvor fristen ${deadline} er overskredet?`,
  askBefore: (deadline: string) => `Hvilke initiativer er planlagt inden fristen ${deadline}?`,
  askStatus: 'Hvad er status for gennemførelsen af løftet?',
  askWhichSeries:
    'Hvilke tal vil forvaltningen offentliggøre, så det kan følges, om løftet holdes?',
  askPublish: (series: string) =>
    `Vil forvaltningen oplyse de seneste tal for ${series} for kommunen, så det kan følges, om løftet holdes?`,
  askPlans: 'Hvilke initiativer er planlagt, og hvornår?',
  footer: (date: string) =>
    `Udkast lavet med Løftetjek den ${date} ud fra offentliggjorte tal. Kontrollér tallene i kilden, før spørgsmålet stilles.`,
};

export type CouncilWords = typeof daCouncil;
