/**
 * The Method page's text in Danish and English, as data so it can be tested against the code it
 * describes. Status and flag words come from OUTCOME_LABELS, ACTION_LABELS and flagText, and the
 * list of caveats that block a confident verdict from BLOCKING_FLAGS, so the page cannot drift from
 * the badges or the rules. Plain strings only: the page renders them as text, never as HTML.
 */
import type { PledgeKind } from '../../domain/pledge.ts';
import type { Lang } from '../../domain/format.ts';
import { asLang, t as dictionary } from '../t.ts';
import { methodContext, type MethodContext } from './method-context.ts';
import { action, confidence, outcomeRules, outcomeStatuses, verdicts } from './verdict-sections.ts';
import { comparisons, dataQuality, knownProblems, sources } from './data-sections.ts';

export interface MethodItem {
  term: string;
  /** The code the data and the explorer use for the term, shown as code. */
  code?: string;
  text: string;
}

export interface MethodSection {
  /** Anchor id, the same in every language. */
  id: string;
  heading: string;
  paragraphs: string[];
  items?: MethodItem[];
}

/** Words around the sections: the page title and the table of contents' label. */
export function methodPageText(lang: Lang): { title: string; contents: string } {
  const w = dictionary(asLang(lang));
  return { title: w.methodTitle, contents: w.methodContents };
}

const KINDS: readonly PledgeKind[] = [
  'threshold',
  'target_by_deadline',
  'budget_amount',
  'action',
  'proposed_cut',
];

