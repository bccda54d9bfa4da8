/**
 * The Method page's text in Danish and English, as data so it can be tested against the code it
 * describes. Status and flag words come from OUTCOME_LABELS, ACTION_LABELS and flagText, and the
 * list of caveats that block a confident verdict from BLOCKING_FLAGS, so the page cannot drift from
 * the badges or the rules. Plain strings only: the page renders them as text, never as HTML.
 */
import { OUTCOME_LABELS, OUTCOME_STATUSES, type OutcomeStatus } from '../domain/outcome.ts';
import { ACTION_LABELS } from '../domain/evaluate-action.ts';
import { BLOCKING_FLAGS, flagText } from '../domain/reasons.ts';
import { QUALITY_FLAGS, type QualityFlag } from '../domain/series.ts';
import type { ActionStatus, PledgeKind } from '../domain/pledge.ts';
import { formatNumber, type Lang } from '../domain/format.ts';
import { strings } from './i18n.ts';

export interface MethodItem {
  term: string;
  text: string;
}

export interface MethodSection {
  /** Anchor id, the same in every language. */
  id: string;
  heading: string;
  paragraphs: string[];
  items?: MethodItem[];
}

type Pair = { da: string; en: string };

/** Words around the sections: the page title and the table of contents' label. */
export function methodPageText(lang: Lang): { title: string; contents: string } {
  return lang === 'en'
    ? { title: 'Method', contents: 'Contents' }
    : { title: 'Metode', contents: 'Indhold' };
}

interface Ctx {
  lang: Lang;
  tr: (da: string, en: string) => string;
  /** An outcome label in quotation marks, exactly as the badge writes it. */
  o: (status: OutcomeStatus) => string;
  a: (status: ActionStatus) => string;
  n: (value: number) => string;
}

function context(lang: Lang): Ctx {
  const q = (s: string) => (lang === 'en' ? `“${s}”` : `»${s}«`);
  return {
    lang,
    tr: (da, en) => (lang === 'en' ? en : da),
    o: (status) => q(OUTCOME_LABELS[status][lang]),
    a: (status) => q(ACTION_LABELS[status][lang]),
    n: (value) => formatNumber(value, lang),
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const KINDS: readonly PledgeKind[] = [
  'threshold',
  'target_by_deadline',
  'budget_amount',
  'action',
  'proposed_cut',
];

function pledges(c: Ctx): MethodSection {
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
        `Hvert løfte registreres for sig: et dokument med flere løfter giver flere poster, hver med sit eget citat. Afsenderen tages fra teksten; siger dokumentet ikke, hvem der står bag, står der »${strings('da').unknownActor}«. En besparelse i et budgetkatalog tilskrives forvaltningen, ikke dem, der protesterer mod den. Angiver dokumentet kun måned eller år, bruges den første dag, og det noteres, hvor præcist datoen er kendt.`,
        `Each promise is a pledge of its own: a document with several promises gives several entries, each with its own quote. The actor is taken from the text; when the document does not say who is behind it, the page says “${strings('en').unknownActor}”. A cut proposed in a budget catalogue is attributed to the administration, not to those who object to it. When the document gives only a month or a year, the first day is used and the precision of the date is recorded.`,
      ),
      c.tr(
        `Et løfte får kun et mål, når en offentlig statistik måler det. Målet (tal, retning og frist) er redaktionens oversættelse af løftets ord til en statistisk serie og dermed en fortolkning; i noten »Sådan måles løftet« på løftets side står, hvorfor serien måler løftet, og hvor godt. Giver dokumentet ingen frist, bruges udgangen af valgperioden (2018–2021, 2022–2025 eller 2026–2029), og det står i noten. Et udgangspunkt er altid et offentliggjort tal. Et løfte uden mål vises stadig, men resultatet er ${c.o('cannot_assess')}.`,
        `A pledge gets a measure only when a public statistic measures it. The measure (figure, direction and deadline) is the editors’ translation of the pledge’s words into a statistical series, and so an interpretation; the note “How this pledge is measured” on the pledge’s page says why the series measures the pledge, and how well. When the document gives no deadline, the end of the election term (2018–2021, 2022–2025 or 2026–2029) is used, and the note says so. A baseline is always a published figure. A pledge without a measure is still shown, but its outcome is ${c.o('cannot_assess')}.`,
      ),
      c.tr('Løfterne er af fem slags:', 'Pledges are of five kinds:'),
    ],
    items: KINDS.map((k) => ({ term: strings(c.lang).kinds[k] ?? k, text: kinds[k] })),
  };
}

