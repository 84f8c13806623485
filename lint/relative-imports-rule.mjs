import { dirname, relative, resolve, sep } from 'node:path';

/**
 * Where a relative import lands depends on how deep the importing file sits, so a pattern on the
 * import text cannot tell `../main/x` (a sibling folder) from `../../main/x` (the main process).
 * This rule resolves each relative import against its file and checks the folder it reaches.
 */
export const relativeImportsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Relative imports stay inside the folders a layer may use.' },
    schema: [
      {
        type: 'object',
        properties: {
          projectRoot: { type: 'string' },
          allowedFolders: { type: 'array', items: { type: 'string' }, minItems: 1 },
          layer: { type: 'string' },
        },
        required: ['projectRoot', 'allowedFolders', 'layer'],
        additionalProperties: false,
      },
    ],
    messages: {
      outsideLayer: "{{layer}} may import only from {{allowed}}; '{{source}}' reaches {{target}}.",
    },
  },
  create(context) {
    // The root comes from the config file, so running eslint from a subfolder judges the same.
    const [{ projectRoot, allowedFolders, layer }] = context.options;
    const allowed = allowedFolders.map((folder) => resolve(projectRoot, folder));
    const isAllowed = (target) =>
      allowed.some((folder) => target === folder || target.startsWith(folder + sep));

    function check(sourceNode) {
      if (sourceNode?.type !== 'Literal' || typeof sourceNode.value !== 'string') return;
      const source = sourceNode.value;
      // No package name starts with a dot: '.', '..', './x' and '../x' are all paths.
      if (!source.startsWith('.')) return;
      const target = resolve(dirname(context.filename), source);
      if (isAllowed(target)) return;
      context.report({
        node: sourceNode,
        messageId: 'outsideLayer',
        data: {
          layer,
          allowed: allowedFolders.join(' and '),
          source,
          target: relative(projectRoot, target).split(sep).join('/'),
        },
      });
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.source),
    };
  },
};
