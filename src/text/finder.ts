/**
 * The pledge finder's words, a section of the dictionary that loads with the finder's own chunk
 * (like explorer.ts), so no other page carries them. Danish first; English is typed by the Danish
 * keys, so a missing translation fails tsc.
 */
import type { Lang } from '../domain/format.ts';
import type { CueId } from '../finder/cue-rules.ts';
import type { KindReason } from '../finder/classify-kind.ts';
import type { DocumentFormat } from '../finder/document-text.ts';
import type { PdfProblem } from '../finder/pdf-text.ts';
import type { YearRelation } from '../finder/find-years.ts';

const daFinder = {
  pageTitle: 'Find løfter i et dokument',
  pageLede:
    'Indsæt teksten fra et partiprogram, en budgetaftale, et høringssvar eller et nyhedsbrev, eller åbn filen. Løftetjek foreslår de sætninger, der kan være løfter, og skriver dem som YAML til kataloget.',
  privacy: 'Teksten bliver i din browser: intet sendes nogen steder.',
  textLabel: 'Dokumentets tekst',
  textHint: 'Tekst, Markdown og HTML kan indsættes, som de er.',
  fileLabel: 'Åbn en fil (tekst, Markdown, HTML eller PDF)',
  find: 'Find løfter',
  reading: (name: string) => `Læser ${name} …`,
  fileRead: (name: string, format: string) => `${name} er læst (${format}).`,
  formats: { text: 'tekst', markdown: 'Markdown', html: 'HTML', pdf: 'PDF' } satisfies Record<
    DocumentFormat,
    string
  >,
  tooLarge: (mb: number) => `Filen er større end ${mb} MB. Del den op, eller indsæt teksten.`,
  pdfProblems: {
    password: 'PDF-filen er beskyttet med en adgangskode. Gem en kopi uden adgangskode.',
    unreadable: 'Filen kunne ikke læses som PDF.',
    no_text:
      'PDF-filen har ingen tekst (er den scannet?). Kør tekstgenkendelse (OCR) på den, eller indsæt teksten.',
  } satisfies Record<PdfProblem, string>,
  fileFailed: 'Filen kunne ikke læses.',
  kommuneLabel: 'Kommune',
  kommuneFound: (navn: string, count: number) =>
    `${navn} (nævnt ${count} ${count === 1 ? 'gang' : 'gange'} i teksten)`,
  kommuneNone: 'Teksten nævner ingen kommune: vælg en',
  summary: (count: number, segments: number) =>
    `${count} mulige løfter i ${segments} sætninger og punkter.`,
  none: 'Ingen sætninger i teksten ligner løfter.',
  candidatesHeading: 'Mulige løfter',
  candidateLabel: (n: number) => `Forslag ${n}`,
  include: 'Med i YAML',
  kind: 'Slags',
  because: 'Fundet ved',
  amounts: 'Beløb',
  durations: 'Varighed',
  years: 'År',
  kommune: 'Kommune',
  kommuneFromDocument: 'dokumentets',
  theme: 'Tema',
  themeNone: 'intet temaord: vælg selv',
  series: 'Mulig serie',
  perYear: 'om året',
  approximate: 'omtrent',
  joined: 'Den næste sætning henviser tilbage og er taget med.',
  cues: {
    skal: 'en pligt',
    vil: 'en hensigt',
    sikre: 'et løfte om at sikre',
    afsaette: 'penge afsættes',
    tilfoere: 'penge tilføres',
    oeremaerke: 'penge øremærkes',
    garanti: 'en garanti',
    midler: 'midler eller finansiering',
    vi_goer: '“vi” gør noget',
    passiv: 'noget gøres',
    beslutning: 'en beslutning',
    aftale: 'en aftale',
    anmodning: 'et ønske, krav eller forslag',
    maal: 'et mål',
    punkt_krav: 'et punkt om mere, færre eller bedre',
    spareforslag: 'et nummereret spareforslag',
    besparelse: 'en besparelse',
    spoergsmaal: 'et spørgsmål',
  } satisfies Record<CueId, string>,
  kindReasons: {
    cut_item: 'nummereret spareforslag',
    cut_proposal: 'forslag om at spare',
    guarantee: 'garanti',
    limit: 'grænse',
    amount: 'beløb',
    funds: 'penge afsat',
    goal: 'mål',
    deadline: 'frist',
    demand_item: 'krav om mere eller bedre',
    other: 'ingen tal, frist eller penge',
  } satisfies Record<KindReason, string>,
  yearRelations: {
    from: 'fra',
    by: 'frist',
    in: 'i',
    budget: 'budgetår',
    period: 'periode',
    year: 'år',
  } satisfies Record<YearRelation, string>,
  selectAll: 'Vælg alle',
  selectNone: 'Fravælg alle',
  chosen: (chosen: number, total: number) => `${chosen} af ${total} er valgt.`,
  downloadYaml: 'Hent YAML',
  downloadText: 'Hent teksten som .txt',
  yamlNote:
    'YAML-filen skal udfyldes (felterne mærket FILL) og tjekkes, før den kan komme i kataloget. Gem teksten i data/seeds/, så citaterne kan findes ordret.',
};

