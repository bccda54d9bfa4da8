import { mount } from 'svelte';
import App from './ui/App.svelte';
import { framedByOtherOrigin, showFramedNotice } from './ui/frame-guard.ts';
import { parseUrlState } from './ui/state/url-state.ts';
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

  // A static pledge page (/p/<id>/) carries its card pre-rendered. The app takes over from it at the
  // root URL with the same view, so links and history behave as everywhere else.
  const prerendered = document.getElementById('prerendered');
  const staticId = /\/p\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(location.pathname)?.[1];
  if (staticId) {
    const params = new URLSearchParams(location.search);
    if (!params.has('p')) params.set('p', staticId);
    history.replaceState(null, '', new URL(`?${params}`, appRoot));
  }

  mount(App, {
    target,
    props: {
      dataUrl: new URL('data/', appRoot).href,
      prerendered: prerendered !== null,
      onready: () => prerendered?.remove(),
    },
  });
}
