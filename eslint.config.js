// @ts-check
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import svelteParser from 'svelte-eslint-parser';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'scripts/.*'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...svelte.configs.recommended,
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parser: svelteParser, parserOptions: { parser: tseslint.parser } },
  },
  {
    // src/lib is framework-free: plain data in, plain data out (see DESIGN.md).
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(svelte|svelte/.*)$', message: 'src/lib must not import Svelte.' },
            { regex: '^astro(:|/|$)', message: 'src/lib must not import Astro.' },
            { regex: '^virtual:', message: 'src/lib must not import virtual modules.' },
            { regex: '\\.(svelte|astro)$', message: 'src/lib must not import components.' },
            { regex: '^~/', message: 'src/lib imports only from src/lib, by relative path.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'e2e/**/*.ts', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
