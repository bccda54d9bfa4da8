/**
 * The explorer's words, a section of the dictionary that loads with the explorer's own chunk
 * (like live-check.ts), so the other pages do not carry them. English is typed by the Danish keys.
 */
import type { Lang } from '../domain/format.ts';
import { daExplorer, type ExplorerWords } from './da-explorer.ts';
import { enExplorer } from './en-explorer.ts';

export const explorerText: Record<Lang, ExplorerWords> = { da: daExplorer, en: enExplorer };
