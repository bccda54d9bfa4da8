/**
 * The pledge catalogue: data/pledges/*.yaml, one file per source document. Validated strictly,
 * because a pledge is a claim about what a politician said: the quote must stand verbatim in the
 * document, and every reference (metric, kommune, dates) must resolve.
 */
import { z } from 'zod';
import { ACTION_STATUSES, PROPOSAL_STATUSES } from '../../src/domain/pledge.ts';
import { isIsoDate } from '../../src/domain/period.ts';
import { implausibleValue } from './plausible-value.ts';
import { boundedText, MAX_LENGTH, webUrl } from './source-text.ts';
import { readYamlSource } from './yaml-source.ts';
import { SourceError, SourceErrors } from './source-error.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
  .refine(isIsoDate, 'is not a real calendar date');
const kode = z.string().regex(/^\d{3}$/, 'a kommune code has three digits, e.g. "851"');
const kebab = z
  .string()
  .max(MAX_LENGTH.id, `is longer than ${MAX_LENGTH.id} characters`)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case kebab-case');
const title = boundedText(MAX_LENGTH.title);
const name = boundedText(MAX_LENGTH.name);
const note = boundedText(MAX_LENGTH.note);

/** Why a series was chosen: shown on the page, so kept to a few sentences. */
const why = boundedText(400);

/**
 * A text in both languages is written as a `_da`/`_en` pair: both or neither, so a Danish page
 * never falls back to English and an English page never shows Danish for lack of a translation.
 */
function pairs(...stems: string[]) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    for (const stem of stems) {
      const da = value[`${stem}_da`] !== undefined;
      const en = value[`${stem}_en`] !== undefined;
      if (da === en) continue;
      const [has, lacks] = da ? ['da', 'en'] : ['en', 'da'];
      ctx.addIssue({
        code: 'custom',
        path: [`${stem}_${has}`],
        message: `${stem}_${has} needs ${stem}_${lacks} too: write both languages or neither`,
      });
    }
  };
}

const evidenceSchema = z
  .strictObject({
    date: isoDate,
    date_precision: z.enum(['day', 'month', 'year']).optional(),
    title,
    url: webUrl.optional(),
    publisher: name.optional(),
    note_da: note.optional(),
    note_en: note.optional(),
  })
  .superRefine(pairs('note'));

type MeasureFields = {
  relation: 'direct' | 'indirect';
  comparator?: string | undefined;
  target?: number | undefined;
  deadline?: string | undefined;
  baseline?: unknown;
  target_from?: string | undefined;
  unit: string;
};

/**
 * An indirect measure is context and never yields met / not met, so it carries nothing a verdict
 * is computed from; a direct one with a target needs all of comparator, target and deadline.
 */
function targetRules(m: MeasureFields, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message });
  if (m.relation === 'indirect') {
    for (const key of ['comparator', 'target', 'baseline', 'target_from'] as const) {
      if (m[key] !== undefined)
        issue(key, `an indirect measure gives context, not a verdict: remove ${key}`);
    }
    return;
  }
  if (m.target !== undefined && m.comparator === undefined)
    issue('target', 'a target needs a comparator (at_most or at_least)');
  if (m.comparator !== undefined && m.target === undefined)
    issue('comparator', 'a comparator needs a target');
  if (m.target !== undefined && m.deadline === undefined) {
    issue(
      'target',
      'a target needs a deadline: the date the document gives, or the end of the council term the pledge runs for (say so in note_da/note_en)',
    );
  }
  if (m.target === undefined) {
    for (const key of ['baseline', 'target_from'] as const) {
      if (m[key] !== undefined) issue(key, `${key} belongs to a target; this measure has none`);
    }
  }
}

/** A target or baseline no statistic could show (1e308, a negative count) would reach the chart. */
function plausibleFigures(
  m: { target?: number | undefined; unit: string; baseline?: { value: number } | undefined },
  ctx: z.RefinementCtx,
): void {
  const figures: [(string | number)[], number][] = [];
  if (m.target !== undefined) figures.push([['target'], m.target]);
  if (m.baseline) figures.push([['baseline', 'value'], m.baseline.value]);
  for (const [path, value] of figures) {
    const reason = implausibleValue(value, m.unit);
    if (reason) ctx.addIssue({ code: 'custom', path, message: `${value} ${reason}` });
  }
}

