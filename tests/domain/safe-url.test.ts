import { describe, expect, it } from 'vitest';
import {
  isSafeHref,
  isWebUrl,
  MAX_URL_LENGTH,
  unsafeUrlReason,
  webUrlOrNull,
} from '../../src/domain/safe-url.ts';

describe('web addresses from the catalogue', () => {
  it.each([
    'https://www.aarhus.dk/media/12345/budget.pdf',
    'http://example.org/',
    'https://vidensportal.dk/voksne/unge-og-voksne-i-hjemloeshed/omfang',
    'https://api.statbank.dk/v1/data/FOLK1A/CSV?lang=da&OMR%C3%85DE=*&Tid=*',
    'https://example.org/sti/æøå?q=1#afsnit',
  ])('accepts %s', (url) => {
    expect(unsafeUrlReason(url)).toBeNull();
    expect(webUrlOrNull(url)).toBe(url);
  });

  it.each([
    ['javascript:alert(1)', /uses javascript:/],
    ['JaVaScRiPt:alert(1)', /uses javascript:/],
    ['javascript://example.org/%0Aalert(1)', /uses javascript:/],
    ['data:text/html,<script>alert(1)</script>', /uses data:/],
    ['vbscript:msgbox(1)', /uses vbscript:/],
    ['file:///etc/passwd', /uses file:/],
    ['ftp://example.org/x', /uses ftp:/],
    ['mailto:a@example.org', /uses mailto:/],
    [' javascript:alert(1)', /spaces or control characters/],
    ['java\tscript:alert(1)', /spaces or control characters/],
    ['java\nscript:alert(1)', /spaces or control characters/],
    ['https://example.org/\u0000', /spaces or control characters/],
    ['https://example.org/a b', /spaces or control characters/],
    ['https://example.org/\u00a0', /spaces or control characters/],
    ['//example.org/x', /not a complete web address/],
    ['/relative/path', /not a complete web address/],
    ['example.org', /not a complete web address/],
    ['', /not a complete web address/],
    ['https://trusted.dk@other.example/', /user name or password/],
    [`https://example.org/${'a'.repeat(MAX_URL_LENGTH)}`, /longer than/],
  ])('refuses %j', (url, reason) => {
    expect(unsafeUrlReason(url)).toMatch(reason);
    expect(isWebUrl(url)).toBe(false);
    expect(webUrlOrNull(url)).toBeNull();
  });

  it('gives null for a missing address', () => {
    expect(webUrlOrNull(undefined)).toBeNull();
    expect(webUrlOrNull(null)).toBeNull();
  });
});

describe('links the app makes itself', () => {
  it.each(['../../p/x/', './', '?page=explore', '#afsnit', 'https://example.org/p/x/'])(
    'allows %s',
    (href) => expect(isSafeHref(href)).toBe(true),
  );

  it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\tscript:x', 'data:text/html,x'])(
    'refuses %j',
    (href) => expect(isSafeHref(href)).toBe(false),
  );
});
