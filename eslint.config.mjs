import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerBoundaries } from './lint/layer-boundaries.mjs';

const projectRoot = import.meta.dirname;

export default defineConfig(
  globalIgnores(['out/', 'dist/', '.native/', 'test-results/', '.tmp/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // Each file is type-checked with the tsconfig that builds it (node, web or e2e).
      parserOptions: { projectService: true, tsconfigRootDir: projectRoot },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Vitest types its asymmetric matchers (expect.any, expect.stringMatching) as `any` so they fit
    // any field; every use inside toEqual would otherwise be flagged.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // The plain-JavaScript files (this config, its rules, one build script) belong to no tsconfig.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  layerBoundaries(projectRoot),
);
