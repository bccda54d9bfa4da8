import { describe, it, expect } from 'vitest';
import { firstChartTime } from '../../scripts/bench/first-chart-probe.ts';
import {
  finishedBy,
  firstWasmRequest,
  toPageTime,
  type LoggedRequest,
} from '../../scripts/bench/request-log.ts';

// SYNTHETIC request log: made-up URLs, times and sizes.
const log: LoggedRequest[] = [
  { url: 'http://h/bench/', start: 0, end: 20, bytes: 1000 },
  { url: 'http://h/bench/assets/main.js', start: 25, end: 60, bytes: 50_000 },
  { url: 'http://h/bench/assets/duckdb-eh.wasm?v=1', start: 300, end: 1300, bytes: 4_000_000 },
  { url: 'http://h/bench/assets/other.wasm', start: 900, end: 950, bytes: 10 },
  { url: 'http://h/data/manifest.json', start: 1400, end: 1420, bytes: 2000 },
];

describe('finishedBy', () => {
  it('counts the requests finished by a moment and their bytes', () => {
    expect(finishedBy(log, 300)).toEqual({ requests: 2, bytes: 51_000 });
  });

  it('counts a request that ends exactly at the moment', () => {
    expect(finishedBy(log, 20)).toEqual({ requests: 1, bytes: 1000 });
  });

  it('counts everything for Infinity and nothing before the first', () => {
    expect(finishedBy(log, Infinity)).toEqual({ requests: 5, bytes: 4_053_010 });
    expect(finishedBy(log, 0)).toEqual({ requests: 0, bytes: 0 });
  });

  it('leaves out a request whose end is unknown (NaN)', () => {
    expect(finishedBy([{ url: 'http://h/x', start: 0, end: NaN, bytes: 5 }], Infinity)).toEqual({
      requests: 0,
      bytes: 0,
    });
  });
});

describe('firstWasmRequest', () => {
  it('finds the earliest .wasm request, query string ignored', () => {
    expect(firstWasmRequest(log)?.url).toBe('http://h/bench/assets/duckdb-eh.wasm?v=1');
  });

  it('is null when the page asked for no wasm', () => {
    expect(firstWasmRequest(log.filter((r) => !r.url.includes('.wasm')))).toBeNull();
  });

  it('does not take a path that merely contains .wasm', () => {
    expect(
      firstWasmRequest([{ url: 'http://h/a.wasm.js', start: 0, end: 1, bytes: 1 }]),
    ).toBeNull();
  });
});

describe('toPageTime', () => {
  it('puts a wall-clock start on the page clock and adds the relative end', () => {
    expect(toPageTime(1_700_000_000_250, 40, 1_700_000_000_000)).toEqual({ start: 250, end: 290 });
  });

  it('gives no end when the browser reported none (-1)', () => {
    expect(toPageTime(1000, -1, 900).end).toBeNaN();
  });
});

describe('firstChartTime', () => {
  it('is first-contentful-paint when the chart was in the DOM before it (static page)', () => {
    expect(firstChartTime({ chartSeen: 120, paints: { 'first-contentful-paint': 380 } })).toBe(380);
  });

  it('is the insertion when the chart came after the first paint (SPA)', () => {
    expect(firstChartTime({ chartSeen: 560, paints: { 'first-contentful-paint': 330 } })).toBe(560);
  });

  it('counts from the first document when the page handed over to another (?p= link)', () => {
    const probe = { chartSeen: 90, shift: 640, paints: { 'first-contentful-paint': 120 } };
    expect(firstChartTime(probe)).toBe(760);
  });

  it('is NaN without a chart or without a first paint', () => {
    expect(firstChartTime({ paints: { 'first-contentful-paint': 330 } })).toBeNaN();
    expect(firstChartTime({ chartSeen: 10, paints: { 'first-paint': 5 } })).toBeNaN();
  });
});
