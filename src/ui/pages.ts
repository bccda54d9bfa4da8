/**
 * Each page's code is its own chunk, loaded when the page is first shown (and the first page's
 * chunk in parallel with the catalogue), so a reader downloads only the code of the views they open.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => (loading ??= load());
}

export const pages = {
  overview: once(() => import('./OverviewPage.svelte')),
  pledge: once(() => import('./PledgePage.svelte')),
  kommune: once(() => import('./KommunePage.svelte')),
  method: once(() => import('./MethodPage.svelte')),
  explore: once(() => import('./ExplorerPage.svelte')),
  finder: once(() => import('./finder/FinderPage.svelte')),
  // Through the pledge page's code, whose card and question it prints (see loadDossier there).
  dossier: once(() => import('./PledgePage.svelte').then((m) => m.loadDossier())),
};

export type PageName = keyof typeof pages;