function pledges(c: MethodContext): MethodSection {
  const kinds: Record<PledgeKind, string> = {
    threshold: c.tr(
      'Et niveau, der skal holde hele tiden i løftets periode, fx behandlingsgarantien på 14 dage.',
      'A level that must hold at all times during the pledge’s period, e.g. the 14-day treatment guarantee.',
    ),
    target_by_deadline: c.tr(
      'Et niveau, der skal være nået senest på en bestemt dato.',
      'A level to be reached by a given date.',
    ),
    budget_amount: c.tr('Penge sat af i budgettet.', 'Money set aside in the budget.'),
    action: c.tr(
      'Noget, der skal gøres, fx at åbne et tilbud eller bygge boliger.',
      'Something to be done, e.g. opening a service or building homes.',
    ),
    proposed_cut: c.tr(
      'En besparelse, der er foreslået i et budgetkatalog.',
      'A saving proposed in a budget catalogue.',
    ),
  };
  return {
    id: 'pledges',
    heading: c.tr('Hvad er et løfte?', 'What is a pledge?'),
    paragraphs: [
      c.tr(
        'Et løfte i Løftetjek er et konkret tilsagn i et politisk dokument om en kommune: et nyhedsbrev, et programudkast, et budgetforslag, en budgetaftale eller et høringssvar. Hvert løfte gemmes med det ordrette citat, dokumentet, hvem der gav det, hvornår, kommunen, emnet, og hvem der reelt kan trække i håndtaget (kommunen, staten, regionen, flere i fællesskab eller civilsamfundet).',
        'A pledge in Løftetjek is a concrete promise in a political document about a municipality: a newsletter, a draft programme, a budget proposal, a budget agreement or a consultation response. Each pledge is stored with the verbatim quote, the document, who made it, when, the municipality, the theme, and who actually controls whether it happens (the municipality, the state, the region, several together, or civil society).',
      ),
      c.tr(
        'Kataloget har én fil pr. kildedokument, og dokumentets tekst ligger i projektet. Når data bygges, kontrolleres det, at hvert citat står ordret i dokumentet (kun forskelle i mellemrum ses bort fra); et citat, der ikke kan findes, afvises. Det kontrolleres også, at datoer er rigtige kalenderdatoer, at en frist ikke ligger før løftet, og at mål og kommuner findes.',
        'The catalogue has one file per source document, and the document’s text is kept in the project. When the data is built, every quote is checked to stand verbatim in its document (only differences in white space are ignored); a quote that cannot be found is rejected. The build also checks that dates are real calendar dates, that no deadline precedes its pledge, and that metrics and municipalities exist.',
      ),
      c.tr(
        `Hvert løfte registreres for sig: et dokument med flere løfter giver flere poster, hver med sit eget citat. Afsenderen tages fra teksten; siger dokumentet ikke, hvem der står bag, står der »${dictionary(c.lang).unknownActor}«. En besparelse i et budgetkatalog tilskrives forvaltningen, ikke dem, der protesterer mod den. Angiver dokumentet kun måned eller år, bruges den første dag, og det noteres, hvor præcist datoen er kendt.`,
        `Each promise is a pledge of its own: a document with several promises gives several entries, each with its own quote. The actor is taken from the text; when the document does not say who is behind it, the page says “${dictionary(c.lang).unknownActor}”. A cut proposed in a budget catalogue is attributed to the administration, not to those who object to it. When the document gives only a month or a year, the first day is used and the precision of the date is recorded.`,
      ),
      c.tr(
        `Hvert løfte siger, hvilken serie der måler det, hvilken serie der ville, eller hvorfor ingen gør. En serie er et direkte mål, når den måler det lovede, og et indirekte mål, når den kun giver baggrund; et indirekte mål giver aldrig nået eller ikke nået, men ${c.o('trend_only')}. Under »Hvorfor denne serie« står, hvorfor serien er valgt. Et tal og en frist sættes kun, når dokumentet selv angiver dem; giver dokumentet et tal, men ingen frist, bruges udgangen af valgperioden (2018–2021, 2022–2025 eller 2026–2029), og det står i noten »Sådan måles løftet«. Et udgangspunkt er altid et offentliggjort tal. Måler ingen serie i de medfølgende data løftet, vises det stadig, og resultatet er ${c.o('cannot_assess')}.`,
        `Every pledge says which series measures it, which series would, or why none does. A series is a direct measure when it measures what was promised, and an indirect measure when it only gives context; an indirect measure never gives met or not met, but ${c.o('trend_only')}. “Why this series” says why the series was chosen. A number and a deadline are set only when the document itself gives them; when it gives a number but no deadline, the end of the election term (2018–2021, 2022–2025 or 2026–2029) is used, and the note “How this pledge is measured” says so. A baseline is always a published figure. When no series in the bundled data measures the pledge, it is still shown, and its outcome is ${c.o('cannot_assess')}.`,
      ),
      c.tr('Løfterne er af fem slags:', 'Pledges are of five kinds:'),
    ],
    items: KINDS.map((k) => ({ term: dictionary(c.lang).kinds[k] ?? k, text: kinds[k] })),
  };
}

function reportError(c: MethodContext): MethodSection {
  return {
    id: 'report-error',
    heading: c.tr('Fandt du en fejl?', 'Found an error?'),
    paragraphs: [
      c.tr(
        'Opret en sag i projektets sagsliste. Skriv, hvilket løfte eller tal det gælder (gerne med linket til siden), hvad der er forkert, og hvilken kilde der viser det. Et tal eller et citat rettes kun ud fra en offentlig kilde.',
        'Open an issue in the project’s issue tracker. Say which pledge or figure it concerns (the link to the page helps), what is wrong, and which source shows it. A figure or a quote is corrected only on the basis of a public source.',
      ),
      c.tr(
        'En kommune, der vil svare på vurderingen af en handling, kan gøre det på samme måde; svaret vises med dato ved vurderingen.',
        'A municipality that wants to reply to the verdict on an action can do so the same way; the reply is shown with its date next to the verdict.',
      ),
    ],
  };
}

const SECTIONS: readonly ((c: MethodContext) => MethodSection)[] = [
  pledges,
  verdicts,
  outcomeRules,
  outcomeStatuses,
  confidence,
  action,
  dataQuality,
  comparisons,
  knownProblems,
  sources,
  reportError,
];

/** The Method page's sections in Danish or English, in reading order. */
export function methodText(lang: Lang): MethodSection[] {
  const c = methodContext(asLang(lang));
  return SECTIONS.map((section) => section(c));
}
