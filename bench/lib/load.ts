import os from 'node:os';
import autocannon, { type RequestSpec, type Result } from 'autocannon';
import { startCpu, type CpuGroups } from './cpu';

// autocannon (programmatic, in this process) with a discarded warm-up run before the measured one.

export interface LoadSpec {
  name: string;
  baseUrl: string;
  path: string;
  connections: number;
  durationS: number;
  warmupS: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Per-request variation (e.g. a different user for each sign-in). */
  setupRequest?: RequestSpec['setupRequest'];
  /** Process groups whose CPU time is read over the measured run (Linux). */
  cpu?: CpuGroups;
}

export interface LoadFigures {
  name: string;
  method: string;
  path: string;
  connections: number;
  durationS: number;
  warmupS: number;
  requests: number;
  /** Mean of the per-second request counts, as autocannon reports it. */
  reqPerSec: number;
  reqPerSecMin: number;
  reqPerSecMax: number;
  latencyMs: { average: number; p50: number; p97_5: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  warmup: { requests: number; non2xx: number; errors: number };
  /** CPU milliseconds per request by group (app, db, loadGenerator), and how busy the machine was. */
  cpu?: {
    msPerRequest: Record<string, number>;
    seconds: Record<string, number>;
    /** What the cores could serve with nothing else running: cores × 1000 / total CPU ms per request. */
    ceilingReqPerSec: number | null;
    machineBusyPct: number;
    othersBusyPct: number;
  };
}

async function fire(spec: LoadSpec, durationS: number): Promise<Result> {
  const request: RequestSpec = { method: spec.method ?? 'GET', path: spec.path };
  if (spec.headers) request.headers = spec.headers;
  if (spec.setupRequest) request.setupRequest = spec.setupRequest;
  return autocannon({
    url: spec.baseUrl,
    connections: spec.connections,
    duration: durationS,
    timeout: 10,
    requests: [request],
    title: spec.name,
  });
}

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

function ceiling(seconds: Record<string, number>, requests: number): number | null {
  const total = Object.values(seconds).reduce((a, b) => a + b, 0);
  return total > 0 && requests > 0 ? Math.round((os.availableParallelism() * requests) / total) : null;
}

export async function measure(spec: LoadSpec): Promise<LoadFigures> {
  const warm = spec.warmupS > 0 ? await fire(spec, spec.warmupS) : undefined;
  const stopCpu = spec.cpu && process.platform === 'linux' ? startCpu(spec.cpu) : undefined;
  const r = await fire(spec, spec.durationS);
  const use = stopCpu?.();
  const perRequest = (s: number) => (r.requests.total > 0 ? round((s * 1000) / r.requests.total, 3) : 0);
  const statusCodes = Object.fromEntries(
    Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, Number(v.count)]),
  );
  return {
    name: spec.name,
    method: spec.method ?? 'GET',
    path: spec.path,
    connections: spec.connections,
    durationS: r.duration,
    warmupS: spec.warmupS,
    requests: r.requests.total,
    reqPerSec: round(r.requests.average, 1),
    reqPerSecMin: r.requests.min,
    reqPerSecMax: r.requests.max,
    latencyMs: {
      average: round(r.latency.average),
      p50: r.latency.p50,
      p97_5: r.latency.p97_5,
      p99: r.latency.p99,
      max: r.latency.max,
    },
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes,
    warmup: { requests: warm?.requests.total ?? 0, non2xx: warm?.non2xx ?? 0, errors: warm?.errors ?? 0 },
    ...(use
      ? {
          cpu: {
            msPerRequest: Object.fromEntries(Object.entries(use.seconds).map(([k, v]) => [k, perRequest(v)])),
            seconds: use.seconds,
            ceilingReqPerSec: ceiling(use.seconds, r.requests.total),
            machineBusyPct: use.machineBusyPct,
            othersBusyPct: use.othersBusyPct,
          },
        }
      : {}),
  };
}
