/**
 * The draft question to the administration in Danish. Neutral and factual by design, so any party
 * can use it; the English in en-council.ts has the same keys, checked by its type.
 */
import type { ActionStatus } from '../domain/pledge.ts';

/** 'kr.' already ends in a full stop. */
export const endSentence = (s: string): string => (s.endsWith('.') ? s : `${s}.`);

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
  deadlinePassed: 'Fristen er passeret.',
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
  askWhichSeries:
    'Hvilke tal vil forvaltningen offentliggøre, så det kan følges, om løftet holdes?',
  askPublish: (series: string) =>
    `Vil forvaltningen oplyse de seneste tal for ${series} for kommunen, så det kan følges, om løftet holdes?`,
  askPlans: 'Hvilke initiativer er planlagt, og hvornår?',
  askProposalAmount: (sum: string) =>
    `Forslaget nævner ${endSentence(sum)} Hvor stort er beløbet i det vedtagne budget?`,
  askMet: (figure: string, period: string, goal: string, deadline: string) =>
    `Tallet ${figure} for ${period} når målet om ${goal} med frist ${deadline}. Hvad skal sikre, at niveauet holder fremover?`,
  askMissed: (figure: string, period: string, goal: string, deadline: string) =>
    `Fristen ${deadline} er passeret, og tallet ${figure} for ${period} når ikke målet om ${goal}. Hvad er forklaringen, og hvad er planen nu?`,
  askBreached: (figure: string, period: string, goal: string, deadline: string) =>
    `Målet om ${goal} skal holde hele tiden frem til ${deadline}, men de offentliggjorte tal har ikke holdt det; det seneste er ${figure} for ${period}. Hvad gør forvaltningen for at holde målet resten af perioden?`,
  askOnTrack: (figure: string, period: string, goal: string, deadline: string) =>
    `Det seneste tal, ${figure} for ${period}, opfylder allerede målet om ${goal}. Hvordan sikrer forvaltningen, at det også gælder ved fristen ${deadline}?`,
  askHolding: (figure: string, period: string, goal: string, deadline: string) =>
    `Det seneste tal, ${figure} for ${period}, holder målet om ${goal}. Hvordan sikrer forvaltningen, at det holder hele tiden frem til ${deadline}?`,
  askShort: (figure: string, period: string, goal: string, deadline: string) =>
    `Det seneste tal er ${figure} for ${period}, og målet er ${goal} inden ${deadline}. Hvilke initiativer skal nå målet inden fristen?`,
  askUnclear: (figure: string, period: string, goal: string, deadline: string) =>
    `Fristen ${deadline} for målet om ${goal} er passeret, men de offentliggjorte tal afgør ikke, om det blev nået; det seneste er ${figure} for ${period}. Hvad viser forvaltningens egne tal for perioden frem til fristen?`,
  askTargetNoFigure: (of: string, goal: string, deadline: string) =>
    `Hvad er det seneste tal${of}, som forvaltningen kender, og hvordan ligger det i forhold til målet om ${goal} med frist ${deadline}?`,
  trendFigures: (
    what: string,
    kommune: string,
    from: string,
    fromPeriod: string,
    to: string,
    toPeriod: string,
  ) => `Tallet for ${what} i ${kommune} var ${from} for ${fromPeriod} og ${to} for ${toPeriod}.`,
  levelFigure: (what: string, kommune: string, figure: string, period: string) =>
    `Tallet for ${what} i ${kommune} var ${figure} for ${period}.`,
  askAims: 'Hvilket mål arbejder forvaltningen hen imod, og hvornår skal det nås?',
  askContext:
    'Tallet er baggrund og måler ikke selve løftet. Hvilke tal følger forvaltningen løftet med?',
  askWhichFigures: (headline: string) =>
    headline === ''
      ? 'Hvilke tal følger forvaltningen løftet med, og vil den offentliggøre dem?'
      : `Hvilke tal følger forvaltningen »${headline}« med, og vil den offentliggøre dem?`,
  askSpent: (sum: string) =>
    `Løftet nævner ${endSentence(sum)} Hvor meget af beløbet er brugt, og til hvad?`,
  /** By action verdict: the newest evidence (»title« (date)) and the pledge's headline, if any. */
  askAction: {
    kept: (source: string | null, _name: string) =>
      `${source ? `Løftetjek vurderer ud fra ${source}, at løftet er holdt. ` : ''}Hvilke resultater har det givet indtil nu?`,
    partly_kept: (source: string | null, _name: string) =>
      `${source ? `Løftetjek vurderer ud fra ${source}, at løftet kun er delvist holdt. ` : ''}Hvilke dele mangler, og hvornår bliver de gennemført?`,
    broken: (source: string | null, _name: string) =>
      `${source ? `Løftetjek vurderer ud fra ${source}, at løftet ikke er holdt. ` : ''}Hvorfor ikke, og er der planer om at gennemføre det alligevel?`,
    in_progress: (source: string | null, _name: string) =>
      `${source ? `Løftetjek vurderer ud fra ${source}, at arbejdet er i gang. ` : ''}Hvornår forventer forvaltningen, at løftet er gennemført?`,
    not_started: (source: string | null, _name: string) =>
      `${source ? `Løftetjek vurderer ud fra ${source}, at arbejdet ikke er gået i gang. ` : ''}Hvornår begynder det, og hvem har ansvaret?`,
    not_assessed: (source: string | null, name: string) =>
      source
        ? `Den nyeste kilde, Løftetjek har fundet, er ${source}. Hvad er status i dag${name ? ` for ${name}` : ''}?`
        : `Er der truffet beslutning${name ? ` om ${name}` : ' om løftet'}, og hvad er status i dag?`,
  } satisfies Record<ActionStatus, (source: string | null, name: string) => string>,
  dossier: {
    title: 'Løftedossier',
    intro:
      'Vælg løfter, og udskriv dem som ét dokument: hvert løfte med sine tal, kilder og et spørgsmål til forvaltningen.',
    choose: 'Vælg løfter',
    selectAll: (name: string) => `Vælg alle fra ${name}`,
    clearAll: 'Fravælg alle',
    chosen: (count: string) => `Valgt: ${count}.`,
    pledges: (n: number, count: string) => (n === 1 ? `${count} løfte` : `${count} løfter`),
    titleLine: (what: string, printed: string, count: string) =>
      `Løftetjek-dossier: ${what} · udskrevet ${printed} · ${count}`,
    noneChosen: 'Ingen løfter er valgt endnu. Vælg dem ovenfor, så står de her, klar til udskrift.',
    unknown: (ids: string) => `Linket nævner løfter, som Løftetjek ikke har: ${ids}.`,
    ignored: (count: string) =>
      `${count} dele af linket var ikke løfte-id'er eller lå over grænsen på 60 løfter og er sprunget over.`,
    document: 'Dokument',
    latest: (series: string) => `Seneste tal: ${series}`,
    ofTotal: (shown: string, total: string) =>
      `De seneste ${shown} af ${total} perioder; alle tal står på løftets side.`,
    questions: 'Spørgsmål til forvaltningen',
    page: 'Løftets side',
  },
  footer: (date: string) =>
    `Udkast lavet med Løftetjek den ${date} ud fra offentliggjorte tal. Kontrollér tallene i kilden, før spørgsmålet stilles.`,
};

export type CouncilWords = typeof daCouncil;
