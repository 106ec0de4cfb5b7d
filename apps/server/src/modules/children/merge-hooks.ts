import type { Exec } from '../../platform/db/pool';

// Later modules (cases, support) link their rows to a child. A merge must move those links to the
// survivor and an undo must move back exactly what moved: each module registers a pair of hooks.

export interface MergeHookInfo {
  provinceId: string;
  mergeId: string;
  survivorId: string;
  mergedId: string;
}

/** Moves the module's rows from the merged child to the survivor; returns what the undo needs (JSON). */
export type MergedHook = (tx: Exec, info: MergeHookInfo) => Promise<unknown>;
/** Puts back what the merge hook moved, given what it returned. */
export type UndoneHook = (tx: Exec, info: MergeHookInfo, moved: unknown) => Promise<void>;

const merged = new Map<string, MergedHook>();
const undone = new Map<string, UndoneHook>();

/** Register under a stable name (kept in the merge's snapshot): `onChildMerged('cases', fn)`. */
export function onChildMerged(name: string, hook: MergedHook): void {
  merged.set(name, hook);
}
export function onMergeUndone(name: string, hook: UndoneHook): void {
  undone.set(name, hook);
}

export async function runMergedHooks(tx: Exec, info: MergeHookInfo): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [name, hook] of merged) out[name] = (await hook(tx, info)) ?? null;
  return out;
}

export async function runUndoneHooks(tx: Exec, info: MergeHookInfo, moved: Record<string, unknown>) {
  for (const [name, data] of Object.entries(moved)) await undone.get(name)?.(tx, info, data);
}
