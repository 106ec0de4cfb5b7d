import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from './app-process';
import { onCleanup } from './cleanup';
import { tempDir } from './postgres';

// Debian's nginx as the load balancer in front of the app processes: a generated config in a temp
// folder, run in the foreground (`daemon off`) as our child, so killing it is enough; 127.0.0.1 only.

export const NGINX = '/usr/sbin/nginx';

export interface Nginx {
  port: number;
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

function config(dir: string, port: number, upstreams: number[]): string {
  const t = (name: string) => path.join(dir, name);
  return `daemon off;
master_process on;
worker_processes 1;
pid ${t('nginx.pid')};
error_log ${t('error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${t('body')};
  proxy_temp_path ${t('proxy')};
  fastcgi_temp_path ${t('fastcgi')};
  uwsgi_temp_path ${t('uwsgi')};
  scgi_temp_path ${t('scgi')};
  client_max_body_size 25m;
  # Answers pass straight through, never via temp files (the workers run as nobody when we are root).
  proxy_max_temp_file_size 0;
  upstream vte_app {
${upstreams.map((p) => `    server 127.0.0.1:${p};`).join('\n')}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://vte_app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
    }
  }
}
`;
}

/** Starts nginx round-robin over the given app ports; resolves once it answers. */
export async function startNginx(upstreams: number[]): Promise<Nginx> {
  const dir = tempDir('vte-scale-nginx-');
  fs.chmodSync(dir, 0o755); // the workers (nobody, when we are root) spool large uploads under it
  const port = await freePort();
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(conf, config(dir, port, upstreams));
  // -e: the error log before the config is read (the default /var/log/nginx may not be writable).
  const child = spawn(NGINX, ['-e', path.join(dir, 'error.log'), '-p', dir, '-c', conf], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  let exited = false;
  const gone = new Promise<void>((r) =>
    child.on('exit', () => {
      exited = true;
      r();
    }),
  );
  const stop = onCleanup(`nginx pid ${child.pid}`, async () => {
    if (exited) return;
    child.kill('SIGQUIT'); // graceful: the master waits for its worker
    const t = setTimeout(() => child.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(t);
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (exited) break;
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return { port, baseUrl, pid: child.pid!, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const log = fs.existsSync(path.join(dir, 'error.log'))
    ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8')
    : '';
  await stop();
  throw new Error(`nginx không chạy / did not start: ${out}\n${log}`);
}