export type FinderWords = typeof daFinder;

const enFinder: FinderWords = {
  pageTitle: 'Find pledges in a document',
  pageLede:
    'Paste the text of a party programme, a budget agreement, a consultation response or a newsletter, or open the file. Løftetjek proposes the sentences that may be pledges and writes them as YAML for the catalogue.',
  privacy: 'The text stays in your browser: nothing is sent anywhere.',
  textLabel: "The document's text",
  textHint: 'Text, Markdown and HTML can be pasted as they are.',
  fileLabel: 'Open a file (text, Markdown, HTML or PDF)',
  find: 'Find pledges',
  reading: (name) => `Reading ${name} …`,
  fileRead: (name, format) => `${name} has been read (${format}).`,
  formats: { text: 'text', markdown: 'Markdown', html: 'HTML', pdf: 'PDF' },
  tooLarge: (mb) => `The file is larger than ${mb} MB. Split it, or paste the text.`,
  pdfProblems: {
    password: 'The PDF is protected by a password. Save a copy without one.',
    unreadable: 'The file could not be read as a PDF.',
    no_text:
      'The PDF has no text (is it a scan?). Run text recognition (OCR) on it, or paste the text.',
  },
  fileFailed: 'The file could not be read.',
  kommuneLabel: 'Kommune',
  kommuneFound: (navn, count) =>
    `${navn} (named ${count} ${count === 1 ? 'time' : 'times'} in the text)`,
  kommuneNone: 'The text names no kommune: choose one',
  summary: (count, segments) =>
    `${count} possible pledges in ${segments} sentences and list items.`,
  none: 'No sentence in the text looks like a pledge.',
  candidatesHeading: 'Possible pledges',
  candidateLabel: (n) => `Candidate ${n}`,
  include: 'In the YAML',
  kind: 'Kind',
  because: 'Found by',
  amounts: 'Amounts',
  durations: 'Durations',
  years: 'Years',
  kommune: 'Kommune',
  kommuneFromDocument: "the document's",
  theme: 'Theme',
  themeNone: 'no theme word: choose one',
  series: 'Possible series',
  perYear: 'a year',
  approximate: 'about',
  joined: 'The next sentence refers back and is included.',
  cues: {
    skal: 'an obligation (skal)',
    vil: 'an intention (vil)',
    sikre: 'a promise to ensure (sikre)',
    afsaette: 'money set aside',
    tilfoere: 'money added',
    oeremaerke: 'money earmarked',
    garanti: 'a guarantee',
    midler: 'funds or funding',
    vi_goer: '“vi” (we) act',
    passiv: 'something is done',
    beslutning: 'a decision',
    aftale: 'an agreement',
    anmodning: 'a wish, demand or proposal',
    maal: 'a goal',
    punkt_krav: 'a point asking for more, fewer or better',
    spareforslag: 'a numbered proposed cut',
    besparelse: 'a cut',
    spoergsmaal: 'a question',
  },
  kindReasons: {
    cut_item: 'numbered proposed cut',
    cut_proposal: 'proposal to cut',
    guarantee: 'guarantee',
    limit: 'limit',
    amount: 'amount',
    funds: 'money set aside',
    goal: 'goal',
    deadline: 'deadline',
    demand_item: 'demand for more or better',
    other: 'no figure, deadline or money',
  },
  yearRelations: {
    from: 'from',
    by: 'deadline',
    in: 'in',
    budget: 'budget year',
    period: 'period',
    year: 'year',
  },
  selectAll: 'Select all',
  selectNone: 'Select none',
  chosen: (chosen, total) => `${chosen} of ${total} selected.`,
  downloadYaml: 'Download YAML',
  downloadText: 'Download the text as .txt',
  yamlNote:
    'The YAML file must be filled in (the fields marked FILL) and checked before it can join the catalogue. Save the text in data/seeds/ so the quotes can be found verbatim.',
};

export const finderText: Record<Lang, FinderWords> = { da: daFinder, en: enFinder };
