import { performance } from 'node:perf_hooks';
import { cpuTicks, machineTicks, USER_HZ } from './procfs';

// CPU time spent during one measured run, by group of processes. On a shared 2-core machine
// req/s moves with whatever else runs; CPU milliseconds per request hardly do, so they show
// where the cost is (app, database, load generator) and whether the machine was busy elsewhere.

/** Named groups of pids, re-read at the end of the window (backends may come and go). */
export type CpuGroups = Record<string, () => number[]>;

export interface CpuUse {
  wallS: number;
  /** CPU seconds per group, plus `loadGenerator` (this process: autocannon). */
  seconds: Record<string, number>;
  /** Share of the whole machine (all cores) busy during the window. */
  machineBusyPct: number;
  /** Share of the machine used by processes outside the bench (other users, builds…). */
  othersBusyPct: number;
}

export function startCpu(groups: CpuGroups): () => CpuUse {
  const before = new Map<number, number>();
  for (const read of Object.values(groups)) for (const pid of read()) before.set(pid, cpuTicks(pid));
  const self0 = process.cpuUsage();
  const m0 = machineTicks();
  const t0 = performance.now();
  return () => {
    const wallS = (performance.now() - t0) / 1000;
    const seconds: Record<string, number> = {};
    let ours = 0;
    for (const [name, read] of Object.entries(groups)) {
      let ticks = 0;
      // A pid born during the window counts from zero; one that died is lost (rare: pools are warm).
      for (const pid of read()) ticks += Math.max(0, cpuTicks(pid) - (before.get(pid) ?? 0));
      seconds[name] = ticks / USER_HZ;
      ours += ticks;
    }
    const self = process.cpuUsage(self0);
    seconds.loadGenerator = (self.user + self.system) / 1e6;
    ours += seconds.loadGenerator * USER_HZ;
    const m1 = machineTicks();
    const total = Math.max(1, m1.total - m0.total);
    const busy = m1.busy - m0.busy;
    return {
      wallS: Math.round(wallS * 100) / 100,
      seconds: Object.fromEntries(Object.entries(seconds).map(([k, v]) => [k, Math.round(v * 100) / 100])),
      machineBusyPct: Math.round((1000 * busy) / total) / 10,
      othersBusyPct: Math.max(0, Math.round((1000 * (busy - ours)) / total) / 10),
    };
  };
}