function verdicts(c: Ctx): MethodSection {
  return {
    id: 'two-verdicts',
    heading: c.tr('To adskilte vurderinger', 'Two separate verdicts'),
    paragraphs: [
      c.tr(
        'Hvert løfte får to vurderinger, som aldrig lægges sammen til én karakter.',
        'Every pledge gets two verdicts, which are never merged into one score.',
      ),
      c.tr(
        'Resultatet er målt: det beregnes automatisk ud fra den offentlige serie og løftets mål og frist. Det siger, hvordan tallene har udviklet sig, ikke hvem der har æren eller skylden.',
        'The outcome is measured: it is computed automatically from the public series and the pledge’s target and deadline. It says how the figures have moved, not who deserves the credit or the blame.',
      ),
      c.tr(
        'Handlingen er redaktionel: en vurdering af, om det lovede blev gjort, bygget på daterede kilder og med plads til kommunens svar.',
        'The action is editorial: a judgement of whether the promised thing was done, based on dated evidence and with room for the municipality’s reply.',
      ),
      c.tr(
        `De to kan pege hver sin vej: et afrusningstilbud kan være åbnet (handling ${c.a('kept')}), mens de tal, det skulle flytte, ikke har flyttet sig (resultat ${c.o('not_met')}).`,
        `The two can point in different directions: a detox unit can open (action ${c.a('kept')}) while the figures it was meant to move do not (outcome ${c.o('not_met')}).`,
      ),
    ],
  };
}

function outcomeRules(c: Ctx): MethodSection {
  const blocking = QUALITY_FLAGS.filter((f) => BLOCKING_FLAGS.has(f))
    .map((f) => flagText(f, c.lang))
    .join('; ');
  return {
    id: 'outcome',
    heading: c.tr('Sådan beregnes resultatet', 'How the outcome is computed'),
    paragraphs: [
      c.tr(
        'Resultatet beregnes ud fra løftets mål, den offentlige serie for løftets kommune og dagens dato. Samme løfte og samme tal giver altid samme resultat, og hvert resultat har sine begrundelser med.',
        'The outcome is computed from the pledge’s measure, the public series for the pledge’s municipality and today’s date. The same pledge and the same figures always give the same outcome, and every outcome comes with its reasons.',
      ),
      c.tr(
        `Et tal er rent, når det har en værdi, kommer fra en primær kilde og ikke har nogen af disse forbehold: ${blocking}. Kun rene tal kan give et sikkert ${c.o('met')} eller ${c.o('not_met')}.`,
        `A figure is clean when it has a value, comes from a primary source and carries none of these caveats: ${blocking}. Only clean figures can give a confident ${c.o('met')} or ${c.o('not_met')}.`,
      ),
      c.tr(
        'Har flere kilder et tal for samme periode, bruges et tal med værdi frem for et manglende, derefter tallet fra en primær kilde, derefter tallet uden forbehold. Tal uden periode indgår ikke i vurderingen.',
        'When several sources give a figure for the same period, one with a value wins over a missing one, then the one from a primary source, then the one without caveats. Figures without a period are left out of the verdict.',
      ),
      c.tr(
        'Fristen er overskredet fra dagen efter fristen; selve fristdagen tæller med. Tal for perioder, der begynder efter fristen, ændrer aldrig vurderingen af en overskredet frist, men de vises stadig i grafen.',
        'The deadline has passed from the day after it; the deadline day itself still counts. Figures for periods that start after the deadline never change the verdict on a passed deadline, but they are still shown in the chart.',
      ),
      c.tr(
        `Mål med frist (og alle andre slags løfter end grænseværdier), når fristen er overskredet: det seneste tal for en periode, der begynder senest på fristdagen, afgør sagen. Udkommer serien med fast hyppighed (år, halvår, kvartal eller måned), og er det seneste tal fra en tidligere periode end den, fristen falder i, er det afgørende tal ikke udkommet endnu, og resultatet er ${c.o('cannot_assess')}, indtil det kommer.`,
        `Targets with a deadline (and every kind of pledge other than a threshold), once the deadline has passed: the latest figure for a period starting on or before the deadline decides. When the series has a fixed frequency (year, half-year, quarter or month) and that figure is for an earlier period than the one the deadline falls in, the deciding figure is not out yet, and the outcome is ${c.o('cannot_assess')} until it is.`,
      ),
      c.tr(
        `Grænseværdier: alle tal for perioder, der begynder mellem løftets dato og fristen, skal overholde grænsen. Et rent tal, der bryder grænsen, giver ${c.o('not_met')} med det samme, også før fristen, for intet senere tal kan gøre det om. Efter fristen kræver ${c.o('met')}, at alle perioder er med (ved fast hyppighed), og at alle tallene er rene og overholder grænsen; ellers er resultatet ${c.o('cannot_assess')} med begrundelsen (huller, tal der ikke er udkommet, forbehold). Før fristen, og så længe intet rent tal har brudt grænsen, vurderes en grænseværdi på retningen som andre løfter.`,
        `Thresholds: every figure for a period starting between the pledge’s date and the deadline must satisfy the limit. A clean figure that breaks it gives ${c.o('not_met')} at once, even before the deadline, since nothing later can undo it. After the deadline, ${c.o('met')} needs every period present (for a fixed frequency), and every figure clean and within the limit; otherwise the outcome is ${c.o('cannot_assess')} with the reasons (gaps, figures not out yet, caveats). Before the deadline, as long as no clean figure has broken the limit, a threshold is judged on its direction like other pledges.`,
      ),
      c.tr(
        `Før fristen ses på retningen: de to seneste tal med en værdi for perioder, der begynder senest på fristdagen. Bevæger de sig mod målet (faldende, når målet er et loft; stigende, når det er et minimum), er resultatet ${c.o('toward_target')}; bevæger de sig væk, ${c.o('away_from_target')}; er tallet uændret, ${c.o('not_yet_due')}. Enhver ændring tæller; der er ingen grænse for, hvor stor den skal være. Retningen vises, også når det seneste tal allerede lever op til målet; sætningen på løftets side siger det så. Er det seneste af de to tal markeret som brud i serien, beregnes ingen retning.`,
        `Before the deadline, the direction counts: the last two figures with a value for periods starting on or before the deadline. If they move toward the target (falling when the target is a ceiling, rising when it is a minimum), the outcome is ${c.o('toward_target')}; if they move away, ${c.o('away_from_target')}; if the figure is unchanged, ${c.o('not_yet_due')}. Any change counts; there is no minimum size. The direction is shown even when the latest figure already meets the target; the sentence on the pledge’s page then says so. If the later of the two figures is marked as a break in the series, no direction is computed.`,
      ),
      c.tr(
        `Perioder uden tal er huller. De udfyldes aldrig, der interpoleres ikke, og et manglende tal giver aldrig ${c.o('met')} eller ${c.o('not_met')}. Mangler de nyeste tal, sammenlignes de to seneste tal, der findes, og hullet nævnes i begrundelsen.`,
        `Periods without a figure are gaps. They are never filled in, nothing is interpolated, and a missing figure never gives ${c.o('met')} or ${c.o('not_met')}. When the newest figures are missing, the last two figures that exist are compared, and the gap is named in the reasons.`,
      ),
    ],
  };
}

