// The process that does an import, for the bench (children-import.ts spawns it): the server's own
// upload service and job, on the bench's database, in a fresh Node process, so its peak RSS (VmHWM:
// main thread, the parse worker thread and everything they allocated) is the import's and nothing
// else's (not the list generator's, not an earlier scenario's). Prints one JSON line on stdout.
//   node --import tsx bench/scenarios/children-import-process.ts <databaseUrl> <small.xlsx> <big.xlsx> <asOf>
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { systemContext } from '../../apps/server/src/platform/auth/context';
import { createDb, createPool } from '../../apps/server/src/platform/db/pool';
import { LY_SON } from '../../apps/server/src/modules/org';
import { scanUnitChildren } from '../../apps/server/src/modules/children/duplicates.service';
import { onImportCommitted, runImportJob } from '../../apps/server/src/modules/children/import-job';
import { requestRun, uploadImport } from '../../apps/server/src/modules/children/import.service';

const [url, small, big, asOf] = process.argv.slice(2) as [string, string, string, string];
const pool = createPool(url, 5);
const db = createDb(pool);
const ctx = systemContext('bench');
// The duplicates scan after the commit, as the server's hook runs it (duplicates-import.ts), timed on
// its own, with the process's peak RSS before it starts.
const scan = { ms: 0, cpuMs: 0, found: 0, hwmBeforeKb: 0 };
onImportCommitted(async (db, i) => {
  scan.hwmBeforeKb = status().hwm;
  const r = await timed(() => scanUnitChildren(db, i.provinceId, i.unitId, null));
  Object.assign(scan, { ms: r.ms, cpuMs: r.cpuMs, found: r.value.found });
});
const mb = (kb: number) => Math.round(kb / 1024);

/** VmRSS / VmHWM of this process in kB (HWM: the peak since the process started). */
function status(): { rss: number; hwm: number } {
  const s = fs.readFileSync('/proc/self/status', 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? 0);
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

const cpuMs = (c: NodeJS.CpuUsage) => Math.round((c.user + c.system) / 1000);

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await f();
  return { value, ms: Math.round(performance.now() - t0), cpuMs: cpuMs(process.cpuUsage(c0)) };
}

const upload = (file: string) =>
  uploadImport(db, ctx, {
    unitId: LY_SON.specialZoneId,
    asOf,
    data: fs.readFileSync(file),
    fileName: path.basename(file),
  });

try {
  const preview = await timed(() => upload(small));
  const before = status();
  const up = await timed(() => upload(big));
  await requestRun(db, ctx, up.value.id, []);
  const run = await timed(() => runImportJob({ provinceId: LY_SON.provinceId, importId: up.value.id }, db));
  const after = status();
  const done = await pool.query<{ status: string; result: unknown }>(
    "select status, summary->'result' as result from child_import where id = $1",
    [up.value.id],
  );
  process.stdout.write(
    `${JSON.stringify({
      previewMs: preview.ms,
      previewValid: preview.value.counts.valid,
      uploadMs: up.ms,
      uploadCpuMs: up.cpuMs,
      runMs: run.ms,
      runCpuMs: run.cpuMs,
      status: done.rows[0]?.status,
      result: done.rows[0]?.result,
      scanMs: scan.ms,
      scanCpuMs: scan.cpuMs,
      scanFound: scan.found,
      peakRssBeforeScanMb: mb(scan.hwmBeforeKb),
      rssBeforeMb: mb(before.rss),
      peakRssMb: mb(after.hwm),
      rssAfterMb: mb(after.rss),
    })}\n`,
  );
} finally {
  await pool.end();
}
