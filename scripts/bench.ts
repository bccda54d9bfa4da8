/**
 * npm run bench: measures, in Debian Chromium against the production build, how much sooner a
 * pledge chart appears when the page draws from the catalogue (the app) than when it starts the
 * query engine first (the naive way), and how DuckDB-WASM's queries scale on synthetic extracts.
 * Prints tables and JSON; writes docs/benchmarks.md and docs/benchmarks.json. Not part of npm
 * test: it takes minutes. The method is described in the generated docs/benchmarks.md.
 *
 *   npm run bench -- [--runs N] [--sizes 1e4,1e5,1e6,1e7] [--only pages|queries] [--no-write]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { parseBenchArgs, type BenchArgs } from './bench/args.ts';
import { currentLoad, describeMachine } from './bench/machine.ts';
import { measurePage } from './bench/measure-page.ts';
import { measureQueries } from './bench/measure-queries.ts';
import {
  addSyntheticSet,
  prepareSite,
  removeSyntheticSet,
  type BenchSite,
} from './bench/prepare-site.ts';
import { PROFILES, UNTHROTTLED, type Profile } from './bench/profiles.ts';
import { growthLines } from './bench/query-growth.ts';
import { benchmarksMarkdown, headline, queryHeadline } from './bench/report-markdown.ts';
import { textTable } from './bench/report-render.ts';
import {
  coldStartTable,
  machineTable,
  pagesTable,
  queriesTable,
  ratiosTable,
} from './bench/report-tables.ts';
import { startStaticServer } from './bench/static-server.ts';
import {
  coldStart,
  ratios,
  summarizePage,
  summarizeQueries,
  type BenchReport,
  type PageResult,
  type PageSpec,
  type QueryResult,
} from './bench/summarize.ts';
import { launchChromium } from './lib/chromium.ts';

const PLEDGE = 'aarhus-tema-flere-hjemloese-i-egen-bolig';
const SEED = 0.42;

const KOMMUNE = '751';

/**
 * The pages measured. The chart pages count the pledge chart as shown; the overview its first
 * pledge card, the scorecard its table and the method page its heading, each once it is in the
 * DOM with a layout box (and painted: see firstChartTime).
 */
export function pageSpecs(
  pledge: string,
  benchPath: string,
  floorPath: string,
  kommune = KOMMUNE,
): PageSpec[] {
  return [
    { kind: 'spa', label: 'app (?p=)', path: `/?p=${pledge}` },
    { kind: 'static', label: 'static page', path: `/p/${pledge}/` },
    { kind: 'embed', label: 'embed', path: `/embed/${pledge}/` },
    {
      kind: 'overview',
      label: 'overview',
      path: '/',
      content: '[data-testid="pledge-list"] li',
    },
    {
      kind: 'kommune',
      label: `kommune (${kommune})`,
      path: `/kommune/${kommune}/`,
      content: '[data-testid="scorecard"]',
    },
    {
      kind: 'method',
      label: 'method page',
      path: '/metode/',
      content: '[data-testid="method-page"] h1',
    },
    { kind: 'naive', label: 'naive (engine first)', path: `${benchPath}?mode=naive&p=${pledge}` },
    { kind: 'floor', label: 'floor (a paragraph and an SVG)', path: floorPath },
  ];
}

async function runPages(
  browser: Browser,
  origin: string,
  pages: PageSpec[],
  profile: Profile,
  runs: number,
): Promise<PageResult[]> {
  const timeout = profile.network ? 240_000 : 60_000;
  const results: PageResult[] = pages.map((page) => ({
    page,
    profile: profile.name,
    runs: [],
    failures: [],
  }));
  // Pages take turns, so a slow spell of the machine hits all of them alike.
  for (let i = 0; i < runs; i++) {
    for (const result of results) {
      try {
        result.runs.push(
          await measurePage(
            browser,
            origin + result.page.path,
            profile,
            timeout,
            result.page.content,
          ),
        );
      } catch (e) {
        result.failures.push(e instanceof Error ? e.message.split('\n')[0]! : String(e));
      }
    }
    log(`  ${profile.label}: run ${i + 1}/${runs}`);
  }
  return results;
}

