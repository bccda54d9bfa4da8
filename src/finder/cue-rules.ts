/**
 * The cues that make a sentence a candidate pledge: the words a Danish political text uses to
 * promise, demand, fund, decide or propose. Each rule has an id, so every candidate can say which
 * words made it one; the page and the CLI name the rule (src/text/finder.ts) and show the words.
 *
 * Recall over precision: an editor deletes a wrong candidate in a second, but a pledge the finder
 * misses is never seen. What is left out on purpose: a cue under a negation ("skal ikke", "det
 * handler ikke om, at vi øger") and sentences that only describe ("Vi lever i en tid med …").
 */
import { words as wordsIn } from './word-pattern.ts';

/** Cue words match in any case: a sentence may start with one ("Vil de …", "Aftalen …"). */
const words = (source: string) => wordsIn(source, 'giu');

export const CUE_IDS = [
  'skal',
  'vil',
  'sikre',
  'afsaette',
  'tilfoere',
  'oeremaerke',
  'garanti',
  'midler',
  'vi_goer',
  'passiv',
  'beslutning',
  'aftale',
  'anmodning',
  'maal',
  'punkt_krav',
  'spareforslag',
  'besparelse',
  'spoergsmaal',
] as const;
export type CueId = (typeof CUE_IDS)[number];

export interface CueMatch {
  cue: CueId;
  /** The words that matched, as they stand in the text. */
  text: string;
  /** Offset in the segment's text. */
  index: number;
}

/** Verbs a "vi" promises with in the present tense ("Vi øger …", "afprøver vi …"). */
const WE_VERBS =
  'øger|styrker|samler|indgår|afprøver|opretter|etablerer|investerer|prioriterer|udvider|opruster|bygger|åbner|indfører|hæver|sænker|forbedrer|fordobler|bevarer|fastholder|reducerer|støtter|regulerer|afsætter|tilfører|sikrer|giver|skaber|ansætter|nedbringer|halverer|viderefører|igangsætter|iværksætter|arbejder for|kæmper for|går ind for';

const RULES: { cue: CueId; pattern: RegExp }[] = [
  { cue: 'skal', pattern: words('skal') },
  { cue: 'vil', pattern: words('vil') },
  { cue: 'sikre', pattern: words('sikre[rst]?|sikring(?:en)?') },
  {
    cue: 'afsaette',
    pattern: words('afsætte[rs]?|afsat|sætte[rs]?[^.!?]{0,60}?\\saf(?=[\\s,.])'),
  },
  { cue: 'tilfoere', pattern: words('tilføre[rs]?|tilført') },
  { cue: 'oeremaerke', pattern: words('øremærke[rst]?|øremærkede|øremærkning(?:en)?') },
  { cue: 'garanti', pattern: words('[\\p{L}-]*garanti(?:en|er|erne)?') },
  { cue: 'midler', pattern: words('[\\p{L}]*midler(?:ne)?|finansiering(?:en)?|finansiere[rs]?') },
  { cue: 'vi_goer', pattern: words(`vi (?:${WE_VERBS})|(?:${WE_VERBS}) vi`) },
  {
    cue: 'passiv',
    pattern: words(
      'reguleres|etableres|oprettes|udbredes|afprøves|styrkes|indføres|udvides|prioriteres|bevilges|fordeles|igangsættes|iværksættes|søsættes|nedlægges|lukkes',
    ),
  },
  {
    cue: 'beslutning',
    pattern: words(
      'besluttede|besluttet|vedtaget|vedtog|indgik|indgået|aftalt|indledt|igangsat|fordeler|fordelt|bevilget|bevilgede',
    ),
  },
  {
    cue: 'aftale',
    pattern: words('[\\p{L}-]*aftale(?:n|r|rne)?|[\\p{L}-]*aftaleparti[\\p{L}]*|forlig[\\p{L}]*'),
  },
  {
    cue: 'anmodning',
    pattern: words(
      'anmoder|opfordrer|bedes|beder[^.!?]{0,60}?\\som|bad[^.!?]{0,60}?\\som|kræver|foreslår|ønsker|savner|efterlyser',
    ),
  },
  { cue: 'maal', pattern: words('målet er|mål om|[\\p{L}]*målsætning(?:en|er)?') },
  {
    cue: 'spareforslag',
    pattern:
      /^\d{1,2}\.\d{1,2}\s+[^\n]*?(?:besparelse|nedlæggelse|reduktion|tilpasning|lukning|nedskæring|effektivisering|bortfald|ophør)/giu,
  },
  {
    cue: 'besparelse',
    pattern: words('spare|skære ned|nedlægge|lukke|fjerne|beskære|nedskære'),
  },
];

