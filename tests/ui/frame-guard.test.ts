import { describe, expect, it } from 'vitest';
import { framedByOtherOrigin } from '../../src/ui/frame-guard.ts';

// Minimal stand-ins for windows: `origin` null is a frame whose location we may not read.
function win(origin: string | null, parent?: Window): Window {
  const w = {
    get location() {
      if (origin === null) throw new DOMException('Blocked a frame', 'SecurityError');
      return { origin };
    },
  } as unknown as Window & { parent: Window };
  w.parent = parent ?? w;
  return w;
}

describe('framedByOtherOrigin', () => {
  it('is false in a tab of its own and in a frame of our own origin', () => {
    expect(framedByOtherOrigin(win('https://lt.example'))).toBe(false);
    expect(framedByOtherOrigin(win('https://lt.example', win('https://lt.example')))).toBe(false);
  });

  it('is true under another origin, at any depth, or when we may not look', () => {
    expect(framedByOtherOrigin(win('https://lt.example', win(null)))).toBe(true);
    expect(framedByOtherOrigin(win('https://lt.example', win('https://evil.example')))).toBe(true);
    // Our page framed by another site that is itself framed by a page of ours.
    const top = win('https://lt.example');
    expect(framedByOtherOrigin(win('https://lt.example', win(null, top)))).toBe(true);
  });
});
