/** Danish sentences agree with their numbers and names (plural, genitive), in both languages where both exist. */
import { describe, expect, it } from 'vitest';
import { explorerText } from '../../src/text/explorer.ts';
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

describe('explorer counts', () => {
  it('speak of one row and one kommune in the singular, in both languages', () => {
    const [da, en] = [explorerText.da, explorerText.en];
    expect(da.rowCount(1, '1', '73')).toBe('1 række på 73 ms');
    expect(da.rowCount(2, '2', '73')).toBe('2 rækker på 73 ms');
    expect(da.tableRows(1, '1')).toBe('1 række');
    expect(da.tableRows(1234, '1.234')).toBe('1.234 rækker');
    expect(da.templatePeriodOption('dec. 2010', 1, '1')).toBe('dec. 2010 (1 kommune)');
    expect(da.templatePeriodOption('2024', 98, '98')).toBe('2024 (98 kommuner)');
    expect(en.rowCount(1, '1', '73')).toBe('1 row in 73 ms');
    expect(en.templatePeriodOption('Dec 2010', 1, '1')).toBe('Dec 2010 (1 municipality)');
  });
});

describe('explorer chart notices', () => {
  it('speak of one row in the singular', () => {
    const da = explorerText.da;
    expect(da.skipped('1')).toMatch(/^1 række er udeladt/);
    expect(da.skipped('2')).toMatch(/^2 rækker er udeladt/);
    expect(da.nullsOmitted('1')).toMatch(/^1 række uden værdi/);
    expect(da.duplicates('1', 'dato')).toMatch(/^1 række har samme dato/);
    expect(da.mapDescription('1', '2', '3')).toMatch(/^1 kommune med en værdi/);
    expect(da.seriesOmitted('1', '1', '8')).toMatch(/^1 serie mere \(1 række\)/);
    expect(explorerText.en.nullsOmitted('1')).toBe('1 row without a value (NULL) is not drawn.');
  });
});
