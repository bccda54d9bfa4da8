/**
 * What the council dossier offers and prints: the pledges grouped by kommune and, within it, by
 * the document they come from, and the chosen ones in that same order, whatever order they were
 * ticked in. Pure, so the grouping and the choice are tested apart from the page.
 */
import { compareDanish } from '../../domain/danish-collation.ts';
import type { Pledge, SourceDocument } from '../../domain/pledge.ts';

export interface DossierDocument {
  id: string;
  title: string;
  date: string;
  datePrecision: SourceDocument['datePrecision'];
  pledges: Pledge[];
}

export interface DossierGroup {
  kode: string;
  kommune: string;
  documents: DossierDocument[];
}

export interface DossierSource {
  pledges: readonly Pledge[];
  documents: ReadonlyMap<string, SourceDocument>;
  kommuner: ReadonlyMap<string, { navn: string }>;
}

/** Kommuner by name, their documents newest first, pledges in catalogue order. */
export function dossierGroups(data: DossierSource): DossierGroup[] {
  const byKode = new Map<string, Map<string, DossierDocument>>();
  for (const pledge of data.pledges) {
    let documents = byKode.get(pledge.kode);
    if (!documents) byKode.set(pledge.kode, (documents = new Map()));
    let doc = documents.get(pledge.documentId);
    if (!doc) {
      const source = data.documents.get(pledge.documentId);
      doc = {
        id: pledge.documentId,
        title: source?.title ?? pledge.documentId,
        date: source?.date ?? pledge.date,
        datePrecision: source?.datePrecision ?? 'day',
        pledges: [],
      };
      documents.set(pledge.documentId, doc);
    }
    doc.pledges.push(pledge);
  }
  return [...byKode]
    .map(([kode, documents]) => ({
      kode,
      kommune: data.kommuner.get(kode)?.navn ?? kode,
      documents: [...documents.values()].sort(
        (a, b) =>
          (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || compareDanish(a.title, b.title),
      ),
    }))
    .sort((a, b) => compareDanish(a.kommune, b.kommune));
}

/** Every pledge of the groups, in print order. */
export function inPrintOrder(groups: readonly DossierGroup[]): Pledge[] {
  return groups.flatMap((g) => g.documents.flatMap((d) => d.pledges));
}

/** The chosen pledges in print order, and the chosen ids no pledge has. */
export function chosenPledges(
  groups: readonly DossierGroup[],
  ids: readonly string[],
): { pledges: Pledge[]; unknown: string[] } {
  const wanted = new Set(ids);
  const pledges = inPrintOrder(groups).filter((p) => wanted.has(p.id));
  const known = new Set(pledges.map((p) => p.id));
  return { pledges, unknown: ids.filter((id) => !known.has(id)) };
}

/**
 * The ids after ticking (`on`) or unticking a set of pledges; kept in print order so that a link
 * says the same thing however the reader got there. Unknown ids in `ids` are kept: the page says
 * which they are rather than dropping them silently.
 */
export function withChoice(
  groups: readonly DossierGroup[],
  ids: readonly string[],
  change: readonly string[],
  on: boolean,
): string[] {
  const next = new Set(ids);
  for (const id of change) {
    if (on) next.add(id);
    else next.delete(id);
  }
  const ordered = inPrintOrder(groups)
    .map((p) => p.id)
    .filter((id) => next.has(id));
  const known = new Set(ordered);
  return [...ordered, ...ids.filter((id) => next.has(id) && !known.has(id))];
}
