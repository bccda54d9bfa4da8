/**
 * A Svelte action that makes the ids inside one dossier entry unique on the page. The print card
 * is built for a page that shows one pledge, so its ids (the decision heading, the chart's title
 * and description) repeat when the dossier shows several; a repeated id breaks the labels that
 * point at it. Each id gets the entry's prefix, and the attributes that refer to ids follow.
 * Runs again when the card re-renders (a language switch), via a MutationObserver.
 */
const REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for'] as const;

export function prefixIds(root: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  const mark = `${prefix}--`;
  for (const el of root.querySelectorAll('[id]')) {
    if (el.id.startsWith(mark)) continue;
    const next = mark + el.id;
    renamed.set(el.id, next);
    el.id = next;
  }
  if (renamed.size === 0) return;
  for (const attribute of REFERENCES) {
    for (const el of root.querySelectorAll(`[${attribute}]`)) {
      const ids = (el.getAttribute(attribute) ?? '').split(/\s+/).filter((s) => s !== '');
      const next = ids.map((id) => renamed.get(id) ?? id).join(' ');
      if (next !== ids.join(' ')) el.setAttribute(attribute, next);
    }
  }
}

export function uniqueIds(node: Element, prefix: string) {
  let current = prefix;
  prefixIds(node, current);
  const observer = new MutationObserver(() => prefixIds(node, current));
  observer.observe(node, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['id'],
  });
  return {
    update(next: string) {
      current = next;
      prefixIds(node, current);
    },
    destroy() {
      observer.disconnect();
    },
  };
}