function outcomeStatuses(c: Ctx): MethodSection {
  const texts: Record<OutcomeStatus, string> = {
    met: c.tr(
      'Målet er nået. Gives kun, når fristen er overskredet, og det afgørende tal er rent og lever op til målet. For en grænseværdi skal alle perioder fra løftets dato til fristen være med, være rene og overholde grænsen.',
      'The target was met. Given only when the deadline has passed and the deciding figure is clean and meets the target. For a threshold, every period from the pledge’s date to the deadline must be present, clean and within the limit.',
    ),
    not_met: c.tr(
      'Målet er ikke nået. Gives, når fristen er overskredet, og det afgørende rene tal ikke lever op til målet, eller for en grænseværdi, så snart et rent tal i løftets periode bryder grænsen, også før fristen.',
      'The target was not met. Given when the deadline has passed and the deciding clean figure does not meet the target, or, for a threshold, as soon as a clean figure in the pledge’s period breaks the limit, even before the deadline.',
    ),
    toward_target: c.tr(
      'Fristen er ikke overskredet, og de to seneste tal før fristen bevæger sig mod målet. Det siger ikke, om målet nås i tide.',
      'The deadline has not passed, and the last two figures before it move toward the target. It does not say whether the target will be reached in time.',
    ),
    away_from_target: c.tr(
      'Fristen er ikke overskredet, og de to seneste tal før fristen bevæger sig væk fra målet. Det seneste tal kan alligevel leve op til målet.',
      'The deadline has not passed, and the last two figures before it move away from the target. The latest figure may still meet the target.',
    ),
    not_yet_due: c.tr(
      'Fristen er ikke overskredet, og tallene viser ingen retning: tallet er uændret, der er kun ét tal fra før fristen, eller det seneste tal er markeret som brud i serien.',
      'The deadline has not passed, and the figures show no direction: the figure is unchanged, there is only one figure from before the deadline, or the latest figure is marked as a break in the series.',
    ),
    cannot_assess: c.tr(
      'Resultatet kan ikke afgøres sikkert. Gives, når ingen offentlig statistik måler løftet; når løftets mål eller frist ikke er angivet korrekt; når der ingen tal er, eller tallene hører til et andet mål eller en anden kommune; når der ingen tal er fra før fristen (for en grænseværdi: fra løftets periode); og når fristen er overskredet, men det afgørende tal mangler, ikke er udkommet endnu eller ikke er rent. Begrundelsen står altid ved resultatet.',
      'The outcome cannot be settled with confidence. Given when no public statistic measures the pledge; when the pledge’s target or deadline is not given correctly; when there are no figures, or they belong to another metric or municipality; when there are no figures from before the deadline (for a threshold: from the pledge’s period); and when the deadline has passed but the deciding figure is missing, not out yet, or not clean. The reasons are always shown with the outcome.',
    ),
  };
  return {
    id: 'outcome-statuses',
    heading: c.tr('Resultatets statusser', 'Outcome statuses'),
    paragraphs: [
      c.tr(
        'Mærket ved hvert løfte bruger præcis disse ord.',
        'The badge on each pledge uses exactly these words.',
      ),
    ],
    items: OUTCOME_STATUSES.map((s) => ({ term: OUTCOME_LABELS[s][c.lang], text: texts[s] })),
  };
}

