/** Danish sentences agree with their numbers and names (plural, genitive), in both languages where both exist. */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/text/t.ts';

describe('noneWithStatus', () => {
  it('speaks of one pledge in the singular and of several in the plural', () => {
    expect(t('da').noneWithStatus('Holdt', 1, 'Ikke vurderet 1')).toContain('Det ene løfte, der');
    expect(t('da').noneWithStatus('Holdt', 1, 'Ikke vurderet 1')).not.toContain('De 1');
    expect(t('da').noneWithStatus('Holdt', 11, 'Ikke vurderet 11')).toContain('De 11 løfter');
    expect(t('en').noneWithStatus('Kept', 1, 'Not assessed 1')).toContain('The one pledge that');
    expect(t('en').noneWithStatus('Kept', 2, 'Not assessed 2')).toContain('The 2 pledges');
  });
});

describe('scorecardCaption', () => {
  it('writes the Danish genitive of names ending in s with an apostrophe', () => {
    expect(t('da').scorecardCaption('Aarhus')).toBe("Status for Aarhus' løfter");
    expect(t('da').scorecardCaption('Aalborg')).toBe('Status for Aalborgs løfter');
  });
});
