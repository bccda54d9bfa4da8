/**
 * A suggested theme (the catalogue's list, data/pledges/README.md) from the words of a candidate.
 * Each theme has a few stems; the theme with most hits wins, the more specific theme on a tie
 * (misbrug before socialområdet). It is a suggestion the editor confirms, and says which words
 * led to it.
 */
export const THEMES = [
  'drug_treatment',
  'homelessness',
  'crime_prevention',
  'disability',
  'employment',
  'children_school',
  'youth',
  'public_space',
  'social_services',
  'budget',
  'governance',
] as const;
export type Theme = (typeof THEMES)[number];

const STEMS: Record<Theme, string> = {
  drug_treatment:
    'misbrug|rusmiddel|stofmisbrug|alkohol|afrusning|behandlingsgaranti|døgnbehandling|dobbeltdiagnose|stoffri|clean',
  homelessness:
    'hjemløs|housing first|skæve boliger|forsorgshjem|forsorgsplads|natvarmestue|boliggaranti|herberg|egen bolig|på gaden',
  crime_prevention: 'kriminalitet|kriminel|bande|ssp|kriminalpræventiv|politi|tryghed',
  disability: 'handicap|bo- ?enhed|autisme|udviklingshæm|funktionsnedsættelse',
  employment:
    'kontanthjælp|beskæftigelse|jobcent|jobhus|ledig|aktivering|flexjob|førtidspension|frikort|arbejdsmarked|virksomhedskonsulent|offentlig forsørgelse|job',
  children_school: 'skole|børn|elev|fravær|skolesocialrådgiv|familie|dagtilbud|daginstitution',
  youth: 'unge|ungdom|klub|værested|fritidsjob',
  public_space: 'toilet|pladser og torve|byrum|hellested|bænk|park|torv',
  social_services:
    'socialområde|udsat|psykisk|psykiatri|socialfaglig|sundhedsrum|omsorg|relationel|helhedsorient|socialpædagog|bostøtte',
  budget:
    'budget|mio\\.|millioner|midler|finansiering|likviditet|råderum|engangs|kroner|kr\\.|bevilling|økonomisk løft',
  governance:
    'forvaltning|magistrat|byråd|høring|advisory|beskrive|beregning|evaluering|analyse|inddragelse|samarbejd|plan for|partnerskab',
};

const PATTERNS = THEMES.map(
  (theme) => [theme, new RegExp(`(?<![\\p{L}])(?:${STEMS[theme]})[\\p{L}-]*`, 'giu')] as const,
);

export interface ThemeSuggestion {
  theme: Theme;
  /** The words that led to it, as in the text (at most three). */
  words: string[];
}

export function suggestTheme(text: string): ThemeSuggestion | null {
  let best: ThemeSuggestion | null = null;
  let bestCount = 0;
  for (const [theme, pattern] of PATTERNS) {
    const hits = [...text.matchAll(pattern)].map((m) => m[0]);
    if (hits.length > bestCount) {
      best = { theme, words: [...new Set(hits)].slice(0, 3) };
      bestCount = hits.length;
    }
  }
  return best;
}
