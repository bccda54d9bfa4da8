/**
 * Where a pledge card is shown. `page` and `print` are parts of the app; `embed` is the static
 * page and the iframe, plain HTML that must work with no JavaScript; `og` is the chart that is
 * rasterised into the og:image.
 */
export type CardVariant = 'page' | 'print' | 'embed' | 'og';

/**
 * True where cards are rendered to plain HTML (the build's server render, and tests); false in
 * the app's browser bundle, so the `embed` and `og` markup, which the browser never renders,
 * is dropped from the pledge page's JavaScript (its budget is 60 KB gzip).
 */
export const STATIC: boolean = import.meta.env.SSR;
