/**
 * The StatBank API the live check asks. The build sets __STATBANK_API__ (vite.config.ts, from
 * LOFTETJEK_STATBANK_API, default https://api.statbank.dk/v1) and the page's connect-src allows
 * exactly its origin (scripts/lib/csp.ts), so a test build can point it at a loopback replay.
 */
declare const __STATBANK_API__: string | undefined;

export const DEFAULT_STATBANK_API = 'https://api.statbank.dk/v1';

export const STATBANK_API: string =
  typeof __STATBANK_API__ === 'string' ? __STATBANK_API__ : DEFAULT_STATBANK_API;

/** The host a reader is told the button goes to, e.g. api.statbank.dk. */
export const STATBANK_HOST: string = new URL(STATBANK_API).host;
