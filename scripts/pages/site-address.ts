/**
 * The public address the static pages are built for. Social sites read og:url and og:image only
 * when they are absolute, so a production build (`npm run build`) without an address would ship
 * previews that silently break: it is refused unless the builder says the site has no public
 * address (LOFTETJEK_NO_PUBLIC_ADDRESS=1, e.g. an intranet copy). Test and preview builds
 * (`npm run build:site`) keep relative addresses.
 */
import { unsafeUrlReason } from '../../src/domain/safe-url.ts';

export type SiteAddress = { kind: 'absolute'; url: string } | { kind: 'relative' };

export interface SiteAddressInput {
  siteUrl: string | undefined;
  noPublicAddress: string | undefined;
  production: boolean;
}

export function siteAddress({
  siteUrl,
  noPublicAddress,
  production,
}: SiteAddressInput): SiteAddress {
  const url = siteUrl?.trim() ?? '';
  if (url !== '') {
    const problem = unsafeUrlReason(url);
    if (problem !== null) throw new Error(`LOFTETJEK_SITE_URL: ${problem}`);
    return { kind: 'absolute', url: url.replace(/\/+$/, '') };
  }
  if (production && noPublicAddress !== '1') {
    throw new Error(
      'LOFTETJEK_SITE_URL is not set: og:url and og:image would be relative and social previews would break. ' +
        'Set LOFTETJEK_SITE_URL=https://… (the address the site is served from), or LOFTETJEK_NO_PUBLIC_ADDRESS=1 if it has none.',
    );
  }
  return { kind: 'relative' };
}
