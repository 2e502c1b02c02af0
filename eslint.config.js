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
);
