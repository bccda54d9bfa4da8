/**
 * The two small inline scripts in a prerendered page's <head>, allowed by their hashes. They run
 * before the body is parsed, so the reader never sees a page the URL does not ask for.
 *
 * STALE_SCRIPT: a prerendered page shows one view (the overview unfiltered, a kommune in Danish);
 * with a query (a filter, ?lang=en) it is not that view, so it stays hidden until the app has
 * drawn the right one (src/main.ts drops it).
 *
 * routeScript: on the root page, the old query links of pages that are prerendered (?p=<id>,
 * ?kommune=<kode>, ?page=method) go straight to their page, its first response already drawn,
 * instead of first painting the overview. Only ids and codes the build wrote a page for are
 * followed, so no link can send the reader to a path that does not exist.
 */
export const STALE_SCRIPT =
  "if(location.search.length>1)document.documentElement.setAttribute('data-prerender','stale')";

/** The CSS that keeps a stale prerendered page hidden (part of the inlined styles). */
export const STALE_CSS = 'html[data-prerender="stale"] #prerendered{display:none}';

export function routeScript(pledgeIds: readonly string[], kommuneKoder: readonly string[]): string {
  for (const id of pledgeIds)
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new Error(`not a pledge id: ${id}`);
  for (const kode of kommuneKoder)
    if (!/^\d{3}$/.test(kode)) throw new Error(`not a kommune code: ${kode}`);
  // Mirrors parseUrlState's order: a valid ?p= (or the old ?pledge=) wins, then ?kommune=, then
  // ?page=. A valid but unknown id stays on the app, which says the pledge is not found.
  return `(function(){var q=new URLSearchParams(location.search),P=${JSON.stringify(pledgeIds)},K=${JSON.stringify(kommuneKoder)};
function go(path){['p','pledge','kommune','page'].forEach(function(k){q.delete(k)});var s=q.toString();location.replace(path+(s?'?'+s:''))}
var p=q.has('p')?q.get('p'):q.get('pledge');
if(p!==null&&p.length<=120&&/^[a-z0-9]+(-[a-z0-9]+)*$/.test(p)){if(P.indexOf(p)>=0)go('p/'+p+'/');return}
var k=q.get('kommune');
if(k!==null&&/^\\d{3}$/.test(k)){if(K.indexOf(k)>=0)go('kommune/'+k+'/');return}
if(q.get('page')==='method')go('metode/')})()`;
}
