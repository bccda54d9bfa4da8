import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import MethodPage from '../../src/ui/MethodPage.svelte';
import {
  methodPageText,
  methodText,
  type MethodSection,
} from '../../src/text/method/method-text.ts';
import { OUTCOME_LABELS, OUTCOME_STATUSES } from '../../src/domain/outcome.ts';
import { ACTION_LABELS } from '../../src/domain/evaluate-action.ts';
import { BLOCKING_FLAGS, flagText } from '../../src/domain/reasons.ts';
import { QUALITY_FLAGS } from '../../src/domain/series.ts';
import type { ActionStatus } from '../../src/domain/pledge.ts';
import type { Lang } from '../../src/domain/format.ts';

const LANGS: readonly Lang[] = ['da', 'en'];
const ACTION_STATUSES = Object.keys(ACTION_LABELS) as ActionStatus[];

function section(lang: Lang, id: string): MethodSection {
  const found = methodText(lang).find((s) => s.id === id);
  if (!found) throw new Error(`no section '${id}' in ${lang}`);
  return found;
}

function allText(s: MethodSection): string {
  return [s.heading, ...s.paragraphs, ...(s.items ?? []).flatMap((i) => [i.term, i.text])].join(
    '\n',
  );
}

function pageText(lang: Lang): string {
  return methodText(lang).map(allText).join('\n');
}

