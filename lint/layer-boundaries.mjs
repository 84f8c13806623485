import { builtinModules } from 'node:module';
import { relativeImportsRule } from './relative-imports-rule.mjs';

const builtinNames = builtinModules.filter((name) => !name.includes('/')).join('|');

const nodeBuiltins = (message) => ({ regex: `^(node:|(${builtinNames})(/|$))`, message });
const electron = (message) => ({ regex: '^electron(/|$)', message });

/** The layer rules of ARCHITECTURE.md ("The shape in one picture"), as ESLint config objects. */
export function layerBoundaries(projectRoot) {
  return [
    { plugins: { layers: { rules: { 'relative-imports': relativeImportsRule } } } },
    {
      files: ['src/shared/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              nodeBuiltins(
                'src/shared also runs in the renderer, which has no Node: put Node code in src/main.',
              ),
              electron(
                'src/shared runs under plain Node and in the renderer: put Electron code in src/main/electron.',
              ),
            ],
          },
        ],
        'layers/relative-imports': [
          'error',
          { projectRoot, layer: 'src/shared', allowedFolders: ['src/shared'] },
        ],
      },
    },
    {
      // Unit tests beside shared code may borrow the shared test fixtures; the code they test may not.
      files: ['src/shared/**/*.test.ts'],
      rules: {
        'layers/relative-imports': [
          'error',
          { projectRoot, layer: 'A src/shared test', allowedFolders: ['src/shared', 'tests/support'] },
        ],
      },
    },
    {
      files: ['src/main/**'],
      ignores: ['src/main/electron/**', 'src/main/index.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              electron(
                'Domain code runs under plain Node (tests, browser mode): only src/main/electron/ and src/main/index.ts import electron; pass what the domain needs through an interface.',
              ),
            ],
          },
        ],
      },
    },
    {
      files: ['src/renderer/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              nodeBuiltins(
                'The renderer is a sandboxed web page with no Node: ask the main process through window.api.',
              ),
              electron('The renderer reaches Electron only through window.api, which the preload exposes.'),
            ],
          },
        ],
        'layers/relative-imports': [
          'error',
          { projectRoot, layer: 'src/renderer', allowedFolders: ['src/renderer', 'src/shared'] },
        ],
      },
    },
  ];
}
