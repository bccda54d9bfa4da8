/**
 * Checks a table's entry in tables.yaml against DST's own /tableinfo before any data is asked
 * for, so a typo or a variable DST has renamed fails with a sentence that names it (and lists what
 * DST does have) instead of an empty or wrong CSV. Returns the entry with every variable name in
 * DST's spelling ('tid' → 'Tid'), which the rest of the import relies on.
 */
import type { TableConfig } from './tables-config.ts';
import { globToRegExp } from './glob-to-regexp.ts';
import type { TableInfo, TableInfoVariable, VariableSelection } from './table-info.ts';
import { StatbankFormatError } from './statbank-error.ts';

export interface ValidatedRequest {
  table: TableConfig;
  selections: VariableSelection[];
  variables: Map<string, TableInfoVariable>;
  /** The cell text DST uses for a suppressed or absent cell (tableinfo suppressedDataValue). */
  suppressed: string | null;
}

export function validateTableRequest(table: TableConfig, info: TableInfo): ValidatedRequest {
  const fail = (reason: string): never => {
    throw new StatbankFormatError(`${table.id}: ${reason}`);
  };
  if (info.id.toUpperCase() !== table.id.toUpperCase()) {
    fail(`/tableinfo beskriver tabellen ${info.id}, ikke ${table.id}`);
  }
  const byName = new Map<string, TableInfoVariable>();
  for (const v of info.variables) byName.set(v.id, v);
  const resolve = (name: string): string => {
    const exact = byName.get(name);
    if (exact) return exact.id;
    const folded = info.variables.find((v) => v.id.toLowerCase() === name.toLowerCase());
    if (folded) return folded.id;
    return fail(
      `variablen ${name} findes ikke i tabellen (tabellen har: ${info.variables.map((v) => v.id).join(', ')})`,
    );
  };

  const selections: VariableSelection[] = [];
  const variables = new Map<string, TableInfoVariable>();
  for (const [name, values] of Object.entries(table.variables)) {
    const id = resolve(name);
    const variable = byName.get(id) as TableInfoVariable;
    if (variables.has(id)) fail(`variablen ${id} står der to gange under variables`);
    variables.set(id, variable);
    selections.push({ code: id, values: values.flatMap((value) => expand(variable, value, fail)) });
  }
  for (const v of info.variables) {
    if (!variables.has(v.id) && v.elimination === false) {
      const first = v.values[0];
      fail(
        `variablen ${v.id} skal vælges, fordi DST ikke kan lægge den sammen` +
          (first ? `; tilføj fx ${v.id}: "${first.id}" (${first.text})` : ''),
      );
    }
  }

  const geography = table.geography === null ? null : resolve(table.geography);
  const time = resolve(table.time);
  const timeVariable = info.variables.find((v) => v.time === true);
  if (timeVariable && timeVariable.id !== time) {
    fail(`time er ${time}, men DST's tidsvariabel er ${timeVariable.id}`);
  }
  const renameKeys = (record: Record<string, string>) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [resolve(k), v]));
  // A value a metric picks must exist too, or the metric would silently get no rows.
  for (const metric of table.metrics) {
    const picks = Object.entries(renameKeys(metric.where));
    if (metric.ratio) {
      const id = resolve(metric.ratio.variable);
      picks.push([id, metric.ratio.numerator], [id, metric.ratio.denominator]);
    }
    for (const [id, value] of picks) {
      const variable = variables.get(id);
      if (variable) expand(variable, value, fail);
    }
  }
  const resolved: TableConfig = {
    ...table,
    geography,
    time,
    variables: Object.fromEntries(selections.map((s) => [s.code, s.values])),
    metrics: table.metrics.map((m) => ({
      ...m,
      where: renameKeys(m.where),
      ...(m.sum_over === undefined ? {} : { sum_over: resolve(m.sum_over) }),
      ...(m.ratio === undefined
        ? {}
        : { ratio: { ...m.ratio, variable: resolve(m.ratio.variable) } }),
    })),
  };
  return { table: resolved, selections, variables, suppressed: info.suppressedDataValue ?? null };
}

/**
 * Checks one requested value and spells out a pattern ('538*') as the codes it matches, so DST gets
 * an explicit list and a sum knows exactly which parts it must have. '*' (all) is sent as is.
 */
function expand(
  variable: TableInfoVariable,
  value: string,
  fail: (reason: string) => never,
): string[] {
  if (value === '*') return [value];
  if (value.includes('*')) {
    const pattern = globToRegExp(value);
    const matches = variable.values.filter((v) => pattern.test(v.id)).map((v) => v.id);
    if (matches.length === 0)
      fail(`mønsteret "${value}" passer ikke på nogen værdi i variablen ${variable.id}`);
    return matches;
  }
  if (variable.values.some((v) => v.id === value)) return [value];
  // List every value when there are not too many, so the right code can be copied from the error.
  const shown = variable.values.length <= 40 ? variable.values : variable.values.slice(0, 12);
  const list = shown.map((v) => `${v.id} (${v.text})`).join(', ');
  const more = shown.length < variable.values.length ? `, … ${variable.values.length} i alt` : '';
  return fail(`værdien "${value}" findes ikke i variablen ${variable.id}; mulige: ${list}${more}`);
}
