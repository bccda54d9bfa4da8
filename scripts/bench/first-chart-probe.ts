/**
 * The script every benchmarked page runs before its own code (context.addInitScript): it notes
 * when the page's content (the pledge chart's <svg data-testid="pledge-chart">, or the element a
 * page spec names: the first pledge card, the scorecard) is first in the DOM with a layout box,
 * when the document was parsed, and the paint timings, all as performance.now() values. A string,
 * not a function, so nothing the TypeScript loader adds can leak into the page.
 *
 * A page may go on to another document before it paints (the root's head script sends ?p=<id> to
 * p/<id>/). The probe runs in each; the first notes its timeOrigin in sessionStorage, and later
 * ones report `shift`, how much later they started, so every time counts from the reader's click.
 */
export const CHART_SELECTOR = 'svg[data-testid="pledge-chart"]';

export function contentProbe(selector: string = CHART_SELECTOR): string {
  return `(() => {
  const SELECTOR = ${JSON.stringify(selector)};
  const b = (window.__bench = window.__bench || {});
  b.paints = {};
  let first = performance.timeOrigin;
  try {
    const seen = sessionStorage.getItem('__benchOrigin');
    if (seen === null) sessionStorage.setItem('__benchOrigin', String(first));
    else first = Number(seen);
  } catch {}
  b.shift = performance.timeOrigin - first;
  const check = () => {
    if (b.chartSeen !== undefined) return true;
    const el = document.querySelector(SELECTOR);
    if (!el) return false;
    // getBoundingClientRect forces layout, so "seen" means in the DOM and laid out.
    const box = el.getBoundingClientRect();
    if (!(box.width > 0 && box.height > 0)) return false;
    b.chartSeen = performance.now();
    return true;
  };
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    b.dcl = performance.now();
    b.chartInHtml = document.querySelector(SELECTOR) !== null;
    if (check()) observer.disconnect();
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.paints[e.name] = e.startTime;
  }).observe({ type: 'paint', buffered: true });
})();`;
}

export const FIRST_CHART_PROBE = contentProbe();

/** What the probe leaves in window.__bench. */
export interface ProbeResult {
  chartSeen?: number;
  dcl?: number;
  chartInHtml?: boolean;
  /** ms from the first document's start to this one's (0 without a hand-over). */
  shift?: number;
  paints: Record<string, number>;
}

/**
 * The first chart (or content): the first paint that can contain it. That is
 * first-contentful-paint when it was already in the DOM by then (a prerendered page), otherwise
 * the moment it was inserted and laid out (the SPA and the naive page, whose charts arrive after
 * the first paint). In ms from the start of the first document.
 */
export function firstChartTime(probe: ProbeResult): number {
  const fcp = probe.paints['first-contentful-paint'];
  if (probe.chartSeen === undefined || fcp === undefined) return NaN;
  return Math.max(probe.chartSeen, fcp) + (probe.shift ?? 0);
}
