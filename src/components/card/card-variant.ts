/**
 * Where a pledge card is shown. `page` and `print` are parts of the app; `embed` is the static
 * page and the iframe, plain HTML that must work with no JavaScript; `og` is the chart that is
 * rasterised into the og:image.
 */
export type CardVariant = 'page' | 'print' | 'embed' | 'og';