/** A list item that asks for more, less or better ("4) Flere hjemløse i egen bolig"). */
const DEMAND_ITEM =
  /^(?:\d{1,2}[.)]\s*)?(?:Flere|Færre|Bedre|Mere|Mindre|Øget|Øgede|Styrket|Styrkede|Nye?|Nej til|Ja til|Stop for|Fortsat|Gratis|Kortere|Hurtigere|Lavere|Højere)(?![\p{L}\p{N}])/u;

/** Openings of sentences that describe the world rather than promise anything. */
const DESCRIPTION =
  /^(?:Vi lever i en tid|Vi står i en tid|Vi befinder os i en tid|Erfaringer viser|Erfaringerne fra|Som (?:hun|han|de) sagde|Det er ingen hemmelighed)(?![\p{L}\p{N}])/u;

const NEGATION = words('ikke|aldrig|ingenlunde');
/** "Det handler ikke om, at vi øger …": the negation governs the clause after the comma. */
const NEGATED_CLAUSE = /(?<![\p{L}\p{N}])(?:ikke|aldrig) om,? at(?![\p{L}\p{N}])/u;
/** Cues that a following "ikke" negates: "skal ikke", "vil ikke være". */
const MODAL: ReadonlySet<CueId> = new Set(['skal', 'vil']);

export interface CueOptions {
  listItem: boolean;
}

/** The cues in one sentence or list item, without negated ones; none for a mere description. */
export function findCues(text: string, options: CueOptions): CueMatch[] {
  if (DESCRIPTION.test(text)) return [];
  const found: CueMatch[] = [];
  for (const { cue, pattern } of RULES) {
    for (const m of text.matchAll(pattern)) {
      if (!negated(text, m.index, m[0], cue)) found.push({ cue, text: m[0], index: m.index });
    }
  }
  const demand = options.listItem ? DEMAND_ITEM.exec(text) : null;
  if (demand) found.push({ cue: 'punkt_krav', text: demand[0], index: demand.index });
  const question = /\?[”"'’»)\]]*$/u.exec(text);
  if (question) found.push({ cue: 'spoergsmaal', text: '?', index: question.index });
  // One entry per cue and wording: "skal … skal … skal" explains no more than one "skal".
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.index - b.index)
    .filter((c) => {
      const key = `${c.cue} ${c.text.toLowerCase()}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function negated(text: string, index: number, match: string, cue: CueId): boolean {
  // The clause before the cue: from the last stop, colon, semicolon or dash.
  const before = text.slice(0, index);
  const clauseStart = Math.max(...[...'.;:!?–—'].map((c) => before.lastIndexOf(c)));
  const clause = before.slice(clauseStart + 1);
  if (NEGATED_CLAUSE.test(clause)) return true;
  if (/(?<![\p{L}\p{N}])(?:ikke|aldrig)\s+$/u.test(before)) return true;
  if (MODAL.has(cue)) {
    // "skal ikke", "skal heller ikke", "vil aldrig": the modal itself is negated.
    const after = text.slice(index + match.length, index + match.length + 24);
    const next = after.split(/\s+/u).filter(Boolean).slice(0, 2).join(' ');
    NEGATION.lastIndex = 0;
    if (NEGATION.test(next)) return true;
  }
  return false;
}
