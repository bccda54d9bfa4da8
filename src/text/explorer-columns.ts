/**
 * What each column of each extract holds, in Danish and English: the one place the schema
 * browser reads. Keyed by table and column as src/db/schema.ts names them; a test fails when a
 * column there has no description here (or one here names no column), so a new column cannot
 * reach the explorer undescribed. Loads with the explorer's chunk, like explorer.ts.
 */
import type { TableName } from '../db/schema.ts';

export interface ColumnDescription {
  da: string;
  en: string;
}

export const COLUMN_DESCRIPTIONS: Record<TableName, Record<string, ColumnDescription>> = {
  kommuner: {
    kode: {
      da: 'Danmarks Statistiks tre-cifrede kommunekode; 000 er Hele landet.',
      en: "Statistics Denmark's three-digit kommune code; 000 is the whole country.",
    },
    navn: { da: 'Kommunens navn.', en: 'The kommune’s name.' },
    region: {
      da: 'Regionen, kommunen ligger i (tom for Hele landet).',
      en: 'The region the kommune lies in (empty for the whole country).',
    },
    komkode: {
      da: 'Kommunekoden med fire cifre (0101), som nogle kilder bruger.',
      en: 'The kommune code with four digits (0101), as some sources write it.',
    },
  },
  metrics: {
    id: {
      da: 'Målingens id; observations.metric_id peger hertil.',
      en: 'The measure’s id; observations.metric_id points here.',
    },
    title_da: { da: 'Målingens titel på dansk.', en: 'The measure’s title in Danish.' },
    title_en: { da: 'Målingens titel på engelsk.', en: 'The measure’s title in English.' },
    unit: {
      da: 'Enheden som kode (persons, percent, dkk …); count, persons og fulltime_persons er antal.',
      en: 'The unit as a code (persons, percent, dkk …); count, persons and fulltime_persons are counts.',
    },
    unit_da: { da: 'Enheden i ord på dansk.', en: 'The unit in words, in Danish.' },
    unit_en: { da: 'Enheden i ord på engelsk.', en: 'The unit in words, in English.' },
    description: {
      da: 'Hvad målingen tæller, og hvordan (på engelsk).',
      en: 'What the measure counts, and how.',
    },
    source: { da: 'Hvem der udgiver tallene.', en: 'Who publishes the figures.' },
    source_en: {
      da: 'Hvem der udgiver tallene, som en engelsk side nævner det.',
      en: 'Who publishes the figures, as an English page names them.',
    },
    table_id: {
      da: 'Statistikbankens tabel (fx FOLK1A), når tallene kommer derfra.',
      en: 'The StatBank table (e.g. FOLK1A), when the figures come from there.',
    },
    licence: {
      da: 'Licensen, tallene må genbruges på.',
      en: 'The licence the figures may be reused under.',
    },
    discontinued_json: {
      da: 'Hvis serien er ophørt: sidste periode, dato og kilde (JSON); ellers tom.',
      en: 'If the series has stopped: last period, date and source (JSON); otherwise empty.',
    },
    higher_is_better: {
      da: 'true: højere er bedre; false: lavere er bedre; tom: ingen retning.',
      en: 'true: higher is better; false: lower is better; empty: no direction.',
    },
  },
  observations: {
    metric_id: {
      da: 'Hvilken måling tallet hører til (metrics.id).',
      en: 'The measure (metrics.id).',
    },
    kode: {
      da: 'Kommunekoden (000 = Hele landet); tom for et område, der ikke er en kommune.',
      en: 'The kommune code (000 = whole country); empty for an area that is not a kommune.',
    },
    area_label: {
      da: 'Området som kilden skriver det (kommune, bydel, boligområde).',
      en: 'The area as the source writes it (kommune, district, housing area).',
    },
    period_start: {
      da: 'Første dag i perioden; tom når kilden ikke dater tallet.',
      en: 'The first day of the period; empty when the source does not date the figure.',
    },
    period_label: {
      da: 'Perioden som kilden skriver den (2024, 2024K1, 2024M03 …).',
      en: 'The period as the source writes it (2024, 2024K1, 2024M03 …).',
    },
    value: {
      da: 'Tallet; tom (NULL), når kilden ikke har et tal for perioden.',
      en: 'The figure; empty (NULL) when the source has none for the period.',
    },
    value_text: {
      da: 'Tallet, som det står i kilden, fx med "ca.".',
      en: 'The figure as the source prints it, e.g. with "about".',
    },
    unit_text: { da: 'Enheden, som kilden skriver den.', en: 'The unit as the source writes it.' },
    quality: {
      da: 'primary: fra udgiveren selv; secondary: gengivet af andre (fx en avis).',
      en: 'primary: from the producer itself; secondary: reported by others (e.g. a newspaper).',
    },
    flags: {
      da: 'Forbehold ved tallet: approx, lower_bound, sub_area, undated, break_in_series …',
      en: 'Caveats on the figure: approx, lower_bound, sub_area, undated, break_in_series …',
    },
    note: { da: 'Bemærkning til tallet.', en: 'A note on the figure.' },
    source_title: {
      da: 'Kilden, som en dansk side nævner den.',
      en: 'The source as a Danish page names it.',
    },
    source_title_en: {
      da: 'Kilden, som en engelsk side nævner den.',
      en: 'The source as an English page names it.',
    },
    source_url: { da: 'Kildens adresse.', en: 'The source’s address.' },
    source_table: {
      da: 'Tabellen i kilden, tallet er hentet fra.',
      en: 'The table in the source the figure was taken from.',
    },
    quote: {
      da: 'Kildens egne ord om tallet, ordret.',
      en: 'The source’s own words about the figure, verbatim.',
    },
    retrieved: { da: 'Dagen tallet blev hentet.', en: 'The day the figure was retrieved.' },
  },
  documents: {
    id: {
      da: 'Dokumentets id; pledges.document_id peger hertil.',
      en: 'The document’s id; pledges.document_id points here.',
    },
    title: { da: 'Dokumentets titel.', en: 'The document’s title.' },
    kind: {
      da: 'Slags dokument (agreement, budget_proposal, newsletter …).',
      en: 'Kind of document (agreement, budget_proposal, newsletter …).',
    },
    publisher: {
      da: 'Hvem der har udgivet dokumentet.',
      en: 'Who published the document.',
    },
    date: { da: 'Dokumentets dato.', en: 'The document’s date.' },
    date_precision: {
      da: 'Hvor præcis datoen er: day, month eller year.',
      en: 'How precise the date is: day, month or year.',
    },
    kode: { da: 'Kommunekoden, dokumentet handler om.', en: 'The kommune code it concerns.' },
    url: {
      da: 'Dokumentets adresse, hvis det er online.',
      en: 'The document’s address, if online.',
    },
    seed_file: {
      da: 'Filen med dokumentets tekst i Løftetjeks kildemateriale.',
      en: 'The file with the document’s text in Løftetjek’s source material.',
    },
  },
  pledges: {
    id: { da: 'Løftets id.', en: 'The pledge’s id.' },
    document_id: {
      da: 'Dokumentet, løftet er citeret fra (documents.id).',
      en: 'The document the pledge is quoted from (documents.id).',
    },
    quote: { da: 'Løftet ordret, på dansk.', en: 'The pledge verbatim, in Danish.' },
    summary_en: { da: 'Løftet kort på engelsk.', en: 'The pledge in brief, in English.' },
    actor_type: {
      da: 'Hvem der lover: person, coalition, administration, organisation eller unknown.',
      en: 'Who pledges: person, coalition, administration, organisation or unknown.',
    },
    actor_name: { da: 'Afsenderens navn.', en: 'The pledger’s name.' },
    actor_person: {
      da: 'Personen bag, når afsenderen er et parti eller et udvalg.',
      en: 'The person behind it, when the pledger is a party or committee.',
    },
    date: { da: 'Dagen løftet blev givet.', en: 'The day the pledge was made.' },
    kode: { da: 'Kommunen, løftet gælder (kode).', en: 'The kommune it applies to (code).' },
    theme: { da: 'Emnet (homelessness, drug_treatment …).', en: 'The subject (homelessness …).' },
    kind: {
      da: 'Slags løfte: target_by_deadline, threshold, action, budget_amount, proposed_cut …',
      en: 'Kind of pledge: target_by_deadline, threshold, action, budget_amount, proposed_cut …',
    },
    lever: {
      da: 'kommune: kommunen kan selv; shared: kræver også andre (stat, region).',
      en: 'kommune: within the kommune’s power; shared: needs others too (state, region).',
    },
    amount_dkk: {
      da: 'Beløbet i kroner, når løftet nævner et.',
      en: 'The amount in kroner, if any.',
    },
    measure_metric: {
      da: 'Målingen, løftet måles på (metrics.id); tom uden tal.',
      en: 'The measure the pledge is measured by (metrics.id); empty without figures.',
    },
    measure_kode: {
      da: 'Kommunekoden, målingen læses for.',
      en: 'The kommune code the measure is read for.',
    },
    measure_comparator: {
      da: 'at_most: højst målet; at_least: mindst målet.',
      en: 'at_most: at most the target; at_least: at least the target.',
    },
    measure_target: { da: 'Målet som tal.', en: 'The target as a figure.' },
    measure_unit: { da: 'Målets enhed.', en: 'The target’s unit.' },
    measure_deadline: { da: 'Fristen for målet.', en: 'The target’s deadline.' },
    measure_baseline_period: {
      da: 'Perioden, målet regnes fra.',
      en: 'The period the target is counted from.',
    },
    measure_baseline_value: {
      da: 'Tallet i udgangsperioden.',
      en: 'The figure in the baseline period.',
    },
    measure_relation: {
      da: 'direct: serien måler det lovede; indirect: baggrund, giver aldrig nået/ikke nået.',
      en: 'direct: the series measures what was promised; indirect: context, never met/not met.',
    },
    measure_why_da: {
      da: 'Hvorfor netop denne serie (dansk).',
      en: 'Why this series (Danish).',
    },
    measure_why_en: {
      da: 'Hvorfor netop denne serie (engelsk).',
      en: 'Why this series (English).',
    },
    measure_note_da: {
      da: 'Bemærkning til målingen af løftet (dansk).',
      en: 'A note on how it is measured (Danish).',
    },
    measure_note_en: {
      da: 'Bemærkning til målingen af løftet (engelsk).',
      en: 'A note on how it is measured (English).',
    },
    unmeasured_status: {
      da: 'Uden måling: series_not_in_extract (serien findes, men er ikke i udtrækket) eller no_public_series.',
      en: 'Without a measure: series_not_in_extract (the series exists elsewhere) or no_public_series.',
    },
    unmeasured_series_da: {
      da: 'Serien, der ville måle løftet (dansk).',
      en: 'The series that would measure it (Danish).',
    },
    unmeasured_series_en: {
      da: 'Serien, der ville måle løftet (engelsk).',
      en: 'The series that would measure it (English).',
    },
    unmeasured_publisher: {
      da: 'Hvem der udgiver den serie.',
      en: 'Who publishes that series.',
    },
    unmeasured_table: {
      da: 'Udgiverens tabel-id, når det kendes.',
      en: 'The publisher’s table id, if known.',
    },
    unmeasured_how_da: {
      da: 'Hvordan serien kan skaffes (dansk).',
      en: 'How the series could be got (Danish).',
    },
    unmeasured_how_en: {
      da: 'Hvordan serien kan skaffes (engelsk).',
      en: 'How the series could be got (English).',
    },
    unmeasured_reason_da: {
      da: 'Hvorfor ingen offentlig serie måler løftet (dansk).',
      en: 'Why no public series measures it (Danish).',
    },
    unmeasured_reason_en: {
      da: 'Hvorfor ingen offentlig serie måler løftet (engelsk).',
      en: 'Why no public series measures it (English).',
    },
    measure_target_from: {
      da: 'interpretation: målet er Løftetjeks læsning af løftet, ikke løftets eget tal.',
      en: 'interpretation: the target is Løftetjek’s reading, not a figure in the pledge.',
    },
    measure_annotations_json: {
      da: 'Daterede noter til grafen (JSON).',
      en: 'Dated notes for the chart (JSON).',
    },
    action_status: {
      da: 'Om det lovede er gjort: kept, broken, in_progress, not_assessed …',
      en: 'Whether the promised action was taken: kept, broken, in_progress, not_assessed …',
    },
    action_reason_da: {
      da: 'Begrundelsen for vurderingen (dansk).',
      en: 'The reason for the assessment (Danish).',
    },
    action_reason_en: {
      da: 'Begrundelsen for vurderingen (engelsk).',
      en: 'The reason for the assessment (English).',
    },
    action_confidence: {
      da: 'low: kilderne peger kun i retning af vurderingen (svagt belæg); ellers tom.',
      en: 'low: the sources only point towards the verdict (weak evidence); otherwise empty.',
    },
    action_checked: {
      da: 'Dagen, kilderne sidst blev gennemgået.',
      en: 'The day the sources were last searched.',
    },
    action_evidence_json: {
      da: 'Kilderne bag vurderingen (JSON).',
      en: 'The sources behind the assessment (JSON).',
    },
    right_of_reply_json: {
      da: 'Afsenderens svar, hvis de har svaret (JSON).',
      en: 'The pledger’s reply, if any (JSON).',
    },
    proposal_status: {
      da: 'Kun for spareforslag: adopted, dropped, changed eller unknown.',
      en: 'Proposed cuts only: adopted, dropped, changed or unknown.',
    },
    proposal_reason_da: {
      da: 'Begrundelsen for forslagets status (dansk).',
      en: 'The reason for the proposal’s status (Danish).',
    },
    proposal_reason_en: {
      da: 'Begrundelsen for forslagets status (engelsk).',
      en: 'The reason for the proposal’s status (English).',
    },
    proposal_question_da: {
      da: 'Spørgsmålet, en kommunalpolitiker bør stille (dansk).',
      en: 'The question a councillor should ask (Danish).',
    },
    proposal_question_en: {
      da: 'Spørgsmålet, en kommunalpolitiker bør stille (engelsk).',
      en: 'The question a councillor should ask (English).',
    },
    proposal_evidence_json: {
      da: 'Kilderne bag forslagets status (JSON).',
      en: 'The sources behind the proposal’s status (JSON).',
    },
  },
};

/** The description of one column in one language; '' when there is none. */
export function describeColumn(table: TableName, column: string, lang: 'da' | 'en'): string {
  return COLUMN_DESCRIPTIONS[table][column]?.[lang] ?? '';
}
