// SYNTHETIC overview list items for the meter and summary tests: made-up kommuner, pledges and
// verdicts, not the catalogue's.
import type { PledgeListItem } from '../../src/domain/filter-pledges.ts';
import type { OutcomeStatus } from '../../src/domain/outcome.ts';
import type { ActionStatus } from '../../src/domain/pledge.ts';
import { pledge } from '../domain/fixtures.ts';

export function item(
  id: string,
  kode: string,
  kommuneName: string,
  outcome: OutcomeStatus,
  action: ActionStatus,
  hasFigures = false,
): PledgeListItem {
  return {
    pledge: pledge({ id, kode }),
    outcome,
    action,
    kommuneName,
    documentTitle: 'Syntetisk dokument',
    themeLabel: 'Hjemløshed',
    hasFigures,
  };
}
