// Synthetic Danish text throughout: made up for the tests, never from a real document.
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/finder/segment-text.ts';

const texts = (text: string) => segmentText(text).map((s) => text.slice(s.start, s.end));

describe('segmentText', () => {
  it('splits sentences but not at Danish abbreviations or ordinals', () => {
    const text =
      'I 2026 tilføres 3 mio. kr. ekstra. Pr. 1. januar bl.a. til unge, f.eks. ca. 40. Vi skal! Kan vi? Ja.';
    expect(texts(text)).toEqual([
      'I 2026 tilføres 3 mio. kr. ekstra.',
      'Pr. 1. januar bl.a. til unge, f.eks. ca. 40.',
      'Vi skal!',
      'Kan vi?',
      'Ja.',
    ]);
  });

  it('ends a sentence after a closing quotation mark', () => {
    expect(texts('”Vi er glade for aftalen.” Det siger rådmanden.')).toEqual([
      '”Vi er glade for aftalen.”',
      'Det siger rådmanden.',
    ]);
  });

  it('makes each bullet line an item, without its bullet, and joins wrapped lines', () => {
    const text =
      'Vi vil:\n\n • Der skal være et\nværested.\n - Flere boliger.\n1. Et punkt.\n\nNy tekst.';
    const segments = segmentText(text);
    expect(segments.map((s) => text.slice(s.start, s.end))).toEqual([
      'Vi vil:',
      'Der skal være et\nværested.',
      'Flere boliger.',
      '1. Et punkt.',
      'Ny tekst.',
    ]);
    expect(segments.map((s) => s.listItem)).toEqual([false, true, true, true, false]);
    expect(new Set(segments.map((s) => s.block)).size).toBe(5);
  });

  it('splits items listed inline with • and with a run 1) 2) 3)', () => {
    expect(texts('• 1.10 Besparelse på A • 2.20 Lukning af B')).toEqual([
      '1.10 Besparelse på A',
      '2.20 Lukning af B',
    ]);
    expect(
      texts('Planen har tre mål: 1) Bedre skoler, 2) Flere job samt 3) Mindre støj. Slut.'),
    ).toEqual([
      'Planen har tre mål:',
      '1) Bedre skoler',
      '2) Flere job',
      '3) Mindre støj.',
      'Slut.',
    ]);
  });

  it('leaves a lone reference "2)" alone', () => {
    expect(texts('Se punkt 2) i bilaget. Tak.')).toEqual(['Se punkt 2) i bilaget.', 'Tak.']);
  });

  it('keeps offsets into the original text (CRLF, indentation)', () => {
    const text = '  Første linje skal med.\r\n\r\n\tAnden sætning vil med.  ';
    for (const s of segmentText(text))
      expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    expect(texts(text)).toEqual(['Første linje skal med.', 'Anden sætning vil med.']);
  });
});