function confidence(c: Ctx): MethodSection {
  return {
    id: 'confidence',
    heading: c.tr('Sikkerhed og vejledende resultat', 'Confidence and indicative result'),
    paragraphs: [
      c.tr(
        'Ud over status har hvert resultat en sikkerhed, normal eller lav, og i nogle tilfælde et vejledende resultat.',
        'Besides its status, every outcome has a confidence, normal or low, and in some cases an indicative result.',
      ),
    ],
    items: [
      {
        term: c.tr('Lav sikkerhed', 'Low confidence'),
        text: c.tr(
          `Sikkerheden er kun normal, når resultatet bygger på rene, fuldstændige tal. Den er lav, når resultatet er ${c.o('cannot_assess')}, eller når en begrundelse handler om tallenes kvalitet: et tal kun fra en sekundær kilde, et foreløbigt tal, et tal med forbehold, et hul i serien eller for få tal til en retning. Fx kan ${c.o('toward_target')} bygge på et tal fra en avis; så er sikkerheden lav.`,
          `Confidence is normal only when the outcome rests on clean, complete figures. It is low when the outcome is ${c.o('cannot_assess')}, or when a reason concerns the quality of the figures: a figure only from a secondary source, a provisional figure, a figure with a caveat, a gap in the series, or too few figures for a direction. For instance, ${c.o('toward_target')} can rest on a figure from a newspaper; its confidence is then low.`,
        ),
      },
      {
        term: c.tr('Vejledende resultat', 'Indicative result'),
        text: c.tr(
          `Når fristen er overskredet, og der er tal, men resultatet alligevel er ${c.o('cannot_assess')} (fordi tallene har forbehold, fordi perioden, fristen falder i, endnu ikke har tal, eller for en grænseværdi fordi der er huller), siger vi, hvad tallene viser taget for pålydende: »Tallene tyder på, at målet er nået« eller »Tallene tyder på, at målet ikke er nået«. For en grænseværdi tyder tallene på, at målet ikke er nået, hvis blot ét tal i perioden bryder grænsen. Det vejledende resultat er ikke en vurdering og ændrer ikke mærket.`,
          `When the deadline has passed and there are figures, but the outcome is still ${c.o('cannot_assess')} (because the figures carry caveats, because the period the deadline falls in has no figure yet, or, for a threshold, because there are gaps), we say what the figures show at face value: “At face value, the figures suggest the target was met” or “… was not met”. For a threshold, the figures suggest not met if a single figure in the period breaks the limit. The indicative result is not a verdict and does not change the badge.`,
        ),
      },
    ],
  };
}

