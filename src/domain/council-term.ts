/**
 * The kommunalbestyrelse's four-year term a date falls in. Since the election of November 1981,
 * every term has started on 1 January of 1982, 1986, …, 2006, 2010, 2014, 2018, 2022, 2026, …,
 * the year after the election (the 2005 election's councils sat as sammenlægningsudvalg in 2006,
 * then as the new kommuner's councils 2007–2009, on the same four-year calendar). Before 1982
 * the elections were in March and terms ran from April, so earlier dates are refused rather than
 * answered wrongly. A pledge without a deadline is held to the end of the term it runs for
 * (pledgeTerm): an election programme's pledges run for the council its election chooses.
 */
import type { DocumentKind, IsoDate } from './pledge.ts';
import { parseIsoDate, toIso } from './period.ts';

export interface CouncilTerm {
  /** 1 January of the term's first year. */
  start: IsoDate;
  /** 31 December of the term's last year. */
  end: IsoDate;
  /** The November election that chose this council. */
  electionYear: number;
}

/** First year of the earliest term on the current calendar. */
export const FIRST_TERM_YEAR = 1982;
const TERM_YEARS = 4;
/** Last start year whose term still ends in a four-digit year. */
const LAST_TERM_YEAR = 9994;

export function councilTerm(date: IsoDate): CouncilTerm {
  const ymd = parseIsoDate(date);
  if (!ymd) {
    throw new Error(`councilTerm: '${String(date)}' is not a valid date (expected YYYY-MM-DD).`);
  }
  const startYear = ymd.y - ((((ymd.y - FIRST_TERM_YEAR) % TERM_YEARS) + TERM_YEARS) % TERM_YEARS);
  if (startYear < FIRST_TERM_YEAR || startYear > LAST_TERM_YEAR) {
    throw new RangeError(
      `councilTerm: ${date} is outside the four-year terms that start 1 January ` +
        `${FIRST_TERM_YEAR}, ${FIRST_TERM_YEAR + TERM_YEARS}, … (earlier terms followed another calendar).`,
    );
  }
  return {
    start: toIso(startYear, 1, 1),
    end: toIso(startYear + TERM_YEARS - 1, 12, 31),
    electionYear: startYear - 1,
  };
}

/**
 * The term a pledge runs for. A programme for a coming election promises what the council that
 * election chooses will do, so its pledges run for the next term (a programme written in 2021
 * for the November 2021 election: 2022–2025), not the term it was written in. Any other pledge
 * runs for the term it was made in.
 */
export function pledgeTerm(date: IsoDate, documentKind: DocumentKind | undefined): CouncilTerm {
  const term = councilTerm(date);
  if (documentKind !== 'programme_draft') return term;
  return councilTerm(toIso(Number(term.end.slice(0, 4)) + 1, 1, 1));
}
