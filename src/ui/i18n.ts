/**
 * Kept only for the explorer's components until they import src/text/t.ts themselves; every word
 * lives in the dictionary there.
 */
export { t as strings, type Dictionary as Strings } from '../text/t.ts';
