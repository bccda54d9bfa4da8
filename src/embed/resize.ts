/**
 * For pages that embed a Løftetjek card: sizes each of our iframes to the height its card
 * reports, so the card never scrolls or leaves a gap. Only the iframe that sent a message is
 * touched, only if the message comes from that iframe's own origin, and the height is clamped.
 */
const MIN = 120;
const MAX = 4000;

window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== 'loftetjek:height' || typeof data.height !== 'number') return;
  if (!Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, location.href).origin !== event.origin) return;
    frame.style.height = `${Math.round(Math.min(MAX, Math.max(MIN, data.height)))}px`;
  }
});
