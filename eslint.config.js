import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'dist-cli/', 'tests/e2e/artifacts/', 'public/', 'tests/fixtures/sealed/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-globals': 'off',
    },
  },
  { files: ['bin/**/*.mjs', '*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  {
    // The core is pure: no browser APIs, no DOM, no Node built-ins (STYLE.md 2).
    files: ['model/**/*.ts', 'rules/**/*.ts', 'extract/**/*.ts', 'export/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt/*', 'node:*', 'fs', 'path', '#imports', 'preact*'] }],
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator', 'fetch', 'localStorage'],
    },
  },
  {
    // What runs in web pages (the probe and the scanner) stays small: no zod, no rule packs. Types are free; values
    // come from model/terms and rules/calendar/dates; deadlines are computed in the worker (app/deadlines.ts).
    files: ['extract/**/*.ts', 'page/**/*.ts', 'sources/**/*.ts', 'messaging/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { regex: '^(\\.\\./)+model(/(index|vocabulary|notice|deadline))?$', allowTypeImports: true, message: 'In page code import values from model/terms (no zod); types are fine.' },
          { regex: '^(\\.\\./)+rules(/(index|packs.*|compute|schema|parse|engine.*))?$', allowTypeImports: true, message: 'Deadlines are computed in the worker (app/deadlines.ts), not in the page.' },
          { regex: '^(zod|(\\.\\./)+(storage|app)(/.*)?)$', allowTypeImports: true, message: 'Page code must not pull in zod, storage or the composition root.' },
        ],
      }],
    },
  },
);