function action(c: Ctx): MethodSection {
  const needs = c.tr(
    'Kræver en begrundelse og mindst én dateret kilde.',
    'Needs a written reason and at least one dated source.',
  );
  const texts: Record<ActionStatus, string> = {
    kept: `${c.tr('Det lovede er gjort.', 'The promised thing was done.')} ${needs}`,
    partly_kept: `${c.tr('En del af det lovede er gjort.', 'Part of the promised thing was done.')} ${needs}`,
    broken: `${c.tr('Det lovede blev ikke gjort.', 'The promised thing was not done.')} ${needs}`,
    in_progress: c.tr(
      'Arbejdet er i gang, men ikke færdigt. Kræver en begrundelse; kilder vises, når der er nogen.',
      'Work has started but is not finished. Needs a written reason; sources are shown when there are any.',
    ),
    not_started: c.tr(
      'Redaktionen har ikke fundet tegn på, at arbejdet er begyndt. Kræver en begrundelse.',
      'The editors have found no sign that work has started. Needs a written reason.',
    ),
    not_assessed: c.tr(
      'Handlingen er ikke vurderet endnu, fordi der ikke er belæg nok. Sådan står alle nye løfter; kræver ingen begrundelse.',
      'The action has not been assessed yet, because there is not enough evidence. Every new pledge starts here; no reason needed.',
    ),
  };
  return {
    id: 'action',
    heading: c.tr('Handlingen: redaktionens vurdering', 'The action: the editorial verdict'),
    paragraphs: [
      c.tr(
        'Handlingen vurderes af redaktionen ud fra kilder, den har læst. Hver kilde har en dato og en titel, og kilderne vises med den nyeste først.',
        'The action is judged by the editors from sources they have read. Each source has a date and a title, and they are listed newest first.',
      ),
      c.tr(
        `Et løfte står som ${c.a('not_assessed')}, indtil der er belæg. Alle andre statusser skal have en skreven begrundelse, og ${c.a('kept')}, ${c.a('partly_kept')} og ${c.a('broken')} skal pege på mindst én kilde, fordi de påstår, at noget skete eller ikke skete. En ukendt status i kataloget vises som ${c.a('not_assessed')}.`,
        `A pledge stays ${c.a('not_assessed')} until there is evidence. Every other status needs a written reason, and ${c.a('kept')}, ${c.a('partly_kept')} and ${c.a('broken')} must point to at least one source, since they claim that something did or did not happen. An unknown status in the catalogue is shown as ${c.a('not_assessed')}.`,
      ),
      c.tr(
        'Ret til svar: kommunen kan svare på vurderingen. Svaret vises med dato ved vurderingen og er tomt, indtil kommunen har svaret.',
        'Right of reply: the municipality can answer the verdict. Its reply is shown with its date next to the verdict, and stays empty until the municipality replies.',
      ),
    ],
    items: (Object.keys(ACTION_LABELS) as ActionStatus[]).map((s) => ({
      term: ACTION_LABELS[s][c.lang],
      text: texts[s],
    })),
  };
}

function flagExplanations(c: Ctx): Record<QualityFlag, string> {
  return {
    approx: c.tr(
      'Kilden skriver »ca.«, »næsten«, »knap« eller »≈«.',
      'The source says “ca.” (about), “næsten” (almost), “knap” (just under) or “≈”.',
    ),
    lower_bound: c.tr(
      'Kilden skriver »mere end« eller »over«, så det egentlige tal er større.',
      'The source says “mere end” (more than) or “over”, so the actual figure is higher.',
    ),
    provisional: c.tr(
      'Producenten har offentliggjort tallet som foreløbigt; det kan blive rettet.',
      'The producer published the figure as provisional; it may be revised.',
    ),
    unvalidated: c.tr(
      'Producenten oplyser, at tallet ikke er valideret. Det gælder Danmarks Statistiks tal for stofmisbrugsbehandling for 2015.',
      'The producer says the figure has not been validated. This applies to Danmarks Statistik’s drug-treatment figures for 2015.',
    ),
    known_gap: c.tr(
      'Producenten oplyser, at der fejlagtigt mangler registreringer i tallet. Det gælder stofmisbrugsbehandling i otte kommuner og landstallet for 2020–2023.',
      'The producer says registrations are wrongly missing from the figure. This applies to drug treatment in eight municipalities and the national total for 2020–2023.',
    ),
    partial_coverage: c.tr(
      'Ikke alle kommuner indberettede i perioden, så landstallet er ufuldstændigt, og for den enkelte kommune kan vi ikke se, om dens tal er fuldstændigt. Det gælder stofmisbrugsbehandling før 2021.',
      'Not all municipalities reported in the period, so the national total is incomplete, and for a single municipality we cannot tell whether its figure is complete. This applies to drug treatment before 2021.',
    ),
    break_in_series: c.tr(
      'Tallet kan ikke sammenlignes direkte med tallet før. Der beregnes ingen retning hen over bruddet; flaget alene forhindrer ikke en afgørelse, når fristen er overskredet.',
      'The figure cannot be compared directly with the one before. No direction is computed across the break; the flag alone does not prevent a verdict once the deadline has passed.',
    ),
    footnote: c.tr(
      'Producenten har en fodnote til tallet; den står i noten ved tallet. Ændrer ikke vurderingen.',
      'The producer has a footnote to the figure; it is in the figure’s note. It does not change the verdict.',
    ),
    missing: c.tr(
      'Producenten har offentliggjort feltet som manglende (»..«). Tallet står som manglende, aldrig som 0, og udfyldes ikke.',
      'The producer published the cell as missing (“..”). It stays missing, never 0, and is not filled in.',
    ),
    sub_area: c.tr(
      'Tallet gælder kun en del af kommunen, fx et boligområde som Hedemarken i Albertslund. Det holdes uden for kommunens serie og læses aldrig som kommunens tal.',
      'The figure covers only part of the municipality, e.g. a housing area such as Hedemarken in Albertslund. It is kept out of the municipality’s series and never read as the municipality’s figure.',
    ),
    undated: c.tr(
      'Kilden angiver ingen brugbar periode. Tallet står i tabellen under grafen, men indgår hverken i grafen eller i vurderingen.',
      'The source gives no usable period. The figure is listed in the table under the chart but is left out of both the chart and the verdict.',
    ),
  };
}

