import { describe, it, expect } from 'vitest';
import { DEFAULT_SIZES, parseBenchArgs, parseSize } from '../../scripts/bench/args.ts';

describe('parseBenchArgs', () => {
  it('defaults to 10 runs, all four sizes, writing the docs', () => {
    expect(parseBenchArgs([])).toEqual({
      runs: 10,
      sizes: DEFAULT_SIZES,
      queryRuns: 10,
      only: null,
      write: true,
    });
  });

  it('measures one part only with --only, and then writes no docs', () => {
    expect(parseBenchArgs(['--only', 'queries'])).toMatchObject({ only: 'queries', write: false });
    expect(parseBenchArgs(['--only=pages'])).toMatchObject({ only: 'pages', write: false });
  });

  it('reads --runs N and --runs=N', () => {
    expect(parseBenchArgs(['--runs', '3']).runs).toBe(3);
    expect(parseBenchArgs(['--runs=25']).runs).toBe(25);
  });

  it('never times a query fewer than 10 times, but more when asked for more runs', () => {
    expect(parseBenchArgs(['--runs', '3']).queryRuns).toBe(10);
    expect(parseBenchArgs(['--runs', '25']).queryRuns).toBe(25);
  });

  it('reads --sizes in any notation, sorted and without duplicates', () => {
    expect(parseBenchArgs(['--sizes', '1e6,10000,100_000,1e4']).sizes).toEqual([1e4, 1e5, 1e6]);
  });

  it('turns the docs off with --no-write', () => {
    expect(parseBenchArgs(['--no-write']).write).toBe(false);
  });

  it.each([
    [['--runs', '0']],
    [['--runs', 'many']],
    [['--runs']],
    [['--sizes', '1e4,abc']],
    [['--sizes=']],
    [['--fast']],
    [['--only', 'charts']],
    [['--only']],
  ])('rejects %j', (argv) => {
    expect(() => parseBenchArgs(argv)).toThrow();
  });
});

describe('parseSize', () => {
  it.each([
    ['1e7', 10_000_000],
    ['100000', 100_000],
    [' 1_000 ', 1000],
  ])('%s → %d', (text, rows) => {
    expect(parseSize(text)).toBe(rows);
  });

  it.each(['0', '-5', '1.5', '1e9', ''])('rejects %j', (text) => {
    expect(() => parseSize(text)).toThrow(/--sizes/);
  });
});
