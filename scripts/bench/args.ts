/**
 * The command line of
 * `npm run bench -- [--runs N] [--sizes 1e4,1e5,1e6,1e7] [--only pages|queries] [--no-write]`.
 */

export interface BenchArgs {
  /** Cold loads per page and profile. */
  runs: number;
  /** Rows of each synthetic query set. */
  sizes: number[];
  /** Timed runs per query and size (never fewer than 10). */
  queryRuns: number;
  /** Measure only the pages or only the queries; null measures both. */
  only: BenchPart | null;
  /** Write docs/benchmarks.md and .json (off for a quick trial, and whenever --only is given). */
  write: boolean;
}

export type BenchPart = 'pages' | 'queries';
const PARTS: readonly BenchPart[] = ['pages', 'queries'];

export const DEFAULT_SIZES = [1e4, 1e5, 1e6, 1e7];

/** Parses a row count: 100000, 1e5 or 100_000; throws on anything else. */
export function parseSize(text: string): number {
  const value = Number(text.trim().replace(/_/g, ''));
  if (!Number.isInteger(value) || value < 1 || value > 1e8)
    throw new Error(`--sizes: "${text}" is not a row count between 1 and 1e8`);
  return value;
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let runs = 10;
  let sizes = DEFAULT_SIZES;
  let write = true;
  let only: BenchPart | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--runs') {
      const text = value();
      runs = Number(text);
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: "${text}" is not ≥ 1`);
    } else if (flag === '--sizes') {
      sizes = [...new Set(value().split(',').map(parseSize))].sort((a, b) => a - b);
    } else if (flag === '--only') {
      const text = value();
      if (!PARTS.includes(text as BenchPart))
        throw new Error(`--only: "${text}" is not one of ${PARTS.join(', ')}`);
      only = text as BenchPart;
    } else if (flag === '--no-write') {
      write = false;
    } else {
      throw new Error(
        `unknown option ${arg} (use --runs N, --sizes 1e4,1e5, --only queries, --no-write)`,
      );
    }
  }
  // A partial run never overwrites the full report with half its tables.
  return { runs, sizes, queryRuns: Math.max(10, runs), only, write: write && only === null };
}
