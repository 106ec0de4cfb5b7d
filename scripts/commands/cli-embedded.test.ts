import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  acquireLock,
  layout,
  runningPostmaster,
  startEmbedded,
} from '../../apps/server/src/platform/db/embedded';
import { LY_SON } from '../../apps/server/src/modules/org';
import { cli, exited, SLOW, startApp } from '../cli.test-support';

// The operator commands in embedded mode (no DATABASE_URL) while `npm start` runs on the same
// DATA_DIR, and after it stopped.

const STRONG = 'Mat-khau-Rat-Manh-7';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-cli-emb-'));
const env = { DATA_DIR: dir };
const kill: (() => void)[] = [];

afterAll(async () => {
  for (const k of kill) k();
  const pm = runningPostmaster(layout(dir));
  if (pm) process.kill(pm.pid, 'SIGINT');
  for (let i = 0; pm && i < 100 && runningPostmaster(layout(dir)); i++)
    await new Promise((r) => setTimeout(r, 100));
  fs.rmSync(dir, { recursive: true, force: true });
});

async function usernames(): Promise<string[]> {
  const unlock = acquireLock(layout(dir));
  try {
    const server = await startEmbedded(dir, () => undefined);
    const c = new pg.Client({ connectionString: server.url });
    try {
      await c.connect();
      return (await c.query<{ username: string }>('select username from app_user order by 1')).rows.map(
        (r) => r.username,
      );
    } finally {
      await c.end();
      await server.stop();
    }
  } finally {
    unlock();
  }
}

describe('against the embedded database', () => {
  it(
    'user:create and db:backup share the running app’s server; db:restore waits until it is stopped',
    async () => {
      const { child: app, port } = await startApp(env);
      kill.push(() => app.exitCode === null && app.signalCode === null && app.kill('SIGKILL'));

      const userArgs = ['--password', STRONG, '--role', 'focal_officer', '--unit', LY_SON.districtId];
      const created = await cli(['user:create', '--username', 'canbo.dau.moi', ...userArgs], env);
      expect(created.stderr).toBe('');
      expect(created.code).toBe(0);
      expect(created.stdout).toContain('Huyện Lý Sơn');
      const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'canbo.dau.moi', password: STRONG }),
      });
      expect(login.status).toBe(200);

      const file = path.join(dir, 'running.jsonl.gz');
      const backup = await cli(['db:backup', file], env);
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      const refused = await cli(['db:restore', file], env);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(
        /Vì Trẻ Em đang chạy trên thư mục dữ liệu .*\(PID \d+\)\. Hãy dừng ứng dụng trước khi khôi phục dữ liệu/,
      );

      app.kill('SIGTERM');
      expect(await exited(app)).toBe(0);
      // Stopped: the commands start the embedded server themselves (and stop it again).
      expect((await cli(['user:create', '--username', 'sau.sao.luu', ...userArgs], env)).code).toBe(0);
      const restored = await cli(['db:restore', file], env);
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      expect(restored.stdout).toMatch(/Đã khôi phục \d+ bảng/);
      expect(runningPostmaster(layout(dir))).toBeUndefined();
      expect(fs.existsSync(layout(dir).lockFile)).toBe(false);
      expect(await usernames()).toEqual(['admin', 'canbo.dau.moi']);
    },
    SLOW,
  );
});
