import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../test/process-kit';

// A crash is logged without personal data, cleans up, and exits 1 (so the supervisor restarts).

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-crash-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function crashWith(body: string): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const script = path.join(dir, `crash-${Math.random().toString(36).slice(2)}.mts`);
  fs.writeFileSync(
    script,
    `import { exitOnCrash } from ${JSON.stringify(path.join(here, 'crash.ts'))};
const crashes = exitOnCrash();
crashes.setCleanup(async () => void process.stdout.write('cleanup ran\\n'));
${body}
setInterval(() => undefined, 1000);
`,
  );
  return runCaptured(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { PATH: '/usr/local/bin:/usr/bin:/bin' },
  });
}

describe('crash handling', () => {
  it('logs an unhandled rejection without its message, cleans up and exits 1', async () => {
    const r = await crashWith(
      `const e = Object.assign(new Error('Key (email)=(nguyen.van.a@example.com) already exists'), { code: '23505' });
void Promise.reject(e);`,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Lỗi không được xử lý \(unhandledRejection\): Error \[23505\]\n\s+at /);
    expect(r.stderr).not.toContain('nguyen.van.a');
    expect(r.stdout).toContain('cleanup ran');
  }, 60_000);

  it('logs an uncaught exception the same way', async () => {
    const r = await crashWith(`setTimeout(() => { throw new TypeError('0912345678 Nguyễn Văn A'); }, 10);`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Lỗi không được xử lý \(uncaughtException\): TypeError\n/);
    expect(r.stderr).not.toMatch(/0912345678|Nguyễn/);
    expect(r.stdout).toContain('cleanup ran');
  }, 60_000);
});
