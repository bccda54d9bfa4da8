/**
 * Entry of the benchmark-only page (tests/bench/page), built by scripts/bench.ts next to a copy
 * of dist/. ?mode=naive&p=<id> draws a pledge chart engine first; ?mode=queries&data=<dir>&rows=N
 * times queries on a synthetic set. Results go to window.__bench.
 */
import { benchGlobal } from './bench-result.ts';
import { runNaivePage } from './naive-page.ts';
import { runQueryPage } from './query-page.ts';

const params = new URLSearchParams(location.search);
const report = benchGlobal();
const target = document.getElementById('bench');

async function run(): Promise<void> {
  if (!target) throw new Error('index.html has no #bench element');
  // The page sits in <site>/bench/; the app's data is <site>/data/.
  const siteRoot = new URL('../', location.href);
  if (params.get('mode') === 'queries') {
    report.mode = 'queries';
    const data = new URL(params.get('data') ?? 'syn/', siteRoot).href;
    report.queries = await runQueryPage(
      data.endsWith('/') ? data : data + '/',
      Number(params.get('rows')),
      Number(params.get('runs') ?? '10'),
    );
  } else {
    report.mode = 'naive';
    report.naive = await runNaivePage(
      target,
      params.get('p') ?? '',
      new URL('data/', siteRoot).href,
    );
  }
}

run()
  .catch((e: unknown) => {
    report.error = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
  })
  .finally(() => {
    report.done = true;
  });
