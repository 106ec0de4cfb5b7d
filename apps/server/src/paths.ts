import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Files the server reads at run time (migrations, seed documents, the built web app) are found from
// the server package's root, so the same code runs from its sources (tsx, tests) and from the
// bundle `npm start` builds (apps/server/dist).
function serverRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'migrations', 'meta', '_journal.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('apps/server/migrations not found');
    dir = up;
  }
  return dir;
}

export const SERVER_ROOT = serverRoot();
export const MIGRATIONS_DIR = path.join(SERVER_ROOT, 'migrations');
export const WEB_DIST_DIR = path.resolve(SERVER_ROOT, '..', 'web', 'dist');
export const PLAN_SEED_DIR = path.join(SERVER_ROOT, 'src', 'modules', 'plans', 'seed-data');
