/**
 * The script every benchmarked page runs before its own code (context.addInitScript): it notes
 * when the pledge chart's <svg data-testid="pledge-chart"> is first in the DOM with a layout box,
 * when the document was parsed, and the paint timings, all as performance.now() values. A string,
 * not a function, so nothing the TypeScript loader adds can leak into the page.
 */
export const CHART_SELECTOR = 'svg[data-testid="pledge-chart"]';

export const FIRST_CHART_PROBE = `(() => {
  const SELECTOR = ${JSON.stringify(CHART_SELECTOR)};
  const b = (window.__bench = window.__bench || {});
  b.paints = {};
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

/** What the probe leaves in window.__bench. */
export interface ProbeResult {
  chartSeen?: number;
  dcl?: number;
  chartInHtml?: boolean;
  paints: Record<string, number>;
}

/**
 * The first chart: the first paint that can contain it. That is first-contentful-paint when the
 * chart was already in the DOM by then (a static page), otherwise the moment it was inserted and
 * laid out (the SPA and the naive page, whose charts arrive after the first paint).
 */
export function firstChartTime(probe: ProbeResult): number {
  const fcp = probe.paints['first-contentful-paint'];
  if (probe.chartSeen === undefined || fcp === undefined) return NaN;
  return Math.max(probe.chartSeen, fcp);
}
