/**
 * A regular expression that matches whole words in Danish text. JavaScript's \b knows only ASCII
 * letters, so "\bøger" never matches after a space and "år\b" matches inside "årig"; these
 * lookarounds treat æ, ø, å and every other letter or digit as part of a word.
 */
export function words(source: string, flags = 'gu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
}
