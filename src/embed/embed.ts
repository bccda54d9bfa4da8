/**
 * The embed page's only script (a few hundred bytes): applies the options in the URL and tells
 * the host page how tall the card is. The card itself is plain HTML and SVG, visible before this
 * runs and without it.
 */
import { parseEmbedParams } from './embed-params.ts';

const params = parseEmbedParams(location.search);
const root = document.documentElement;
const vintages = (root.dataset.vintages ?? '').split(' ').filter(Boolean);

if (params.vintage && !root.dataset.vintage && vintages.includes(params.vintage)) {
  // A vintage asked for by parameter lives in its own pre-built folder.
  const rest = new URLSearchParams(location.search);
  rest.delete('v');
  const query = rest.toString();
  location.replace(`./${params.vintage}/${query ? `?${query}` : ''}`);
} else {
  root.dataset.theme = params.theme;
  root.lang = params.lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-card-lang]')) {
    el.hidden = el.dataset.cardLang !== params.lang;
  }
  for (const card of document.querySelectorAll('.lt-card')) {
    card.classList.toggle('lt-compact', params.compact);
  }
  const post = () =>
    parent.postMessage(
      { type: 'loftetjek:height', height: Math.ceil(root.getBoundingClientRect().height) },
      '*',
    );
  new ResizeObserver(post).observe(document.body);
  post();
}
