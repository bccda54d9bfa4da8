import { describe, expect, it } from 'vitest';
import { siteAddress } from '../../scripts/pages/site-address.ts';

describe('siteAddress', () => {
  it('refuses a production build without an address, naming both ways out', () => {
    expect(() =>
      siteAddress({ siteUrl: undefined, noPublicAddress: undefined, production: true }),
    ).toThrow(/LOFTETJEK_SITE_URL.*LOFTETJEK_NO_PUBLIC_ADDRESS=1/s);
    expect(() => siteAddress({ siteUrl: '  ', noPublicAddress: '0', production: true })).toThrow(
      /social previews would break/,
    );
  });

  it('builds relative addresses when told there is no public address, or outside production', () => {
    expect(siteAddress({ siteUrl: undefined, noPublicAddress: '1', production: true })).toEqual({
      kind: 'relative',
    });
    expect(siteAddress({ siteUrl: '', noPublicAddress: undefined, production: false })).toEqual({
      kind: 'relative',
    });
  });

  it('takes an absolute http(s) address without its trailing slash', () => {
    expect(
      siteAddress({
        siteUrl: 'https://example.org/loftetjek/',
        noPublicAddress: undefined,
        production: true,
      }),
    ).toEqual({ kind: 'absolute', url: 'https://example.org/loftetjek' });
  });

  it('refuses an address that is not a safe web address, even outside production', () => {
    for (const bad of ['example.org', 'javascript:alert(1)', 'https://a.dk@evil.example/']) {
      expect(() =>
        siteAddress({ siteUrl: bad, noPublicAddress: undefined, production: false }),
      ).toThrow(/^LOFTETJEK_SITE_URL: /);
    }
  });
});