const pledgeSchema = z.strictObject({
  id: kebab,
  quote: boundedText(MAX_LENGTH.quote),
  summary_en: boundedText(MAX_LENGTH.summary),
  headline_da: boundedText(90),
  headline_en: boundedText(90),
  actor: z.strictObject({
    type: z.enum(['party', 'person', 'coalition', 'organisation', 'administration', 'unknown']),
    name,
    person: name.optional(),
  }),
  date: isoDate,
  kode,
  theme: z.enum([
    'budget',
    'drug_treatment',
    'homelessness',
    'employment',
    'youth',
    'children_school',
    'crime_prevention',
    'disability',
    'social_services',
    'public_space',
    'governance',
  ]),
  kind: z.enum(['threshold', 'target_by_deadline', 'budget_amount', 'action', 'proposed_cut']),
  lever: z.enum(['kommune', 'state', 'region', 'shared', 'civil_society', 'unknown']),
  amount_dkk: z.number().finite().nonnegative().max(1e12).optional(),
  measure: z
    .strictObject({
      metric: boundedText(MAX_LENGTH.id),
      kode,
      relation: z.enum(['direct', 'indirect']),
      why_da: why,
      why_en: why,
      unit: boundedText(MAX_LENGTH.unit),
      comparator: z.enum(['at_most', 'at_least']).optional(),
      target: z.number().finite().optional(),
      deadline: isoDate.optional(),
      baseline: z
        .strictObject({ period: boundedText(MAX_LENGTH.short), value: z.number().finite() })
        .optional(),
      note_da: note.optional(),
      note_en: note.optional(),
      target_from: z.enum(['document', 'interpretation']).optional(),
      annotations: z
        .array(
          z.strictObject({
            date: isoDate,
            label_da: z.string().min(1).max(80),
            label_en: z.string().min(1).max(80),
            source_title: title,
            source_url: webUrl.optional(),
          }),
        )
        .max(8)
        .optional(),
    })
    .superRefine(pairs('note'))
    .superRefine(targetRules)
    .superRefine(plausibleFigures)
    .optional(),
  unmeasured: z
    .discriminatedUnion('status', [
      z.strictObject({
        status: z.literal('series_not_in_extract'),
        series_da: title,
        series_en: title,
        publisher: name,
        table: boundedText(MAX_LENGTH.short).optional(),
        how_da: note,
        how_en: note,
      }),
      z.strictObject({
        status: z.literal('no_public_series'),
        reason_da: note,
        reason_en: note,
      }),
    ])
    .optional(),
  proposal: z
    .strictObject({
      status: z.enum(PROPOSAL_STATUSES),
      reason_da: note,
      reason_en: note,
      question_da: note,
      question_en: note,
      evidence: z.array(evidenceSchema).max(50, 'list at most 50 pieces of evidence'),
    })
    .optional(),
  action: z
    .strictObject({
      status: z.enum(ACTION_STATUSES),
      reason_da: note.optional(),
      reason_en: note.optional(),
      checked: isoDate.optional(),
      // The verdict rests on evidence that only suggests it (a related initiative, a politician's
      // statement): shown next to the verdict wherever it appears.
      confidence: z.literal('low').optional(),
      evidence: z.array(evidenceSchema).max(50, 'list at most 50 pieces of evidence'),
      right_of_reply: z
        .strictObject({ date: isoDate, text: note, url: webUrl.optional() })
        .nullable()
        .optional(),
    })
    .superRefine(pairs('reason'))
    .refine((a) => a.status === 'not_assessed' || (a.reason_da && a.reason_en), {
      message: 'a status other than not_assessed needs a reason (reason_da and reason_en)',
      path: ['status'],
    })
    .refine((a) => a.confidence === undefined || a.status !== 'not_assessed', {
      message: 'confidence: low belongs to a verdict; not_assessed has none',
      path: ['confidence'],
    })
    .refine((a) => a.confidence === undefined || a.evidence.length > 0, {
      message: 'a low-confidence verdict still needs its evidence',
      path: ['confidence'],
    }),
});

const documentSchema = z.strictObject({
  id: kebab,
  title,
  kind: z.enum([
    'newsletter',
    'programme_draft',
    'budget_proposal',
    'agreement',
    'consultation_response',
  ]),
  publisher: name,
  date: isoDate,
  date_precision: z.enum(['day', 'month', 'year']),
  kode,
  url: webUrl.nullable().optional(),
  seed_file: z
    .string()
    .max(MAX_LENGTH.id)
    .regex(/^[\w.-]+\.txt$/, 'name a file in data/seeds'),
});

const fileSchema = z.strictObject({
  document: documentSchema,
  pledges: z.array(pledgeSchema).min(1),
});

export type DocumentInput = z.infer<typeof documentSchema>;
export type PledgeInput = z.infer<typeof pledgeSchema> & { document_id: string };

export interface CatalogueContext {
  seeds: Map<string, string>;
  metricIds: Set<string>;
  kommuneCodes: Set<string>;
  /** The build date: evidence cannot be dated after it. */
  today: string;
}

