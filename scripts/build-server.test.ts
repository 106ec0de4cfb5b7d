import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { docxWithTaskTable } from '../apps/server/src/modules/plans/parse/fixtures/make-docx';
import { workerFile } from '../apps/server/src/platform/documents/worker-host';
import { repoRoot } from './cli.test-support';

// `npm start` runs the bundle: the plan-parse worker must be there as its own file, found by the
// host from main.mjs, and run without tsx (only node_modules beside it).
describe('build-server: the bundle of npm start carries its document workers', () => {
  // Inside the repository (gitignored) so the bundle resolves mammoth from node_modules.
  const out = path.join(repoRoot, '.vitest-tmp', `bundle-${crypto.randomBytes(4).toString('hex')}`);
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('writes main.mjs and plan-parse.worker.mjs, and the worker parses a Word plan', async () => {
    const r = spawnSync(process.execPath, ['scripts/build-server.mjs', '--outdir', out], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const main = pathToFileURL(path.join(out, 'main.mjs')).href;
    // What the bundled host computes from the source URL esbuild leaves in main.mjs.
    expect(fs.readFileSync(path.join(out, 'main.mjs'), 'utf8')).toContain(
      'new URL("./plan-parse.worker.ts", import.meta.url)',
    );
    const spec = workerFile(new URL('./plan-parse.worker.ts', main), main);
    expect(spec).toEqual({ url: new URL('./plan-parse.worker.mjs', main), execArgv: [] });
    const worker = new Worker(spec.url, {
      execArgv: [],
      workerData: { data: await docxWithTaskTable(), filename: 'ke-hoach.docx', opts: {} },
    });
    const answer = await new Promise<{ ok: boolean; value: { ok: boolean; plan: { tasks: unknown[] } } }>(
      (resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      },
    );
    await worker.terminate();
    expect(answer.ok && answer.value.ok).toBe(true);
    expect(answer.value.plan.tasks.length).toBeGreaterThan(0);
  }, 120_000);
});
