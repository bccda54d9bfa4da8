/**
 * The Method page's sections on the figures themselves: data quality and its flags, comparisons
 * between municipalities, the known problems in the data, and sources and licences.
 */
import { BLOCKING_FLAGS, flagText } from '../../domain/reasons.ts';
import { QUALITY_FLAGS, type QualityFlag } from '../../domain/series.ts';
import type { MethodSection } from './method-text.ts';
import type { MethodContext } from './method-context.ts';

type Pair = { da: string; en: string };

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function flagExplanations(c: MethodContext): Record<QualityFlag, string> {
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

/** Primary and secondary sources, gaps, and every quality flag with its code. */
export function dataQuality(c: MethodContext): MethodSection {
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
        'Forbehold gemmes ved tallet som flag. Tabellen under grafen nævner dem med ord; i udforskeren står de med den kode, der står i parentes her. Sådan skal de forstås:',
        'Caveats are kept with the figure as flags. The table under the chart names them in words; in the explorer they appear as the code given in parentheses here. This is what they mean:',
      ),
    ],
    items: QUALITY_FLAGS.flatMap((flag) => {
      // Widened on purpose: a flag added to QUALITY_FLAGS without a text gets no item, and the
      // test that every flag is explained fails.
      const explanation: string | undefined = explanations[flag];
      if (!explanation) return [];
      return [
        {
          term: capitalise(flagText(flag, c.lang)),
          code: flag,
          text: BLOCKING_FLAGS.has(flag) ? `${explanation} ${blocks}` : explanation,
        },
      ];
    }),
  };
}

/** How municipalities are compared: rates per 1,000 inhabitants and ranks. */
export function comparisons(c: MethodContext): MethodSection {
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

/** The known problems in the data, each with its source. */
export function knownProblems(c: MethodContext): MethodSection {
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
          `I Danmarks Statistiks tabel SMDBV004 om behandlingsgarantien for stofmisbrug indberetter alle 98 kommuner først fra 2021. Tal til og med 2020 har forbeholdet »${flagText('partial_coverage', 'da')}«. Tabellen dækker kun behandling for stofmisbrug, ikke for alkohol.`,
          'In Danmarks Statistik’s table SMDBV004 on the drug-treatment guarantee, all 98 municipalities report only from 2021. Figures up to and including 2020 carry the partial_coverage flag. The table covers drug treatment only, not alcohol treatment.',
        )} ${dst}`,
      },
      {
        term: c.tr(
          'Behandlingsgarantien: 2015 ikke valideret',
          'Treatment guarantee: 2015 not validated',
        ),
        text: `${c.tr(
          `Danmarks Statistik oplyser, at tallene for 2015 i SMDBV004 ikke er valideret. De har forbeholdet »${flagText('unvalidated', 'da')}«.`,
          'Danmarks Statistik says the 2015 figures in SMDBV004 have not been validated. They carry the unvalidated flag.',
        )} ${dst}`,
      },
      {
        term: c.tr(
          'Behandlingsgarantien: ca. 400 manglende registreringer',
          'Treatment guarantee: about 400 missing registrations',
        ),
        text: `${c.tr(
          `Danmarks Statistik oplyser, at ca. 400 registreringer fejlagtigt mangler i Greve, Lolland, Kerteminde, Langeland, Nordfyn, Nyborg, Odense og Svendborg for 2020–2023. Disse kommuners tal og landstallet for de år har forbeholdet »${flagText('known_gap', 'da')}«.`,
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

/** Where the figures come from and under which licence. */
export function sources(c: MethodContext): MethodSection {
  return {
    id: 'sources',
    heading: c.tr('Kilder og licenser', 'Sources and licences'),
    paragraphs: [
      c.tr(
        'Under hver graf står dens kilder med den dato, tallene blev hentet. For Statistikbanken er det datoen for hentningen; for de afskrevne tal er det datoen, de kom ind i projektet, mens kildens egen udgivelsesdato står i dens titel.',
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
