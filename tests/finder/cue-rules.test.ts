// Synthetic Danish sentences, made up for the tests.
import { describe, expect, it } from 'vitest';
import { findCues, type CueId } from '../../src/finder/cue-rules.ts';

const cues = (text: string, listItem = false): CueId[] =>
  findCues(text, { listItem }).map((c) => c.cue);

describe('findCues', () => {
  it.each<[string, CueId]>([
    ['Der skal bygges flere boliger.', 'skal'],
    ['Vi vil åbne et værested.', 'vil'],
    ['Vi arbejder for at sikre hurtig hjælp.', 'sikre'],
    ['Der afsættes penge til skolerne.', 'afsaette'],
    ['Nu sætter vi flere penge af til ældre.', 'afsaette'],
    ['I 2027 tilføres området 3 mio. kr.', 'tilfoere'],
    ['Beløbet øremærkes til misbrugsbehandling.', 'oeremaerke'],
    ['Alle får en uddannelsesgaranti.', 'garanti'],
    ['Finansieringen sker via engangsmidler.', 'midler'],
    ['Vi øger indsatsen på gadeplan.', 'vi_goer'],
    ['Herudover afprøver vi en ny model.', 'vi_goer'],
    ['Tilskuddet reguleres automatisk.', 'passiv'],
    ['Partierne besluttede at give et løft.', 'beslutning'],
    ['Aftalen betyder bedre hjælp.', 'aftale'],
    ['Forligspartierne bag budgettet står sammen.', 'aftale'],
    ['Vi anmoder kommunen om at lytte.', 'anmodning'],
    ['Forvaltningen bad i samme forbindelse om en plan.', 'anmodning'],
    ['Målet er at få 50 unge i job.', 'maal'],
    ['1.05 Besparelse på vejvedligehold', 'spareforslag'],
    ['Det er forkert at fjerne tilbuddet.', 'besparelse'],
    ['Kunne kommunen investere i mennesker?', 'spoergsmaal'],
  ])('%s → %s', (text, cue) => {
    expect(cues(text)).toContain(cue);
  });

  it('reads a list item asking for more or better as a demand, but only in a list', () => {
    expect(cues('2) Flere unge i job', true)).toEqual(['punkt_krav']);
    expect(cues('Flere unge er i job.', false)).toEqual([]);
  });

  it('leaves out negated cues', () => {
    expect(cues('Det skal ikke være nogen hemmelighed, at budgettet var svært.')).toEqual([]);
    expect(cues('Borgere skal heller ikke vente.')).toEqual([]);
    expect(cues('Det handler ikke om, at vi øger indsatsen.')).toEqual([]);
    expect(cues('Vi kan ikke sikre alt.')).toEqual([]);
    // "ingen … mere end" is a limit, not a negated promise; a negation in another clause is not ours.
    expect(cues('Her skal ingen vente mere end 3 måneder.')).toEqual(['skal']);
    expect(cues('Derfor skal kommunen hjælpe dem, som ikke har en bolig.')).toEqual(['skal']);
  });

  it('leaves out mere descriptions, even with a cue word in them', () => {
    expect(cues('Vi lever i en tid med store forandringer, som vi skal forholde os til.')).toEqual(
      [],
    );
    expect(cues('Erfaringer viser, at indsatsen skal være tidlig.')).toEqual([]);
    expect(cues('Byen har 12 skoler og to svømmehaller.')).toEqual([]);
  });

  it('matches whole Danish words only', () => {
    // "skaller" and "vildt" contain "skal" and "vil"; "besparelsen" is not the verb "spare".
    expect(cues('Vi så skaller og vildt på turen.')).toEqual([]);
  });

  it('says each cue and wording once, with the words as written', () => {
    const found = findCues('Der skal være plads, og der skal være ro.', { listItem: false });
    expect(found).toEqual([{ cue: 'skal', text: 'skal', index: 4 }]);
  });
});
