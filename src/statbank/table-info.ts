/**
 * The shape of StatBank's /tableinfo answer, as every real recorded one has it, and the variable
 * selection a /data request sends. Shared by the importer and the reader's live check, so both
 * read DST's metadata the same way.
 */
import { z } from 'zod';

export const tableInfoSchema = z.object({
  id: z.string(),
  text: z.string(),
  description: z.string().optional(),
  unit: z.string().nullish(),
  /** The value DST writes for a suppressed or absent cell; "0" in every real tableinfo. */
  suppressedDataValue: z.string().nullish(),
  updated: z.string().nullish(),
  /** false for a table DST has retired (NEET1 since May 2025). */
  active: z.boolean().nullish(),
  footnote: z.object({ text: z.string().nullish(), mandatory: z.boolean().nullish() }).nullish(),
  variables: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      elimination: z.boolean().optional(),
      time: z.boolean().optional(),
      values: z.array(z.object({ id: z.string(), text: z.string() })),
    }),
  ),
});

export type TableInfo = z.infer<typeof tableInfoSchema>;
export type TableInfoVariable = TableInfo['variables'][number];

export interface VariableSelection {
  code: string;
  values: string[];
}
