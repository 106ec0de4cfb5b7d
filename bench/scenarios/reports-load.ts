import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { startCpu, type CpuGroups } from '../lib/cpu';
import type { LoadFigures } from '../lib/load';

// A closed loop of N connections for a slow endpoint: autocannon's fixed 10 s request timeout
// (bench/lib/load.ts) turns a 1–2 s answer under 10 connections into timeouts and no figures at all.
// Each connection sends its next request when the previous answer is read; none is cut short.

interface Done {
  start: number;
  end: number;
  status: number;
}

const pct = (xs: number[], p: number) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!);
};

export async function closedLoop(o: {
  name: string;
  baseUrl: string;
  path: string;
  cookie: string;
  connections: number;
  durationS: number;
  warmupS: number;
  cpu: CpuGroups;
}): Promise<LoadFigures> {
  const t0 = performance.now();
  const warmEnd = t0 + o.warmupS * 1000;
  const end = warmEnd + o.durationS * 1000;
  const done: Done[] = [];
  let errors = 0;
  let stopCpu: (() => ReturnType<ReturnType<typeof startCpu>>) | undefined;
  const cpuTimer = setTimeout(
    () => (stopCpu = process.platform === 'linux' ? startCpu(o.cpu) : undefined),
    o.warmupS * 1000,
  );
  let cpu: ReturnType<ReturnType<typeof startCpu>> | undefined;
  const worker = async () => {
    while (performance.now() < end) {
      const start = performance.now();
      try {
        const res = await fetch(`${o.baseUrl}${o.path}`, { headers: { cookie: o.cookie } });
        await res.arrayBuffer();
        done.push({ start, end: performance.now(), status: res.status });
      } catch {
        errors++;
      }
      if (!cpu && stopCpu && performance.now() >= end) cpu = stopCpu();
    }
  };
  await Promise.all(Array.from({ length: o.connections }, worker));
  clearTimeout(cpuTimer);
  cpu ??= stopCpu?.();
  // Measured: answers received inside the measured window; latency of requests sent inside it.
  const inWindow = done.filter((d) => d.end >= warmEnd && d.end <= end);
  const sent = done.filter((d) => d.start >= warmEnd);
  const lat = sent.map((d) => d.end - d.start);
  const perSecond = Array.from(
    { length: o.durationS },
    (_, s) => inWindow.filter((d) => d.end >= warmEnd + s * 1000 && d.end < warmEnd + (s + 1) * 1000).length,
  );
  const statusCodes: Record<string, number> = {};
  for (const d of sent) statusCodes[d.status] = (statusCodes[d.status] ?? 0) + 1;
  const requests = inWindow.length;
  const perRequest = (s: number) => (requests ? Math.round((s * 1e6) / requests) / 1000 : 0);
  const total = cpu ? Object.values(cpu.seconds).reduce((a, b) => a + b, 0) : 0;
  return {
    name: o.name,
    method: 'GET',
    path: o.path,
    connections: o.connections,
    durationS: o.durationS,
    warmupS: o.warmupS,
    requests,
    reqPerSec: Math.round((requests / o.durationS) * 10) / 10,
    reqPerSecMin: Math.min(...perSecond),
    reqPerSecMax: Math.max(...perSecond),
    latencyMs: {
      average: lat.length ? Math.round(lat.reduce((a, b) => a + b, 0) / lat.length) : 0,
      p50: pct(lat, 50),
      p97_5: pct(lat, 97.5),
      p99: pct(lat, 99),
      max: pct(lat, 100),
    },
    non2xx: sent.filter((d) => d.status < 200 || d.status > 299).length,
    errors,
    timeouts: 0,
    statusCodes,
    warmup: { requests: done.length - sent.length, non2xx: 0, errors: 0 },
    ...(cpu
      ? {
          cpu: {
            msPerRequest: Object.fromEntries(Object.entries(cpu.seconds).map(([k, v]) => [k, perRequest(v)])),
            seconds: cpu.seconds,
            ceilingReqPerSec:
              total > 0 && requests > 0
                ? Math.round(((os.availableParallelism() * requests) / total) * 10) / 10
                : null,
            machineBusyPct: cpu.machineBusyPct,
            othersBusyPct: cpu.othersBusyPct,
          },
        }
      : {}),
  };
}
