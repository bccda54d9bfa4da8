import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

/** The one module that starts DuckDB-WASM (STYLE.md rule 8). */
const ENGINE_MODULE = 'src/db/client.ts';
const DUCKDB = {
  group: ['@duckdb/duckdb-wasm', '@duckdb/duckdb-wasm/*'],
  message: `only ${ENGINE_MODULE} imports DuckDB-WASM`,
};
/**
 * src/ is what runs in the browser: build code (scripts/, Node built-ins) and the map projection's
 * libraries stay out of the bundle. The projected map's type lives in src/charts/projected-map.ts.
 */
const BROWSER = [
  {
    group: ['**/scripts/**', '**/scripts'],
    message: 'src/ runs in the browser; scripts/ is build code',
  },
  { group: ['node:*'], message: 'src/ runs in the browser, not in Node' },
  {
    group: ['d3-geo', 'd3-scale-chromatic', 'topojson-client', 'topojson-client/*'],
    message: 'the map is projected at build time (scripts/map/project-kommuner.ts)',
  },
  {
    group: ['d3'],
    importNamePattern: '^(geo|scheme|interpolate)',
    message: 'projection and colour schemes stay out of the browser bundle',
  },
];

export default ts.config(
  { ignores: ['dist', 'node_modules', 'public', 'tests/output'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  // Layering (STYLE.md rule 1). One no-restricted-imports setting per file: in a flat config a
  // later block's options replace an earlier block's, so each block repeats the browser rule.
  {
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    ignores: [ENGINE_MODULE],
    rules: { 'no-restricted-imports': ['error', { patterns: [...BROWSER, DUCKDB] }] },
  },
  {
    files: [ENGINE_MODULE],
    rules: { 'no-restricted-imports': ['error', { patterns: BROWSER }] },
  },
  {
    // The domain is pure: no engine, DOM framework, charts or d3.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...BROWSER,
            DUCKDB,
            { group: ['svelte', 'svelte/*', '../db/*', '../ui/*', '../charts/*', 'd3*'] },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
