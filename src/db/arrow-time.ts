/**
 * DuckDB's dates, times and intervals as the text DuckDB itself prints, for any value it can
 * hold: JavaScript's Date stops at ±275 760 years, DuckDB's DATE and TIMESTAMP go further and
 * have infinities (issue 12: one such value broke a whole explorer result).
 */

// DuckDB's DATE and TIMESTAMP infinities: the largest int32 days, the largest int64 microseconds.
const DATE_INFINITY = 2_147_483_647;
const TIMESTAMP_INFINITY_MS = 2 ** 63 / 1000;
export const DAY_MS = 86_400_000;

/** YYYY-MM-DD for days since 1970-01-01, for any year (H. Hinnant's civil_from_days). */
export function dateText(days: number): string {
  if (days >= DATE_INFINITY) return 'infinity';
  if (days <= -DATE_INFINITY) return '-infinity';
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');
  // DuckDB writes years before 1 as "(BC)": year 0 is 1 BC.
  const shown = year > 0 ? pad(year, 4) : pad(1 - year, 4);
  return `${shown}-${pad(month, 2)}-${pad(day, 2)}${year > 0 ? '' : ' (BC)'}`;
}

export function formatTimestamp(ms: number, utc: boolean): string {
  if (!Number.isFinite(ms)) return String(ms);
  if (ms >= TIMESTAMP_INFINITY_MS) return 'infinity';
  if (ms <= -TIMESTAMP_INFINITY_MS) return '-infinity';
  let whole = Math.floor(ms);
  let micros = Math.round((ms - whole) * 1000);
  if (micros === 1000) {
    whole += 1;
    micros = 0;
  }
  // Days and time of day apart, so a year past what a Date holds is written out too.
  const days = Math.floor(whole / DAY_MS);
  const iso = new Date(whole - days * DAY_MS).toISOString();
  const fraction = (iso.slice(-4, -1) + String(micros).padStart(3, '0')).replace(/0+$/, '');
  const date = dateText(days);
  const bc = date.endsWith(' (BC)');
  const base = `${bc ? date.slice(0, -5) : date}T${iso.slice(11, -5)}`;
  return base + (fraction ? '.' + fraction : '') + (utc ? 'Z' : '') + (bc ? ' (BC)' : '');
}

const UNIT_TO_NANOS = [1_000_000_000n, 1_000_000n, 1_000n, 1n];

export function formatTime(value: bigint, unit: number): string {
  return clockText(value * (UNIT_TO_NANOS[unit] ?? 1000n));
}

/** HH:MM:SS with up to six decimals, as DuckDB prints TIME and the time part of INTERVAL. */
function clockText(nanos: bigint): string {
  const sign = nanos < 0n ? '-' : '';
  const abs = nanos < 0n ? -nanos : nanos;
  const seconds = abs / 1_000_000_000n;
  const micros = (abs % 1_000_000_000n) / 1_000n;
  const pad = (n: bigint) => String(n).padStart(2, '0');
  const hms = `${pad(seconds / 3600n)}:${pad((seconds / 60n) % 60n)}:${pad(seconds % 60n)}`;
  const fraction = micros === 0n ? '' : '.' + String(micros).padStart(6, '0').replace(/0+$/, '');
  return sign + hms + fraction;
}

export function intervalText(months: number, days: number, nanos: bigint): string {
  const plural = (n: number, word: string) => `${n} ${word}${Math.abs(n) === 1 ? '' : 's'}`;
  const parts: string[] = [];
  const years = Math.trunc(months / 12);
  if (years !== 0) parts.push(plural(years, 'year'));
  if (months % 12 !== 0) parts.push(plural(months % 12, 'month'));
  if (days !== 0) parts.push(plural(days, 'day'));
  if (nanos !== 0n || parts.length === 0) parts.push(clockText(nanos));
  return parts.join(' ');
}
