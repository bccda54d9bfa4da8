import { mount } from 'svelte';
import App from './ui/App.svelte';
import { framedByOtherOrigin, showFramedNotice } from './ui/frame-guard.ts';
import { hrefFor, parseUrlState, searchForPath } from './ui/state/url-state.ts';
import './ui/global.css';

// frame-ancestors 'none' keeps the app out of other sites' frames where the host sends headers;
// elsewhere this does, so the app cannot be framed invisibly for clickjacking.
if (framedByOtherOrigin(window)) {
  void showFramedNotice(document, parseUrlState(location.search).lang, location.href);
} else {
  start();
}

function start(): void {
  const target = document.getElementById('app');
  if (!target) throw new Error('index.html has no #app element');

  // The app's root, wherever the page was opened: this module sits in <root>/assets/ when built
  // (in <root>/src/ during development), so data and links resolve the same from /p/<id>/ pages.
  // (Through a variable: Vite would otherwise take the literal pattern for an asset to bundle.)
  const here = import.meta.url;
  const appRoot = new URL('../', here);

  // A prerendered page (p/<id>/, kommune/<kode>/, metode/, the overview at the root) carries its
  // view drawn at build time. The app takes over at the root URL with the same view, so links and
  // history behave as everywhere else (the path stands for its query: searchForPath).
  const path = location.pathname.startsWith(appRoot.pathname)
    ? location.pathname.slice(appRoot.pathname.length)
    : '';
  const search = searchForPath(path, location.search);
  if (search !== null) history.replaceState(null, '', new URL(search, appRoot));

  // Still the view the URL names? Then it stays until the app has drawn the same, and the two
  // swap at once; otherwise (a filter, English) it goes now, and the app draws the right one.
  const prerendered = document.getElementById('prerendered');
  const current =
    prerendered !== null && prerendered.dataset.view === hrefFor(parseUrlState(location.search));
  if (prerendered && !current) prerendered.remove();
  // The app draws off-document meanwhile, so no element is on the page twice.
  if (current) target.remove();

  mount(App, {
    target,
    props: {
      dataUrl: new URL('data/', appRoot).href,
      prerendered: current,
      onready: () => {
        if (current && prerendered) whenDrawn(target, () => prerendered.replaceWith(target));
      },
    },
  });
}

/**
 * Calls `then` once the app's <main> shows its page (anything but the loading line), or after
 * ten seconds whatever it shows, so a page that never draws cannot keep the old one forever.
 */
function whenDrawn(target: HTMLElement, then: () => void): void {
  const drawn = () =>
    [...(target.querySelector('main')?.children ?? [])].some((el) => !el.matches('[aria-live]'));
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    then();
  };
  const observer = new MutationObserver(() => {
    if (drawn()) finish();
  });
  const timer = setTimeout(finish, 10_000);
  observer.observe(target, { childList: true, subtree: true });
  if (drawn()) finish();
}
