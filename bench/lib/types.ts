import type { LoadFigures } from './load';

// The contract between bench/run.ts and a scenario. A new scenario (children register, report
// consolidation…) is a module under bench/scenarios/ exporting a Scenario, listed in run.ts.

export interface BenchOptions {
  /** Measured seconds per HTTP run, after warmupS seconds of discarded warm-up. */
  durationS: number;
  warmupS: number;
  /** Connections for list endpoints and health. */
  connections: number;
  /** Connections for sign-in (argon2id makes it CPU-bound by design). */
  loginConnections: number;
  /** Timed start-ups of the embedded mode. */
  startups: number;
  idleS: number;
  /** Extra Node flags for the app process (default none: the app as `npm start` runs it). */
  appNodeFlags: string[];
  /** An existing PostgreSQL server (superuser URL) instead of a throw-away one. */
  databaseUrl?: string;
  /** Platform: reach the throw-away PostgreSQL over TCP (127.0.0.1) instead of its Unix socket. */
  pgTcp?: boolean;
  /** Only these HTTP/SQL runs of the platform scenario (by name); unset = all. */
  runs?: string[];
}

/** Whether the run `name` is selected (`--runs`). */
export const selected = (opts: BenchOptions, name: string): boolean => !opts.runs || opts.runs.includes(name);

export type Op = '>=' | '<' | '=';

/** One figure with a target: the JSON and the summary show value, target and pass/fail. */
export interface Check {
  id: string;
  /** "Vietnamese / English". */
  label: string;
  value: number | null;
  unit: string;
  op: Op;
  target: number;
  pass: boolean;
  note?: string;
}

/** A figure reported without a target. */
export interface Info {
  id: string;
  label: string;
  value: number | string | null;
  unit: string;
}

export interface ScenarioResult {
  name: string;
  http: LoadFigures[];
  checks: Check[];
  info: Info[];
  /** Everything else the scenario measured (raw per-process memory, each start-up…). */
  details: Record<string, unknown>;
  /** Facts for the machine block (e.g. the PostgreSQL version). */
  machine?: Record<string, string | number>;
}

export interface Scenario {
  name: string;
  title: string;
  run(opts: BenchOptions, log: (m: string) => void): Promise<ScenarioResult>;
}

export function check(
  id: string,
  label: string,
  value: number | null,
  op: Op,
  target: number,
  unit: string,
  note?: string,
): Check {
  const pass =
    value !== null &&
    Number.isFinite(value) &&
    (op === '>=' ? value >= target : op === '<' ? value < target : value === target);
  return { id, label, value, unit, op, target, pass, ...(note ? { note } : {}) };
}
