/**
 * The Svelte scope classes (`svelte-<hash>`) on a page's elements or in a stylesheet. Svelte
 * adds a component's scope class only to the elements its styles select, so a page is styled
 * by its inline CSS exactly when every scope class on its elements is in that CSS.
 */
export function scopesOnElements(html: string): Set<string> {
  return new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => scopesIn(m[1] ?? '')));
}

export function scopesIn(text: string): string[] {
  return text.match(/svelte-[a-z0-9]+/g) ?? [];
}
