/**
 * A Svelte action for what lies below the first screen (the comparison's map and live check, the
 * councillor tools): `onnear` runs once, when the element comes within 400 px of the viewport,
 * so their code and data load when a reader scrolls towards them and never compete with the
 * first chart. Without IntersectionObserver it runs at once.
 */
export function nearViewport(node: HTMLElement, onnear: () => void): { destroy(): void } {
  if (typeof IntersectionObserver === 'undefined') {
    onnear();
    return { destroy() {} };
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      onnear();
    },
    { rootMargin: '400px' },
  );
  observer.observe(node);
  return { destroy: () => observer.disconnect() };
}
