/**
 * For pages that embed a Løftetjek card: sizes each of our iframes to the height its card
 * reports, so the card never scrolls or leaves a gap. Only the iframe that sent a message is
 * touched, only if it is one of our embeds (see resize-target.ts), and the height is clamped.
 */
import { clampHeight, embedFolder, isOurEmbed } from './resize-target.ts';

// Read while this script runs: currentScript is null in any later callback.
const script = document.currentScript;
const folder = embedFolder(script instanceof HTMLScriptElement ? script.src : null);

window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== 'loftetjek:height') return;
  const height = clampHeight(data.height);
  if (height === null) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    if (!isOurEmbed(frame.src, location.href, folder, event.origin)) return;
    frame.style.height = `${height}px`;
  }
});
