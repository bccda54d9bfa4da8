/**
 * A value pattern as DST reads it, without the config schema (and zod) it is used by, so the
 * browser's live check can match patterns without loading the schema library.
 */
/** DST accepts '*' as a wildcard inside a value ('2020*', '538*'). */
export function globToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}
