import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Planted code is linted as the text of a real file in each layer: it gets that file's tsconfig
 * and folder depth, and nothing is written into src/, which other tests read while this one runs.
 */
const projectRoot = join(__dirname, '../..');
const eslint = new ESLint({ cwd: projectRoot });

async function rulesBrokenBy(file: string, code: string): Promise<(string | null)[]> {
  const filePath = join(projectRoot, file);
  try {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).map((message) => message.ruleId);
  } finally {
    // The type checker keeps the planted text as this file's content; files that import it would
    // see the planted exports until the real text is put back.
    await eslint.lintText(readFileSync(filePath, 'utf8'), { filePath });
  }
}

const plantedViolations = [
  {
    violation: 'src/shared importing node:fs',
    file: 'src/shared/spoken-day.ts',
    code: "import { readFileSync } from 'node:fs';\nexport const readText = (path: string) => readFileSync(path, 'utf8');\n",
    rule: 'no-restricted-imports',
  },
  {
    violation: 'src/shared importing a bare Node built-in (crypto)',
    file: 'src/shared/spoken-day.ts',
    code: "import { randomUUID } from 'crypto';\nexport const newId = () => randomUUID();\n",
    rule: 'no-restricted-imports',
  },
  {
    violation: 'src/shared importing electron',
    file: 'src/shared/spoken-day.ts',
    code: "import { app } from 'electron';\nexport const appName = () => app.getName();\n",
    rule: 'no-restricted-imports',
  },
  {
    violation: 'src/shared importing main code',
    file: 'src/shared/validation/dmap-id.ts',
    code: "import { loadDirectoryPack } from '../../main/directory/load-directory-pack';\nexport const load = loadDirectoryPack;\n",
    rule: 'layers/relative-imports',
  },
  {
    violation: 'src/shared importing renderer code',
    file: 'src/shared/validation/dmap-id.ts',
    code: "import { copyText } from '../../renderer/src/copy-text';\nexport const copy = copyText;\n",
    rule: 'layers/relative-imports',
  },
  {
    violation: 'src/shared importing the preload',
    file: 'src/shared/spoken-day.ts',
    code: "import '../preload/index';\n",
    rule: 'layers/relative-imports',
  },
  {
    violation: 'main domain code importing electron',
    file: 'src/main/directory/typo-distance.ts',
    code: "import { shell } from 'electron';\nexport const openLink = (url: string) => shell.openExternal(url);\n",
    rule: 'no-restricted-imports',
  },
  {
    violation: 'main domain code importing only a type from electron',
    file: 'src/main/directory/typo-distance.ts',
    code: "import type { WebContents } from 'electron';\nexport type Sender = WebContents;\n",
    rule: 'no-restricted-imports',
  },
  {
    violation: 'a renderer file three folders deep importing main code',
    file: 'src/renderer/src/forms/forms-view.tsx',
    code: "import { withinOneEdit } from '../../../main/directory/typo-distance';\nexport const nearlySame = withinOneEdit;\n",
    rule: 'layers/relative-imports',
  },
  {
    violation: 'a renderer file two folders deep importing main code',
    file: 'src/renderer/src/main.tsx',
    code: "import { withinOneEdit } from '../../main/directory/typo-distance';\nexport const nearlySame = withinOneEdit;\n",
    rule: 'layers/relative-imports',
  },
  {
    violation: 'the renderer importing node:path',
    file: 'src/renderer/src/main.tsx',
    code: "import 'node:path';\n",
    rule: 'no-restricted-imports',
  },
  {
    violation: 'the renderer importing the preload',
    file: 'src/renderer/src/forms/forms-view.tsx',
    code: "import '../../../preload/index';\n",
    rule: 'layers/relative-imports',
  },
  {
    violation: 'the renderer importing a file outside src/',
    file: 'src/renderer/src/main.tsx',
    code: "import '../../../tests/support/fake-clinic';\n",
    rule: 'layers/relative-imports',
  },
  {
    violation: 'a floating promise',
    file: 'src/main/directory/typo-distance.ts',
    code: 'async function refresh(): Promise<void> {\n  await Promise.resolve();\n}\nexport function start(): void {\n  refresh();\n}\n',
    rule: '@typescript-eslint/no-floating-promises',
  },
  {
    violation: 'an async click handler',
    file: 'src/renderer/src/fields/error-alert.tsx',
    code: 'export const Save = () => <button onClick={async () => await Promise.resolve()}>Save</button>;\n',
    rule: '@typescript-eslint/no-misused-promises',
  },
  {
    violation: 'an explicit any',
    file: 'src/shared/spoken-day.ts',
    code: 'export function parse(text: string): any {\n  return text;\n}\n',
    rule: '@typescript-eslint/no-explicit-any',
  },
];

// The first lint in a worker builds the TypeScript program of its project: seconds, more when busy.
describe('npm run lint', { timeout: 120_000 }, () => {
  it.each(plantedViolations)('fails $violation with $rule', async ({ file, code, rule }) => {
    expect(await rulesBrokenBy(file, code)).toEqual([rule]);
  });

  it('lets the renderer import itself and src/shared from any depth', async () => {
    const code =
      "import { localDate } from '../../../shared/validation/calendar-date';\nimport { copyText } from '../copy-text';\nexport const copyToday = () => copyText(localDate(new Date()));\n";
    expect(await rulesBrokenBy('src/renderer/src/forms/forms-view.tsx', code)).toEqual([]);
  });

  it('passes the real files that sit at the edges of the rules', async () => {
    const edges = [
      'src/main/index.ts',
      'src/main/electron/main-window.ts',
      'src/preload/index.ts',
      'src/shared/forms/forms.test.ts',
      'src/renderer/src/forms/form-editor.tsx',
    ];
    const results = await eslint.lintFiles(edges.map((file) => join(projectRoot, file)));
    expect(results.map((result) => [result.filePath, result.messages])).toEqual(
      edges.map((file) => [join(projectRoot, file), []]),
    );
  });
});