function dataQuality(c: Ctx): MethodSection {
  const explanations = flagExplanations(c);
  const blocks = c.tr(
    `Kan ikke give et sikkert ${c.o('met')} eller ${c.o('not_met')}.`,
    `Cannot give a confident ${c.o('met')} or ${c.o('not_met')}.`,
  );
  return {
    id: 'data-quality',
    heading: c.tr('Datakvalitet', 'Data quality'),
    paragraphs: [
      c.tr(
        'Hvert tal har sin kilde og sin hentedato. En kilde er primær, når statistikproducenten eller myndigheden selv har offentliggjort tallet (Danmarks Statistik, VIVE, ministerier og styrelser, kommunen, Folketinget, Rigsrevisionen). Den er sekundær, når en tredjepart gengiver eller beregner ud fra en primær kilde (nyhedsmedier, interesseorganisationer, foreninger, opslagsværker, kopier på andre hjemmesider). Projektets kildeliste begrunder klassifikationen af hver kilde.',
        'Every figure has its source and retrieval date. A source is primary when the statistics producer or the authority itself published the figure (Danmarks Statistik, VIVE, ministries and agencies, the municipality, the Folketing, Rigsrevisionen). It is secondary when a third party reports or computes from a primary source (news media, interest organisations, NGOs, reference sites, copies on other websites). The project’s source list gives the reason for each classification.',
      ),
      c.tr(
        `Tal fra sekundære kilder tegnes som hule prikker og kan aldrig give et sikkert ${c.o('met')} eller ${c.o('not_met')}. Tal med et forbehold tegnes med en ring. Målet er den stiplede linje.`,
        `Figures from secondary sources are drawn as hollow dots and can never give a confident ${c.o('met')} or ${c.o('not_met')}. Figures with a caveat are drawn with a ring. The target is the dashed line.`,
      ),
      c.tr(
        'Huller udfyldes aldrig: et tal, som producenten har offentliggjort som manglende, gemmes som manglende og aldrig som 0, og der interpoleres ikke mellem perioder. En sum eller en andel, hvor en del mangler, er selv manglende.',
        'Gaps are never filled in: a figure the producer published as missing is stored as missing, never as 0, and nothing is interpolated between periods. A sum or a share with a missing part is itself missing.',
      ),
      c.tr(
        'Forbehold gemmes ved tallet som flag. I tabellen under grafen står flagenes koder i parentes; her er, hvad de betyder:',
        'Caveats are kept with the figure as flags. The table under the chart shows their codes in parentheses; this is what they mean:',
      ),
    ],
    items: QUALITY_FLAGS.flatMap((flag) => {
      // Widened on purpose: a flag added to QUALITY_FLAGS without a text gets no item, and the
      // test that every flag is explained fails.
      const explanation: string | undefined = explanations[flag];
      if (!explanation) return [];
      return [
        {
          term: `${capitalise(flagText(flag, c.lang))} (${flag})`,
          text: BLOCKING_FLAGS.has(flag) ? `${explanation} ${blocks}` : explanation,
        },
      ];
    }),
  };
}

function comparisons(c: Ctx): MethodSection {
  return {
    id: 'comparisons',
    heading: c.tr('Sammenligninger mellem kommuner', 'Comparing municipalities'),
    paragraphs: [
      c.tr(
        `Et antal personer eller hændelser vokser med kommunens størrelse. Antal vises derfor også pr. ${c.n(1000)} indbyggere; beløb og andele regnes ikke om.`,
        `A count of people or events grows with the size of the municipality. Counts are therefore also shown per ${c.n(1000)} inhabitants; amounts of money and shares are not converted.`,
      ),
      c.tr(
        `Et tal regnes kun om til pr. ${c.n(1000)} indbyggere, når der findes et folketal (Danmarks Statistik, FOLK1A) for samme kommune og samme periode; et årstal deles med folketallet 1. januar samme år (FOLK1A, 1. kvartal). Et folketal fra en anden periode lånes aldrig, og en kommune uden folketal får ingen placering i stedet for et gættet tal.`,
        `A figure is turned into a rate per ${c.n(1000)} inhabitants only when there is a population figure (Danmarks Statistik, FOLK1A) for the same municipality and the same period; a yearly figure is divided by the population on 1 January of the same year (FOLK1A, first quarter). A population from another period is never borrowed, and a municipality without one gets no rank rather than a guessed figure.`,
      ),
      c.tr(
        'Kommuner uden et tal for perioden står på en liste for sig i alfabetisk orden; der udfyldes intet. Tal for en del af en kommune og tal uden periode indgår ikke. Har flere kilder et tal for samme kommune og periode, bruges den primære kilde. Hele landet vises som målestok og placeres ikke.',
        'Municipalities without a figure for the period are listed separately in alphabetical order; nothing is filled in. Figures for part of a municipality and figures without a period are left out. When several sources give a figure for the same municipality and period, the primary source is used. The national figure is shown as a benchmark and is not ranked.',
      ),
      c.tr(
        'Placeringen følger, om et højere tal er bedre eller dårligere; hvor ingen retning er bedre i sig selv, sorteres der blot efter tallet. Lige store tal deler placering.',
        'The ranking follows whether a higher figure is better or worse; where neither direction is better in itself, municipalities are simply sorted by the figure. Equal figures share a rank.',
      ),
    ],
  };
}

