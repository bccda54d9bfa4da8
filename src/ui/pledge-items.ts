/** Pledges with the labels the list and the filters show, resolved for one language. */
import type { PledgeListItem } from '../domain/filter-pledges.ts';
import type { AppData } from './app-data.ts';
import { labelOf, t as dictionary } from '../text/t.ts';
import type { Lang } from './state/url-state.ts';

export function pledgeItems(data: AppData, lang: Lang): PledgeListItem[] {
  const t = dictionary(lang);
  return data.pledges.map((pledge) => ({
    pledge,
    outcome: data.outcomes.get(pledge.id)?.evaluation.status ?? 'cannot_assess',
    action: pledge.action.status,
    kommuneName: data.kommuner.get(pledge.kode)?.navn ?? pledge.kode,
    documentTitle: data.documents.get(pledge.documentId)?.title ?? pledge.documentId,
    themeLabel: labelOf(t.themes, pledge.theme),
    hasFigures: (data.outcomes.get(pledge.id)?.evaluation.latest ?? null) !== null,
  }));
}
