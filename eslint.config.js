import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Import direction (see docs/architecture.md): renderer -> shared, preload -> shared, main -> shared.
 * Only src/main/electron and src/preload may import 'electron'.
 */
const noElectron = { name: 'electron', message: 'Only src/main/electron/ and src/preload/ may import electron.' };
const restrict = (patterns, paths = []) => ['error', { paths, patterns }];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-output/**', '.lo-profile/**', '.tmp/**', '.electron-native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': restrict([{ group: ['**/main/**', '**/preload/**'], message: 'The renderer talks to the API object only.' }], [noElectron]),
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([{ group: ['**/main/**', '**/renderer/**', '**/preload/**', 'node:*'], message: 'src/shared imports nothing from the other sides.' }], [noElectron]),
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**'],
    rules: {
      'no-restricted-imports': restrict([{ group: ['**/renderer/**', '**/preload/**'], message: 'main never imports the renderer or preload.' }], [noElectron]),
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([{ group: ['**/main/**', '**/renderer/**'], message: 'The preload only builds window.api from shared.' }]),
    },
  },
);
