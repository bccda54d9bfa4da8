/**
 * The Method page's sections on the two verdicts: why there are two, how the outcome is computed,
 * what each outcome status, the confidence and each action status mean.
 */
import { OUTCOME_LABELS, OUTCOME_STATUSES, type OutcomeStatus } from '../../domain/outcome.ts';
import { ACTION_LABELS } from '../../domain/evaluate-action.ts';
import { BLOCKING_FLAGS, flagText } from '../../domain/reasons.ts';
import { QUALITY_FLAGS } from '../../domain/series.ts';
import { PROPOSAL_STATUSES, type ActionStatus } from '../../domain/pledge.ts';
import type { MethodSection } from './method-text.ts';
import type { MethodContext } from './method-context.ts';

/** Why every pledge gets two verdicts that are never merged. */
export function verdicts(c: MethodContext): MethodSection {
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

/** The rules that compute the outcome, quoting the blocking caveats from BLOCKING_FLAGS. */
export function outcomeRules(c: MethodContext): MethodSection {
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
        `Et indirekte mål (en serie, der kun giver baggrund) og et direkte mål uden tal giver ${c.o('trend_only')}: det seneste tal og udviklingen vises, men aldrig ${c.o('met')} eller ${c.o('not_met')}, hvad tallene end viser. Har serien ingen tal i de medfølgende data, er resultatet ${c.o('cannot_assess')}. Er serien ophørt hos udgiveren før fristen, siger begrundelsen det, og perioder efter den sidste ventes ikke.`,
        `An indirect measure (a series that only gives context) and a direct measure without a number give ${c.o('trend_only')}: the latest figure and the trend are shown, but never ${c.o('met')} or ${c.o('not_met')}, whatever the figures show. When the series has no figures in the bundled data, the outcome is ${c.o('cannot_assess')}. When the publisher stopped the series before the deadline, the reasons say so, and periods after the last one are not waited for.`,
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

/** Every outcome status under its badge label. */
export function outcomeStatuses(c: MethodContext): MethodSection {
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
    trend_only: c.tr(
      'Der er tal, men de kan ikke give nået eller ikke nået: enten er serien et indirekte mål (baggrund, fx udviklingen i den kriminalitet, en forebyggende indsats skal mindske), eller dokumentet sætter ikke noget tal (fx »flere hjemløse i egen bolig«). Siden viser udviklingen og sammenligningen med andre kommuner og siger, hvorfor serien er valgt.',
      'There are figures, but they cannot give met or not met: either the series is an indirect measure (context, e.g. the trend in the crime a prevention effort is meant to reduce), or the document sets no number (e.g. “more homeless people in a home of their own”). The page shows the trend and the comparison with other municipalities, and says why the series was chosen.',
    ),
    cannot_assess: c.tr(
      'Resultatet kan ikke afgøres sikkert. Gives, når ingen offentlig statistik måler løftet; når en serie findes, men ikke er i de medfølgende data (siden nævner serien, udgiveren og tabellen, og hvordan tallene kan hentes); når serien er ophørt før fristen; når løftets mål eller frist ikke er angivet korrekt; når der ingen tal er, eller tallene hører til et andet mål eller en anden kommune; når der ingen tal er fra før fristen (for en grænseværdi: fra løftets periode); og når fristen er overskredet, men det afgørende tal mangler, ikke er udkommet endnu eller ikke er rent. Begrundelsen står altid ved resultatet.',
      'The outcome cannot be settled with confidence. Given when no public statistic measures the pledge; when a series exists but is not in the bundled data (the page names the series, its publisher and table, and how to get the figures); when the series was discontinued before the deadline; when the pledge’s target or deadline is not given correctly; when there are no figures, or they belong to another metric or municipality; when there are no figures from before the deadline (for a threshold: from the pledge’s period); and when the deadline has passed but the deciding figure is missing, not out yet, or not clean. The reasons are always shown with the outcome.',
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

/** Low confidence and the indicative result. */
export function confidence(c: MethodContext): MethodSection {
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

/** The editorial action verdict and every action status under its badge label. */
export function action(c: MethodContext): MethodSection {
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
        'Har redaktionen ledt efter kilder uden at finde en, der afgør sagen, står der »Ingen afgørende kilde fundet pr.« med datoen for søgningen, og de kilder, der giver baggrund, vises alligevel.',
        'When the editors have looked for sources without finding one that settles it, the page says “No deciding source found as of” with the date of the search, and the sources that give context are listed all the same.',
      ),
      c.tr(
        `En foreslået besparelse er ikke et løfte, der kan holdes: den viser i stedet, hvad der blev af forslaget: ${PROPOSAL_STATUSES.map(c.p).join(', ')}, med begrundelse og kilder. Indtil listen over vedtagne besparelser er fundet, står forslaget som ${c.p('unknown')}.`,
        `A proposed cut is not a pledge that can be kept: it shows instead what became of the proposal: ${PROPOSAL_STATUSES.map(c.p).join(', ')}, with the reason and sources. Until the list of adopted cuts is found, the proposal stands as ${c.p('unknown')}.`,
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
