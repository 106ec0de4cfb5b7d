import fs from 'node:fs';
import { processTree } from './procfs';

// Memory of a process group from /proc (Linux only).
// RSS counts every resident page a process maps, so PostgreSQL's shared buffers are counted once
// per backend that touched them; PSS divides each shared page among the processes sharing it,
// so a sum of PSS is the memory the group really occupies.

export interface ProcMemory {
  pid: number;
  role: string;
  name: string;
  rssKb: number;
  /** null when smaps_rollup is unreadable (old kernel, no permission). */
  pssKb: number | null;
}

export interface GroupMemory {
  processes: ProcMemory[];
  rssMb: number;
  pssMb: number | null;
}

function statusField(status: string, key: string): number | undefined {
  const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
  return m ? Number(m[1]) : undefined;
}

export function readProcess(pid: number, role: string): ProcMemory | undefined {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined; // gone
  }
  let pssKb: number | null = null;
  try {
    const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    pssKb = statusField(rollup, 'Pss') ?? null;
  } catch {
    /* unreadable */
  }
  const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?';
  return { pid, role, name, rssKb: statusField(status, 'VmRSS') ?? 0, pssKb };
}

/**
 * The app process with its children (tsx's esbuild service), plus the postmaster and every
 * process it forked (backends, checkpointer, walwriter…).
 */
export function appAndDatabase(appPid: number, postmasterPid: number | undefined): GroupMemory {
  const procs = processTree(appPid).map((pid) => readProcess(pid, pid === appPid ? 'app' : 'app-child'));
  if (postmasterPid !== undefined) {
    procs.push(
      ...processTree(postmasterPid).map((pid) =>
        readProcess(pid, pid === postmasterPid ? 'postmaster' : 'postgres'),
      ),
    );
  }
  const processes = procs.filter((p): p is ProcMemory => p !== undefined);
  const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;
  const pssKnown = processes.every((p) => p.pssKb !== null);
  return {
    processes,
    rssMb: mb(processes.reduce((s, p) => s + p.rssKb, 0)),
    pssMb: pssKnown ? mb(processes.reduce((s, p) => s + (p.pssKb ?? 0), 0)) : null,
  };
}
