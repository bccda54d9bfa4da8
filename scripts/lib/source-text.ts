/**
 * Length limits for the text fields of the checked-in sources, and the one rule for addresses.
 * The longest entries today are a few hundred characters; these limits are several times that, so
 * an honest entry never meets them, while a paste gone wrong (a whole document in a summary) stops
 * the build with file and line instead of bloating every page and card that shows the field.
 */
import { z } from 'zod';
import { unsafeUrlReason } from '../../src/domain/safe-url.ts';

export const MAX_LENGTH = {
  /** Ids end up in page paths (p/<id>/), which file systems cap at 255 bytes. */
  id: 100,
  /** A pledge's quote: a sentence or a short paragraph of the document. */
  quote: 1000,
  summary: 1000,
  title: 300,
  name: 200,
  /** Notes, reasons, descriptions, a municipality's reply. */
  note: 2000,
  unit: 100,
  short: 50,
} as const;

/** A required, non-empty text field of at most `max` characters. */
export function boundedText(max: number) {
  return z
    .string()
    .min(1, 'must not be empty')
    .max(max, `is longer than ${max} characters (the limit for this field)`)
    .refine((t) => !/^FILL\b/.test(t), 'is still a FILL placeholder: write the real text');
}

/** The reason a text cell is too long, or null (for CSV sources, which have no schema). */
export function tooLong(text: string, max: number): string | null {
  return text.length > max ? `is longer than ${max} characters (the limit for this field)` : null;
}

/** An absolute http(s) address: anything else could run code when a reader clicks the link. */
export const webUrl = z.string().superRefine((text, ctx) => {
  const reason = unsafeUrlReason(text);
  if (reason !== null) ctx.addIssue({ code: 'custom', message: `the address ${reason}` });
});