const SMDBV004_SOURCE: Pair = {
  da: 'Kilde: Danmarks Statistik, Statistikbanken SMDBV004, noter til tabellen.',
  en: 'Source: Danmarks Statistik, StatBank table SMDBV004, notes to the table.',
};

function knownProblems(c: Ctx): MethodSection {
  const dst = SMDBV004_SOURCE[c.lang];
  return {
    id: 'known-problems',
    heading: c.tr('Kendte problemer i data', 'Known data problems'),
    paragraphs: [
      c.tr(
        'Disse problemer kender vi. Hvert punkt nævner sin kilde. Hvor det er muligt, har de berørte tal et flag.',
        'These are the problems we know of. Each names its source. Where possible, the figures concerned carry a flag.',
      ),
    ],
    items: [
      {
        term: c.tr(
          'Behandlingsgarantien: alle kommuner først fra 2021',
          'Treatment guarantee: all municipalities only from 2021',
        ),
        text: `${c.tr(
          'I Danmarks Statistiks tabel SMDBV004 om behandlingsgarantien for stofmisbrug indberetter alle 98 kommuner først fra 2021. Tal til og med 2020 har flaget partial_coverage. Tabellen dækker kun behandling for stofmisbrug, ikke for alkohol.',
          'In Danmarks Statistik’s table SMDBV004 on the drug-treatment guarantee, all 98 municipalities report only from 2021. Figures up to and including 2020 carry the partial_coverage flag. The table covers drug treatment only, not alcohol treatment.',
        )} ${dst}`,
      },
      {
        term: c.tr(
          'Behandlingsgarantien: 2015 ikke valideret',
          'Treatment guarantee: 2015 not validated',
        ),
        text: `${c.tr(
          'Danmarks Statistik oplyser, at tallene for 2015 i SMDBV004 ikke er valideret. De har flaget unvalidated.',
          'Danmarks Statistik says the 2015 figures in SMDBV004 have not been validated. They carry the unvalidated flag.',
        )} ${dst}`,
      },
      {
        term: c.tr(
          'Behandlingsgarantien: ca. 400 manglende registreringer',
          'Treatment guarantee: about 400 missing registrations',
        ),
        text: `${c.tr(
          'Danmarks Statistik oplyser, at ca. 400 registreringer fejlagtigt mangler i Greve, Lolland, Kerteminde, Langeland, Nordfyn, Nyborg, Odense og Svendborg for 2020–2023. Disse kommuners tal og landstallet for de år har flaget known_gap.',
          'Danmarks Statistik says about 400 registrations are wrongly missing in Greve, Lolland, Kerteminde, Langeland, Nordfyn, Nyborg, Odense and Svendborg for 2020–2023. These municipalities’ figures and the national total for those years carry the known_gap flag.',
        )} ${dst}`,
      },
      {
        term: c.tr('Aktivitet i stofmisbrugsbehandlingen', 'Drug-treatment activity'),
        text: c.tr(
          'Tabellerne SMDBV001 og SMDBV002 bygger på samme register som SMDBV004, så de har fået de samme tre forbehold. Det er vores læsning, som endnu skal tjekkes mod tabellernes egne noter. Kilde: Løftetjek, ud fra Danmarks Statistiks noter til SMDBV004.',
          'Tables SMDBV001 and SMDBV002 come from the same register as SMDBV004, so they carry the same three caveats. That is our reading, still to be checked against those tables’ own notes. Source: Løftetjek, from Danmarks Statistik’s notes to SMDBV004.',
        ),
      },
      {
        term: c.tr('Hjemløshed pr. kommune', 'Homelessness by municipality'),
        text: c.tr(
          'Antallet af hjemløse i hver kommune findes kun i bilagstabellerne i VIVE’s rapporter »Hjemløshed i Danmark«, ikke i Statistikbanken. Tællingen sker i uge 6, normalt hvert andet år (2009–2019, derefter 2022 og 2024), så der er år uden tal. Tallene er skrevet af med kilde og citat; mange kendes kun gennem nyhedsmedier og organisationer og er derfor sekundære. Kilde: VIVE, Hjemløshed i Danmark.',
          'The number of homeless people in each municipality is published only in the annex tables of VIVE’s “Hjemløshed i Danmark” reports, not in the StatBank. The count takes place in week 6, usually every second year (2009–2019, then 2022 and 2024), so some years have no figure. The figures are transcribed with source and quote; many are known only through news media and organisations and are therefore secondary. Source: VIVE, Hjemløshed i Danmark.',
        ),
      },
      {
        term: c.tr('Tid på kontanthjælp', 'Time on cash benefit'),
        text: c.tr(
          'Hvor længe borgere har været på kontanthjælp, offentliggøres kun af STAR i Jobindsats, hvis API kræver en gratis adgangsnøgle. Det er ikke hentet endnu, så løfter om varighed, fx Aalborgs om højst 3 til 5 år på kontanthjælp, har intet mål. Kilde: Jobindsats.dk, Styrelsen for Arbejdsmarked og Rekruttering (STAR).',
          'How long people have been on cash benefit (kontanthjælp) is published only by STAR in Jobindsats, whose API needs a free token. It is not imported yet, so pledges about duration, such as Aalborg’s of at most 3 to 5 years on cash benefit, have no measure. Source: Jobindsats.dk, the Danish Agency for Labour Market and Recruitment (STAR).',
        ),
      },
    ],
  };
}

