/**
 * Every reader-facing word in Danish, the site's first language. en.ts holds the same keys in
 * English, typed as `Dictionary`, so a missing translation fails the type check; t(lang) in t.ts
 * picks one. Plurals and interpolation are functions.
 */
import type { Comparison } from '../domain/comparison.ts';
import { daVerdict } from './da-verdict.ts';

export const da = {
  appName: 'Løftetjek',
  mainNavigation: 'Hovedmenu',
  navPledges: 'Løfter',
  navMethod: 'Metode',
  navExplore: 'Udforsk',
  footer:
    'Løftetjek er open source. Tal fra Danmarks Statistik (CC BY 4.0), VIVE og de kilder, der står under hver graf. Kort: Klimadatastyrelsen (DAGI).',
  catalogueFailed: 'Kataloget over løfter kunne ikke indlæses.',
  catalogueFailedHelp:
    'Prøv at genindlæse siden. Metodesiden virker stadig. Sker det igen, er filen på serveren beskadiget eller mangler.',
  overviewLede: (pledges: number, documents: number, kommuner: number) =>
    `${pledges} løfter fra ${documents} politiske dokumenter i ${kommuner} kommuner, holdt op mod offentlig statistik.`,
  outcomeHeading: 'Resultat (målt)',
  actionHeading: 'Handling (redaktionel vurdering)',
  showing: (n: number, total: number) =>
    n === total ? `Viser alle ${total} løfter` : `Viser ${n} af ${total} løfter`,
  noMatches: 'Ingen løfter passer til filtrene.',
  noneWithStatus: (label: string, base: number, spread: string) =>
    base === 1
      ? `0 med »${label}«. Det ene løfte, der passer til de øvrige filtre: ${spread}.`
      : `0 med »${label}«. De ${base} løfter, der passer til de øvrige filtre: ${spread}.`,
  withFigures: (n: number) => `Løfter med tal (${n})`,
  withoutFigures: (n: number) => `Øvrige løfter (${n})`,
  clearFilters: 'Nulstil filtre',
  filtersHeading: 'Filtrér løfterne',
  search: 'Søg i løfterne',
  searchHint: 'Ord i citatet, afsender, kommune eller tema',
  filterKommune: 'Kommune',
  filterActor: 'Afsender',
  filterTheme: 'Tema',
  filterOutcome: 'Resultat',
  filterAction: 'Handling',
  filterDocument: 'Dokument',
  all: 'Alle',
  termEnd: 'Valgperiodens slut',
  annotationsHeading: 'Noter på grafen',
  downloads: 'Hent',
  downloadSvg: 'Graf (SVG)',
  downloadPng: 'Graf (PNG)',
  downloadCsv: 'Data (CSV)',
  downloadParquet: 'Data (Parquet)',
  downloadFailed: 'Kunne ikke lave filen',
  preparing: 'Laver filen …',
  licence: 'Licens',
  methodLink: 'Sådan vurderer vi',
  // Council dossier (issue 16.5)
  dossierOfKommune: 'Lav et dossier med kommunens løfter',
  dossierWithPledge: 'Lav et dossier med dette og flere løfter',
  copyRefused: 'Browseren tillod ikke kopiering; markér teksten og kopiér den selv.',
  framedNotice: 'Løftetjek vises ikke i en ramme på en anden side.',
  framedOpen: 'Åbn Løftetjek i et nyt faneblad',
  liveCheckButton: 'Tjek for nyere tal hos Danmarks Statistik',
  /** Why a data file could not be loaded, by the loader's kind of problem. */
  extractProblem: {
    manifest: 'listen over datafiler kunne ikke læses',
    missing: 'filen mangler på serveren',
    http: 'serveren svarede med en fejl',
    timeout: 'serveren svarede ikke i tide',
    checksum: 'filen er ikke den, listen over datafiler beskriver (kontrolsum)',
    corrupt: 'filen er beskadiget eller afkortet',
    schema: 'filen har ikke de kolonner, siden forventer',
  },
  technicalDetail: 'teknisk detalje',
  liveCheckDestination: (host: string) =>
    `Knappen henter tallene direkte fra ${host} i din browser. Intet sendes, før du trykker.`,
  targetInterpreted:
    'Målet er Løftetjeks fortolkning: dokumentet angiver en retning, men intet tal.',
  openInExplorer: 'Åbn forespørgslen bag grafen i udforskeren',
  tagline: 'Politiske løfter holdt op mod målte resultater',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  skipToContent: 'Gå til indhold',
  loading: 'Henter data …',
  overviewTitle: 'Løfter',
  pledgeCount: (n: number) => `${n} løfter fra ${n === 1 ? 'ét dokument' : 'kildedokumenterne'}`,
  back: 'Alle løfter',
  notFound: 'Løftet findes ikke i kataloget.',
  quoteFrom: 'Fra',
  actor: 'Afsender',
  unknownActor: 'ikke oplyst i dokumentet',
  pledgeDate: 'Løftet givet',
  deadline: 'Frist',
  target: 'Mål',
  howMeasured: 'Sådan måles løftet',
  /** Which series measures the pledge, which would, or why none does (src/views/pledge-notes.ts). */
  measureNotes: {
    direct: 'Direkte mål',
    indirect: 'Indirekte mål: baggrund, giver ikke nået/ikke nået',
    why: 'Hvorfor denne serie',
    notInExtract: (series: string, where: string) =>
      `Serien findes, men er ikke i de medfølgende data: ${series} (${where}).`,
    fetch: 'Tallene kan hentes med kommandoen',
    liveCheck: 'Knappen »Tjek for nyere tal hos Danmarks Statistik« henter dem direkte.',
    noPublicSeries: (reason: string) => `Ingen offentlig statistik måler dette: ${reason}`,
    discontinued: 'Serien er ophørt',
  },
  source: 'Kilde',
  retrieved: 'hentet',
  table: 'tabel',
  dataTable: 'Tallene bag grafen',
  period: 'Periode',
  value: 'Værdi',
  quality: 'Kvalitet',
  primary: 'primær kilde',
  secondary: 'sekundær kilde',
  chartLegend: 'Hul prik: sekundær kilde. Ring: tal med forbehold. Stiplet linje: målet.',
  problems: 'Nogle datafiler kunne ikke indlæses; resten af siden virker.',
  engineFailed: 'Databasen i browseren kunne ikke starte',
  kinds: {
    threshold: 'Grænseværdi',
    target_by_deadline: 'Mål med frist',
    budget_amount: 'Beløb i budgettet',
    action: 'Handling',
    proposed_cut: 'Foreslået besparelse',
  },
  themes: {
    budget: 'Budget',
    drug_treatment: 'Misbrugsbehandling',
    homelessness: 'Hjemløshed',
    employment: 'Beskæftigelse',
    youth: 'Unge',
    children_school: 'Børn og skole',
    crime_prevention: 'Kriminalitetsforebyggelse',
    disability: 'Handicap',
    social_services: 'Socialområdet',
    public_space: 'Byens rum',
    governance: 'Styring',
  },
  breadcrumb: 'Brødkrummesti',
  outcome: 'Resultat',
  action: 'Handling',
  wasItDone: 'Blev det gjort?',
  proposalHeading: 'Blev forslaget vedtaget?',
  proposal: 'Forslag',
  proposalStatus: { adopted: 'Vedtaget', dropped: 'Droppet', changed: 'Ændret', unknown: 'Ukendt' },
  noDecidingSource: (date: string) => `Ingen afgørende kilde fundet pr. ${date}`,
  weakEvidence: 'svagt belæg',
  municipalityReplies: 'Kommunen svarer',
  unknownPublisher: 'udgiver ikke oplyst',
  print: 'Udskriv',
  backToPage: 'Tilbage til hele siden',
  seeFullPage: 'Se hele siden',
  sources: 'Kilder',
  noFigures: 'Ingen offentlige tal måler løftet endnu.',
  newerVerdict: (label: string) =>
    `Nyere tal giver en anden vurdering: »${label}«. Se den aktuelle side.`,
  asOf: (date: string) => `Tal som kendt ${date}.`,
  /** Licence texts the data writes in English, by the data's own words. */
  licences: {
    "Figures quoted from public sources; see each figure's source":
      'Tal citeret fra offentlige kilder; se kilden ved hvert tal',
    'Public figures from Jobindsats.dk (STAR), cited as "Kilde: Jobindsats.dk (STAR)"; the copy used has no licence file':
      'Offentlige tal fra Jobindsats.dk (STAR), citeres "Kilde: Jobindsats.dk (STAR)"; den brugte kopi har ingen licensfil',
    'CC BY 4.0 (Kilde: Danmarks Statistik) for DST figures; the 2010 figure is quoted from Rigsrevisionen':
      'CC BY 4.0 (Kilde: Danmarks Statistik) for Danmarks Statistiks tal; tallet for 2010 er citeret fra Rigsrevisionen',
  } as Readonly<Record<string, string>>,
  unknownKommune: 'Ukendt kommune',
  kommuneTitle: (name: string) => `${name}: løfter og resultater`,
  region: 'Region',
  kommuneEmpty: 'Kataloget har endnu ingen løfter for denne kommune.',
  kommuneSummary: (n: number) => `${n} løfter. Resultat: `,
  // Danish genitive: Aalborgs, but Aarhus' and Frederiksberg Kommunes.
  scorecardCaption: (name: string) =>
    `Status for ${/[sxz]$/i.test(name) ? `${name}'` : `${name}s`} løfter`,
  colPledge: 'Løfte',
  colVerdicts: 'Vurderinger',
  colLatest: 'Seneste tal',
  share: 'Del',
  copyLink: 'Kopiér link',
  linkCopied: 'Linket er kopieret.',
  copyEmbed: 'Kopiér kode til indlejring',
  embedCopied: 'Indlejringskoden er kopieret.',
  downloadImage: 'Hent billede (PNG)',
  embedCode: 'Kode til indlejring',
  useThisPledge: 'Brug løftet',
  sentenceWithSource: 'Sætningen med kilde',
  forCouncilMeeting: 'Til byrådsmødet',
  printSummary: 'Opsummering på én side til print',
  draftQuestion: 'Udkast til spørgsmål til forvaltningen',
  copyQuestion: 'Kopiér spørgsmålet',
  sentenceCopied: 'Sætningen er kopieret.',
  questionCopied: 'Spørgsmålet er kopieret.',
  quoteOpen: '»',
  quoteClose: '«',
  methodTitle: 'Metode',
  methodContents: 'Indhold',
  fetchProblem: {
    timeout: (seconds: number) => `intet svar inden for ${seconds} s`,
    unreachable: 'serveren kunne ikke nås',
    not_found: 'findes ikke på serveren (404)',
    status: (status: number) => `serveren svarede ${status}`,
    broken_off: 'overførslen blev afbrudt',
    not_json: 'er ikke gyldig JSON (beskadiget eller afkortet)',
    unreadable: 'har et format, som denne udgave af siden ikke kan læse',
  },
  chartMissing: 'grafen er ikke på siden',
  observationsMissing: 'tallene kunne ikke indlæses',
  comparison: {
    heading: 'Sammenlignet med andre kommuner',
    loading: 'Henter tal for alle kommuner …',
    failed: 'Sammenligningen kunne ikke indlæses',
    noData: 'De medfølgende data har ingen tal for denne serie i nogen kommune endnu.',
    period: 'Periode',
    coverage: (n: number, total: number, period: string) =>
      `${n} af ${total} kommuner har et tal for ${period} i de medfølgende data.`,
    national: 'Hele landet',
    perThousand: 'pr. 1.000 indbyggere',
    noPopulation:
      'Tallene er antal, og store kommuner har flere end små alene fordi de er store. De kan først sammenlignes pr. 1.000 indbyggere, når befolkningstal (Danmarks Statistik, FOLK1A) for samme periode er hentet; derfor vises rå antal her og intet kort.',
    noMap:
      'Kortet vises, når der er befolkningstal for samme periode at regne pr. 1.000 indbyggere med: et kort over rå antal viser mest, hvor mange der bor.',
    target: (value: string) => `Mål ${value}`,
    plotTitle: (metric: string, period: string) => `${metric}, ${period}, kommuner rangeret`,
    plotDescription: (
      c: Comparison,
      focus: string,
      unit: string,
      fmt: (v: number) => string,
    ): string => {
      const row = c.rows.find((r) => r.isFocus);
      const value = row ? (c.perThousand === 'shown' ? row.rate : row.value) : null;
      const where =
        row && value !== null
          ? `${focus} har ${fmt(value)} ${unit} og er nr. ${row.rank} af ${c.rows.length}.`
          : `${focus} har intet tal for perioden.`;
      return `${where} ${c.rows.length} kommuner med tal; se tabellen for alle værdier.`;
    },
    region: (region: string) => `Region ${region}`,
    mapNoData: 'Intet tal',
    mapFailed: 'Kortet kunne ikke indlæses',
    attribution: 'Kilde: Klimadatastyrelsen (DAGI)',
    table: 'Tallene for alle kommuner',
    rank: 'Nr.',
    kommune: 'Kommune',
    value: 'Værdi',
    sourceQuality: 'Kilde',
    primary: 'primær',
    sourceWord: 'kilde',
    tableWord: 'tabel',
    retrieved: 'hentet',
    populationSource: 'Indbyggertal',
    secondary: 'sekundær',
    missing: (n: number) => `${n} kommuner uden tal for perioden`,
    openInExplorer: 'Åbn forespørgslen bag sammenligningen i udforskeren',
  },
  citation: { one: 'Kilde', many: 'Kilder', table: 'tabel', retrieved: 'hentet', more: 'm.fl.' },
  ...daVerdict,
  // Comparison references, toggle and added kommuner (issue 16.2); the comparison loads on
  // every pledge page with a measure, so its Danish words stay here.
  comparisonViews: {
    measure: 'Vis tallene',
    counts: 'antal',
    nationalRef: (value: string) => `Hele landet ${value}`,
    regionRef: (region: string, value: string) => `Region ${region} (beregnet) ${value}`,
    regionComputed: (region: string) => `Region ${region} (beregnet: summen af regionens kommuner)`,
    computedSource: 'beregnet af Løftetjek fra kommunernes tal og indbyggertal',
    references: (region: string | null) =>
      `Fuld streg: Hele landet.${region ? ` Prikket: Region ${region}, regionens kommuners tal lagt sammen og delt med deres samlede indbyggertal.` : ''}`,
    regionLeftOut: (region: string) =>
      `Region ${region} tegnes ikke: ikke alle dens kommuner har tal og indbyggertal for perioden.`,
    countsNoNational: 'Hele landet og regionen tegnes kun pr. 1.000 indbyggere.',
    caption: (period: string, unit: string) => `Kommunerne i ${period}, ${unit}`,
    mapRatesOnly: 'Kortet vises kun pr. 1.000 indbyggere.',
    linesHeading: 'Udvikling over tid',
    linesTitle: (metric: string, unit: string) => `${metric}, ${unit}, over tid`,
    linesDescription: (names: string, unit: string) =>
      `Linjer over tid for ${names}, ${unit}; alle tal står i tabellen under grafen.`,
    add: 'Tilføj kommune',
    remove: (navn: string) => `Fjern ${navn}`,
    choose: 'Vælg en kommune',
    added: 'Tilføjet',
    full: (n: number) => `Højst ${n} kommuner kan tilføjes.`,
    linesTable: 'Tallene bag linjerne',
    gaps: 'Et hul i en linje er en periode uden tal eller indbyggertal; intet er fyldt ud.',
    noLines: 'Ingen af de valgte har tal i denne visning.',
  },
};

export type Dictionary = typeof da;