async function runQueries(
  browser: Browser,
  site: BenchSite,
  origin: string,
  args: BenchArgs,
): Promise<QueryResult[]> {
  const results: QueryResult[] = [];
  for (const rows of args.sizes) {
    const result: QueryResult = { rows, fileBytes: null, generateMs: null, run: null, error: null };
    results.push(result);
    try {
      const t = performance.now();
      const set = await addSyntheticSet(site, rows, SEED);
      result.generateMs = performance.now() - t;
      result.fileBytes = set.bytes;
      log(
        `  ${rows} rows: ${(set.bytes / 1e6).toFixed(1)} MB generated in ${Math.round(result.generateMs)} ms`,
      );
      const url = `${origin}${site.benchPath}?mode=queries&data=syn/${rows}/&rows=${rows}&runs=${args.queryRuns}`;
      result.run = await measureQueries(browser, url, UNTHROTTLED, 600_000);
      log(`  ${rows} rows: done in ${Math.round(result.run.wallMs)} ms`);
    } catch (e) {
      result.error = e instanceof Error ? e.message.split('\n')[0]! : String(e);
      log(`  ${rows} rows: FAILED: ${result.error}`);
    } finally {
      removeSyntheticSet(site, rows);
    }
  }
  return results;
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const repo = resolve(import.meta.dirname, '..');
  const started = performance.now();
  const loadAtStart = currentLoad();
  log('Preparing the site (copy of dist/ + bench page) …');
  const site = await prepareSite(repo);
  const server = await startStaticServer(site.dir);
  server.precompress();
  const browser = await launchChromium();
  try {
    const pages = pageSpecs(PLEDGE, site.benchPath, site.floorPath);
    const pageResults: PageResult[] = [];
    if (args.only !== 'queries') {
      log('Warm-up (not measured) …');
      for (const page of pages)
        await measurePage(browser, server.origin + page.path, UNTHROTTLED, 60_000, page.content);
      for (const profile of PROFILES) {
        log(`Pages, ${profile.label} …`);
        pageResults.push(...(await runPages(browser, server.origin, pages, profile, args.runs)));
      }
    }
    log('Queries on synthetic extracts …');
    const queryResults =
      args.only === 'pages' ? [] : await runQueries(browser, site, server.origin, args);
    const summaries = pageResults.map(summarizePage);
    const report: BenchReport = {
      date: new Date().toISOString(),
      machine: describeMachine(browser.version(), loadAtStart),
      options: {
        runs: args.runs,
        queryRuns: args.queryRuns,
        sizes: args.sizes,
        seed: SEED,
        pledge: PLEDGE,
      },
      profiles: PROFILES,
      pages: summaries,
      ratios: ratios(summaries),
      coldStart: pageResults.filter((r) => r.page.kind === 'naive').map(coldStart),
      queries: queryResults.map(summarizeQueries),
      durationS: (performance.now() - started) / 1000,
    };
    printReport(report);
    if (args.write) {
      // Formatted as prettier would, so `npm test`'s prettier --check passes on the result.
      const jsonPath = resolve(repo, 'docs/benchmarks.json');
      const config = (await resolveConfig(jsonPath)) ?? {};
      writeFileSync(
        jsonPath,
        await format(JSON.stringify(report), { ...config, filepath: jsonPath }),
      );
      writeFileSync(resolve(repo, 'docs/benchmarks.md'), benchmarksMarkdown(report));
      log('Wrote docs/benchmarks.md and docs/benchmarks.json.');
    }
  } finally {
    await browser.close();
    await server.close();
    site.remove();
  }
}

function printReport(report: BenchReport): void {
  const out: string[] = ['', textTable(machineTable(report))];
  for (const p of report.profiles)
    out.push('', `Time to first chart, ${p.label}`, textTable(pagesTable(report, p.name)));
  out.push('', 'Ratios (naive ÷ ours)', textTable(ratiosTable(report)));
  out.push('', 'DuckDB-WASM cold start (naive page)', textTable(coldStartTable(report)));
  out.push('', 'Query latency on synthetic extracts', textTable(queriesTable(report)));
  out.push('', 'How the query cost grows', ...growthLines(report.queries));
  out.push('', ...headline(report), ...queryHeadline(report), '', JSON.stringify(report));
  console.log(out.join('\n'));
}

function log(message: string): void {
  console.error(message);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await main();
}
