// A server that hits an unhandled rejection or exception is in an unknown state: log what failed
// (its class, code and stack frames — never the message, which may quote personal data), stop
// the database if it can within a few seconds, and exit non-zero so the supervisor restarts it.

const CLEANUP_MS = 10_000;

export function crashSummary(e: unknown): string {
  if (!(e instanceof Error)) return typeof e;
  const code = (e as { code?: unknown }).code;
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((l) => l.trimStart().startsWith('at '))
    .slice(0, 10)
    .join('\n');
  return `${e.name}${typeof code === 'string' ? ` [${code}]` : ''}\n${frames}`;
}

/** Installs the handlers; `cleanup` (set once the database is open) runs before the exit. */
export function exitOnCrash(): { setCleanup(fn: () => Promise<void>): void } {
  let cleanup: (() => Promise<void>) | undefined;
  let crashed = false;
  const crash = (kind: string) => (e: unknown) => {
    process.stderr.write(`Lỗi không được xử lý (${kind}): ${crashSummary(e)}\n`);
    if (crashed) return;
    crashed = true;
    const done = () => process.exit(1);
    setTimeout(done, CLEANUP_MS).unref();
    void (cleanup ? cleanup() : Promise.resolve()).catch(() => undefined).finally(done);
  };
  process.on('unhandledRejection', crash('unhandledRejection'));
  process.on('uncaughtException', crash('uncaughtException'));
  return { setCleanup: (fn) => void (cleanup = fn) };
}
