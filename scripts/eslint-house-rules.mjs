// House rules ESLint has no built-in rule for (docs/architecture.md §5).
import path from 'node:path';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Files and folders are kebab-case. A file name may have several dot-separated parts
 * (`org.seed-data.ts`, `vite.config.ts`); each part must be kebab-case.
 */
const kebabCaseFileName = {
  meta: {
    type: 'suggestion',
    docs: { description: 'File and folder names are kebab-case (docs/architecture.md §5.1).' },
    schema: [],
    messages: {
      name: '"{{part}}" in {{file}} is not kebab-case: name files and folders like `agency-report.service.ts` (docs/architecture.md §5.1).',
    },
  },
  create(context) {
    return {
      Program(node) {
        const rel = path.relative(context.cwd, context.filename);
        if (rel.startsWith('..') || path.isAbsolute(rel)) return;
        const segments = rel.split(path.sep);
        const base = segments.pop();
        const parts = [...segments, ...base.split('.').slice(0, -1)];
        const bad = parts.find((p) => !KEBAB.test(p));
        if (bad !== undefined) context.report({ node, messageId: 'name', data: { part: bad, file: rel } });
      },
    };
  },
};

export default { meta: { name: 'vte-house-rules' }, rules: { 'kebab-case-file-name': kebabCaseFileName } };
