/** Pledges with the labels the list and the filters show, resolved for one language. */
import type { PledgeListItem } from '../domain/filter-pledges.ts';
import type { AppData } from './app-data.ts';
import { strings } from './i18n.ts';
import type { Lang } from './state/url-state.ts';

export function pledgeItems(data: AppData, lang: Lang): PledgeListItem[] {
  const t = strings(lang);
  return data.pledges.map((pledge) => ({
    pledge,
    outcome: data.outcomes.get(pledge.id)?.evaluation.status ?? 'cannot_assess',
    action: pledge.action.status,
    kommuneName: data.kommuner.get(pledge.kode)?.navn ?? pledge.kode,
    documentTitle: data.documents.get(pledge.documentId)?.title ?? pledge.documentId,
    themeLabel: t.themes[pledge.theme] ?? pledge.theme,
  }));
}