describe.each(LANGS)('methodText(%s)', (lang) => {
  it('explains every outcome status under the badge label', () => {
    const items = section(lang, 'outcome-statuses').items ?? [];
    for (const status of OUTCOME_STATUSES) {
      const item = items.find((i) => i.term === OUTCOME_LABELS[status][lang]);
      expect(item, status).toBeDefined();
      expect(item?.text.trim().length, status).toBeGreaterThan(40);
    }
    expect(items).toHaveLength(OUTCOME_STATUSES.length);
  });

  it('explains every action status under its label', () => {
    const items = section(lang, 'action').items ?? [];
    for (const status of ACTION_STATUSES) {
      const item = items.find((i) => i.term === ACTION_LABELS[status][lang]);
      expect(item, status).toBeDefined();
      expect(item?.text.trim().length, status).toBeGreaterThan(20);
    }
    expect(items).toHaveLength(ACTION_STATUSES.length);
  });

  it('explains every quality flag, naming its code', () => {
    const items = section(lang, 'data-quality').items ?? [];
    for (const flag of QUALITY_FLAGS) {
      const matching = items.filter((i) => i.code === flag);
      expect(matching, flag).toHaveLength(1);
      expect(matching[0]?.term.toLowerCase()).toContain(flagText(flag, lang).toLowerCase());
      expect(matching[0]?.text.trim().length, flag).toBeGreaterThan(20);
    }
    expect(items).toHaveLength(QUALITY_FLAGS.length);
  });

  it('says which flags block a confident verdict, exactly as BLOCKING_FLAGS does', () => {
    const items = section(lang, 'data-quality').items ?? [];
    const blocks = lang === 'da' ? 'Kan ikke give et sikkert' : 'Cannot give a confident';
    for (const flag of QUALITY_FLAGS) {
      const item = items.find((i) => i.code === flag);
      expect(item?.text.includes(blocks), flag).toBe(BLOCKING_FLAGS.has(flag));
    }
  });

  it('lists every blocking flag in the definition of a clean figure', () => {
    const rules = section(lang, 'outcome').paragraphs.join(' ');
    for (const flag of BLOCKING_FLAGS) expect(rules, flag).toContain(flagText(flag, lang));
  });

  it('names every outcome label, quoted, in the rules', () => {
    const rules = section(lang, 'outcome').paragraphs.join(' ');
    const [open, close] = lang === 'da' ? ['»', '«'] : ['“', '”'];
    for (const status of OUTCOME_STATUSES) {
      expect(rules, status).toContain(`${open}${OUTCOME_LABELS[status][lang]}${close}`);
    }
  });

  it('has no empty section and no empty string', () => {
    for (const s of methodText(lang)) {
      expect(s.heading.trim(), s.id).not.toBe('');
      expect(s.paragraphs.length + (s.items?.length ?? 0), s.id).toBeGreaterThan(0);
      for (const p of s.paragraphs) expect(p.trim(), s.id).not.toBe('');
      for (const i of s.items ?? []) {
        expect(i.term.trim(), s.id).not.toBe('');
        expect(i.text.trim(), `${s.id}: ${i.term}`).not.toBe('');
      }
    }
  });

  it('is plain text: no HTML and no leftover placeholders', () => {
    const text = pageText(lang);
    expect(text).not.toMatch(/<\/?[a-z]/i);
    expect(text).not.toMatch(/undefined|\$\{|\[object/);
  });

  it('lists the known SMDBV004 problems, VIVE and Jobindsats with their sources', () => {
    const text = allText(section(lang, 'known-problems'));
    for (const kommune of [
      'Greve',
      'Lolland',
      'Kerteminde',
      'Langeland',
      'Nordfyn',
      'Nyborg',
      'Odense',
      'Svendborg',
    ]) {
      expect(text).toContain(kommune);
    }
    expect(text).toContain('2020–2023');
    expect(text).toContain('2021');
    expect(text).toContain('2015');
    expect(text).toContain('SMDBV004');
    expect(text).toContain('VIVE');
    expect(text).toContain(lang === 'da' ? 'uge 6' : 'week 6');
    expect(text).toContain('Jobindsats');
    for (const item of section(lang, 'known-problems').items ?? []) {
      expect(item.text, item.term).toMatch(lang === 'da' ? /Kilde: / : /Source: /);
    }
  });

  it('gives the required attributions and licences', () => {
    const text = allText(section(lang, 'sources'));
    expect(text).toContain('Kilde: Danmarks Statistik');
    expect(text).toContain('Kilde: Klimadatastyrelsen (DAGI)');
    expect(text.match(/CC BY 4\.0/g)).toHaveLength(2);
  });

  it('formats numbers for the language', () => {
    const text = allText(section(lang, 'comparisons'));
    expect(text).toContain(lang === 'da' ? 'pr. 1.000 indbyggere' : 'per 1,000 inhabitants');
  });
});

describe('methodText across languages', () => {
  it('has unique ids, identical and in the same order in both languages', () => {
    const da = methodText('da').map((s) => s.id);
    const en = methodText('en').map((s) => s.id);
    expect(new Set(da).size).toBe(da.length);
    expect(en).toEqual(da);
    for (const id of da) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('has the same number of paragraphs and items in both languages', () => {
    const en = methodText('en');
    methodText('da').forEach((s, i) => {
      expect(en[i]?.paragraphs.length, s.id).toBe(s.paragraphs.length);
      expect(en[i]?.items?.length, s.id).toBe(s.items?.length);
    });
  });

  it('uses Danish labels in Danish and never the English ones', () => {
    const da = pageText('da');
    for (const status of OUTCOME_STATUSES) {
      expect(da).toContain(OUTCOME_LABELS[status].da);
      const en = OUTCOME_LABELS[status].en;
      expect(da, en).not.toMatch(new RegExp(`\\b${en}\\b`));
    }
    for (const status of ACTION_STATUSES) {
      expect(da).toContain(ACTION_LABELS[status].da);
      expect(da, ACTION_LABELS[status].en).not.toMatch(
        new RegExp(`\\b${ACTION_LABELS[status].en}\\b`),
      );
    }
  });

  it('falls back to Danish for an unknown language', () => {
    expect(methodText('de' as Lang)).toEqual(methodText('da'));
  });
});

describe('MethodPage', () => {
  it.each(LANGS)('renders every section with an anchor and a contents link (%s)', (lang) => {
    const html = render(MethodPage, { props: { lang } }).body;
    expect(html).toContain('data-testid="method-page"');
    expect(html).toContain(`<h1>${methodPageText(lang).title}</h1>`);
    const sections = methodText(lang);
    for (const s of sections) {
      expect(html).toContain(`href="#${s.id}"`);
      expect(html).toMatch(new RegExp(`<h2 id="${s.id}"[^>]*>`));
    }
    expect(html.match(/<h2 /g)).toHaveLength(sections.length);
    expect(html.match(/<dl/g)).toHaveLength(sections.filter((s) => s.items?.length).length);
    expect(html.match(/<dt/g)).toHaveLength(
      sections.reduce((n, s) => n + (s.items?.length ?? 0), 0),
    );
  });
});
