// Checks the schema browser's column descriptions against the extracts' schema itself.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { EXTRACTS } from '../../src/db/schema.ts';
import { COLUMN_DESCRIPTIONS, describeColumn } from '../../src/text/explorer-columns.ts';
import SchemaBrowser from '../../src/ui/explorer/SchemaBrowser.svelte';

describe('column descriptions', () => {
  it('describe every column of every extract in Danish and English', () => {
    const missing: string[] = [];
    for (const spec of EXTRACTS)
      for (const column of spec.columns)
        for (const lang of ['da', 'en'] as const)
          if (describeColumn(spec.name, column.name, lang).trim() === '')
            missing.push(`${spec.name}.${column.name} (${lang})`);
    expect(missing).toEqual([]);
  });

  it('describe no column the schema does not have', () => {
    const known = new Set(EXTRACTS.flatMap((s) => s.columns.map((c) => `${s.name}.${c.name}`)));
    const extra = Object.entries(COLUMN_DESCRIPTIONS).flatMap(([table, columns]) =>
      Object.keys(columns)
        .map((c) => `${table}.${c}`)
        .filter((key) => !known.has(key)),
    );
    expect(extra).toEqual([]);
  });

  it('are shown in the schema browser', () => {
    const html = render(SchemaBrowser, {
      props: {
        tables: [
          {
            name: 'kommuner',
            rows: 99,
            source: 'syntetisk',
            columns: [
              {
                name: 'kode',
                type: 'VARCHAR',
                description: describeColumn('kommuner', 'kode', 'en'),
              },
            ],
          },
        ],
        lang: 'en',
        oninsert: () => {},
      },
    }).body;
    expect(html).toMatch(/data-testid="column-description"[^>]*>\s*Statistics Denmark/);
  });
});
