// Last-in-first-out teardown shared by every scenario: whatever a step starts (a child process,
// a PostgreSQL server, a temp folder) registers its undo here, so a failure, Ctrl+C or the
// watchdog still leaves nothing behind.

type Undo = { label: string; fn: () => Promise<void> | void };

const stack: Undo[] = [];

/** Registers an undo step; returns a function that runs it now (once) and unregisters it. */
export function onCleanup(label: string, fn: () => Promise<void> | void): () => Promise<void> {
  const entry: Undo = { label, fn };
  stack.push(entry);
  let done = false;
  return async () => {
    if (done) return;
    done = true;
    const i = stack.indexOf(entry);
    if (i >= 0) stack.splice(i, 1);
    await fn();
  };
}

/** Runs every pending undo step, newest first; errors are reported, never thrown. */
export async function cleanupAll(log: (m: string) => void): Promise<void> {
  while (stack.length) {
    const { label, fn } = stack.pop()!;
    try {
      await fn();
    } catch (e) {
      log(`  ! dọn dẹp / cleanup "${label}": ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
