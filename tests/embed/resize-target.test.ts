import { describe, expect, it } from 'vitest';
import { clampHeight, embedFolder, isOurEmbed } from '../../src/embed/resize-target.ts';

const SCRIPT = 'https://example.org/lt/embed/resize.js';
const PAGE = 'https://avisen.example/artikel';

describe('resize.js: which iframe a height message may resize', () => {
  const folder = embedFolder(SCRIPT);

  it('finds the embeds folder from its own address', () => {
    expect(folder?.href).toBe('https://example.org/lt/embed/');
    expect(embedFolder(null)).toBeNull();
    expect(embedFolder('')).toBeNull();
    expect(embedFolder('https://example.org/lt/resize.js')).toBeNull();
    expect(embedFolder('data:text/javascript,1')).toBeNull();
  });

  it('resizes our embeds, pinned or not, on a message from our origin', () => {
    const origin = 'https://example.org';
    expect(isOurEmbed('https://example.org/lt/embed/p-1/', PAGE, folder, origin)).toBe(true);
    expect(
      isOurEmbed('https://example.org/lt/embed/p-1/2025-01-01/?lang=en', PAGE, folder, origin),
    ).toBe(true);
  });

  it('leaves every other iframe alone, even when its message comes from its own origin', () => {
    // A third-party frame that posts our message type from its own origin (the old check passed it).
    expect(isOurEmbed('https://ads.example/frame', PAGE, folder, 'https://ads.example')).toBe(
      false,
    );
    // Another site on the same origin (several projects under one github.io host).
    expect(isOurEmbed('https://example.org/other/page', PAGE, folder, 'https://example.org')).toBe(
      false,
    );
    expect(isOurEmbed('https://example.org/lt/', PAGE, folder, 'https://example.org')).toBe(false);
    expect(
      isOurEmbed('https://example.org/lt/embedded/x', PAGE, folder, 'https://example.org'),
    ).toBe(false);
    // Our embed's address, but the message came from elsewhere.
    expect(
      isOurEmbed('https://example.org/lt/embed/p-1/', PAGE, folder, 'https://ads.example'),
    ).toBe(false);
    // A relative src resolves against the host page, not our origin.
    expect(isOurEmbed('/lt/embed/p-1/', PAGE, folder, 'https://example.org')).toBe(false);
    // Without a known folder nothing is resized.
    expect(isOurEmbed('https://example.org/lt/embed/p-1/', PAGE, null, 'https://example.org')).toBe(
      false,
    );
  });

  it('clamps heights and ignores anything that is not a finite number', () => {
    expect(clampHeight(10)).toBe(120);
    expect(clampHeight(540.4)).toBe(540);
    expect(clampHeight(1e9)).toBe(4000);
    for (const bad of [NaN, Infinity, -Infinity, '500', null, undefined, {}]) {
      expect(clampHeight(bad)).toBeNull();
    }
  });
});