export function readPledges(
  files: { file: string; text: string }[],
  context: CatalogueContext,
): { documents: DocumentInput[]; pledges: PledgeInput[] } {
  const documents: DocumentInput[] = [];
  const pledges: PledgeInput[] = [];
  const errors: SourceError[] = [];
  const pledgeIds = new Map<string, string>();
  for (const { file, text } of files) {
    let source;
    try {
      source = readYamlSource(text, file, fileSchema);
    } catch (e) {
      if (e instanceof SourceErrors) errors.push(...e.errors);
      else if (e instanceof SourceError) errors.push(e);
      else throw e;
      continue;
    }
    const { document, pledges: filePledges } = source.value;
    const fail = (path: (string | number)[], reason: string) =>
      errors.push(new SourceError(file, source.lineOf(path), reason));
    if (documents.some((d) => d.id === document.id))
      fail(['document', 'id'], `document id "${document.id}" is used twice`);
    const seed = context.seeds.get(document.seed_file);
    if (seed === undefined)
      fail(['document', 'seed_file'], `seed file "${document.seed_file}" is not in data/seeds`);
    if (!context.kommuneCodes.has(document.kode))
      fail(['document', 'kode'], `kommune ${document.kode} is unknown`);
    documents.push(document);
    filePledges.forEach((p, i) => {
      const earlier = pledgeIds.get(p.id);
      if (earlier) fail(['pledges', i, 'id'], `pledge id "${p.id}" is already used in ${earlier}`);
      pledgeIds.set(p.id, file);
      if (seed !== undefined && !collapse(seed).includes(collapse(p.quote))) {
        fail(['pledges', i, 'quote'], `the quote is not verbatim in ${document.seed_file}`);
      }
      if (!context.kommuneCodes.has(p.kode))
        fail(['pledges', i, 'kode'], `kommune ${p.kode} is unknown`);
      if (p.date > context.today)
        fail(['pledges', i, 'date'], `the pledge date ${p.date} is in the future`);
      const at = (...path: (string | number)[]) => ['pledges', i, ...path];
      if (p.measure && p.unmeasured) {
        fail(
          at('unmeasured', 'status'),
          'a pledge has either a measure or an unmeasured block, not both: remove one',
        );
      } else if (!p.measure && !p.unmeasured) {
        fail(
          at('id'),
          `pledge "${p.id}" needs a measure (the series that measures it) or an unmeasured block (the series that would, or why none does)`,
        );
      }
      if (p.kind === 'proposed_cut' && !p.proposal) {
        fail(
          at('kind'),
          'a proposed_cut needs a proposal block (status adopted, dropped, changed or unknown)',
        );
      } else if (p.kind === 'proposed_cut' && p.action.status !== 'not_assessed') {
        fail(
          at('action', 'status'),
          'a proposed cut is not a pledge to keep: its verdict is the proposal status, and action stays not_assessed',
        );
      } else if (p.kind !== 'proposed_cut' && p.proposal) {
        fail(
          at('proposal', 'status'),
          `a proposal block belongs only to kind proposed_cut, not ${p.kind}`,
        );
      }
      if (p.measure) {
        if (!context.metricIds.has(p.measure.metric)) {
          fail(
            ['pledges', i, 'measure', 'metric'],
            `metric "${p.measure.metric}" is not defined in data/metrics`,
          );
        }
        if (!context.kommuneCodes.has(p.measure.kode))
          fail(['pledges', i, 'measure', 'kode'], `kommune ${p.measure.kode} is unknown`);
        if (p.measure.deadline !== undefined && p.measure.deadline < p.date) {
          fail(
            ['pledges', i, 'measure', 'deadline'],
            `the deadline ${p.measure.deadline} is before the pledge date ${p.date}`,
          );
        }
      }
      const evidence = [
        ...p.action.evidence.map((e, j) => ({ e, path: at('action', 'evidence', j, 'date') })),
        ...(p.proposal?.evidence ?? []).map((e, j) => ({
          e,
          path: at('proposal', 'evidence', j, 'date'),
        })),
      ];
      for (const { e, path } of evidence) {
        if (e.date > context.today) fail(path, `evidence dated ${e.date} is in the future`);
      }
      if (p.action.checked !== undefined && p.action.checked > context.today)
        fail(at('action', 'checked'), `the check date ${p.action.checked} is in the future`);
      pledges.push({ ...p, document_id: document.id });
    });
  }
  if (errors.length > 0) throw new SourceErrors(errors);
  return { documents, pledges };
}

/** Whitespace in the seed text is layout, not content: compare with runs collapsed. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
