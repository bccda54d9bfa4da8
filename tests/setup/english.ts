// The browser loads the English dictionary only when a reader switches language; tests render
// both languages, so they load it first.
import { loadLanguage } from '../../src/text/t.ts';

await loadLanguage('en');