function sources(c: Ctx): MethodSection {
  return {
    id: 'sources',
    heading: c.tr('Kilder og licenser', 'Sources and licences'),
    paragraphs: [
      c.tr(
        'Under hver graf står dens kilder med den dato, tallene blev hentet. For Statistikbanken er det datoen for download; for de afskrevne tal er det datoen, de kom ind i projektet, mens kildens egen udgivelsesdato står i dens titel.',
        'Under every chart are its sources with the date the figures were retrieved. For the StatBank that is the download date; for transcribed figures it is the date they entered the project, while the source’s own publication date is in its title.',
      ),
    ],
    items: [
      {
        term: 'Danmarks Statistik',
        text: c.tr(
          'Tal fra Statistikbanken hentes gennem Danmarks Statistiks åbne API. Licens: CC BY 4.0, »Kilde: Danmarks Statistik«. Tabellens id står ved hvert tal.',
          'StatBank figures are fetched through Danmarks Statistik’s open API. Licence: CC BY 4.0, attributed as “Kilde: Danmarks Statistik”. The table id is given with each figure.',
        ),
      },
      {
        term: c.tr('Kommunegrænser (DAGI)', 'Municipal boundaries (DAGI)'),
        text: c.tr(
          `Kommunegrænserne er fra DAGI (FOT 2014, 1:${c.n(500000)}). Licens: CC BY 4.0, »Kilde: Klimadatastyrelsen (DAGI)«. Listen over de 98 kommuner og deres regioner er en MIT-licenseret samling, koblet til kommunekoderne fra DAGI.`,
          `The municipal boundaries are from DAGI (FOT 2014, 1:${c.n(500000)}). Licence: CC BY 4.0, attributed as “Kilde: Klimadatastyrelsen (DAGI)”. The list of the 98 municipalities and their regions is an MIT-licensed compilation, joined to the DAGI municipality codes.`,
        ),
      },
      {
        term: c.tr('Afskrevne tal', 'Transcribed figures'),
        text: c.tr(
          'Tal fra rapporter, svar til Folketinget, kommunernes sider og nyhedsmedier er skrevet af hver for sig. Hvert tal har sin egen kilde: titel, adresse og den sætning, tallet står i, og kildens egne vilkår gælder.',
          'Figures from reports, answers to the Folketing, municipal websites and news media are transcribed one by one. Each has its own source: title, address and the sentence it comes from, and the source’s own terms apply.',
        ),
      },
    ],
  };
}

function reportError(c: Ctx): MethodSection {
  return {
    id: 'report-error',
    heading: c.tr('Fandt du en fejl?', 'Found an error?'),
    paragraphs: [
      c.tr(
        'Opret en sag i projektets sagsliste (issue tracker). Skriv, hvilket løfte eller tal det gælder (gerne med linket til siden), hvad der er forkert, og hvilken kilde der viser det. Et tal eller et citat rettes kun ud fra en offentlig kilde.',
        'Open an issue in the project’s issue tracker. Say which pledge or figure it concerns (the link to the page helps), what is wrong, and which source shows it. A figure or a quote is corrected only on the basis of a public source.',
      ),
      c.tr(
        'En kommune, der vil svare på vurderingen af en handling, kan gøre det på samme måde; svaret vises med dato ved vurderingen.',
        'A municipality that wants to reply to the verdict on an action can do so the same way; the reply is shown with its date next to the verdict.',
      ),
    ],
  };
}

const SECTIONS: readonly ((c: Ctx) => MethodSection)[] = [
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
  const c = context(lang === 'en' ? 'en' : 'da');
  return SECTIONS.map((section) => section(c));
}
