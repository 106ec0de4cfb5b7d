// Runs one document parse in a worker thread with its own heap limit and a deadline: a file that
// blows up a parser's memory or time ends that worker, never the server (docs/architecture.md,
// "Uploads"). One worker per parse, ended afterwards, so nothing it allocated outlives it.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../http/app-error';
import {
  DOCUMENT_WORKER_CONCURRENCY,
  DOCUMENT_WORKER_LIMITS,
  DOCUMENT_WORKER_QUEUE,
  type WorkerLimits,
} from './limits';

export type WorkerFailure = 'out_of_memory' | 'timeout' | 'crashed';

/** The worker did not answer: each module maps the reason to its own Vietnamese 4xx. */
export class DocumentWorkerError extends Error {
  constructor(readonly reason: WorkerFailure) {
    super(`document worker: ${reason}`);
    this.name = 'DocumentWorkerError';
  }
}

/**
 * The file to start. From source (tests, `npm run dev:server`) the TypeScript entry runs through
 * tsx's loader; in the bundle of `npm start`, scripts/build-server.mjs writes each `*.worker.ts`
 * as `<name>.mjs` beside main.mjs, which is where this module's own URL then points.
 */
export function workerFile(entry: URL, here: string = import.meta.url): { url: URL; execArgv: string[] } {
  const file = fileURLToPath(entry);
  if (file.endsWith('.ts') && fs.existsSync(file)) {
    const tsx = pathToFileURL(createRequire(here).resolve('tsx')).href;
    return { url: entry, execArgv: ['--import', tsx] };
  }
  return { url: new URL(path.basename(file).replace(/\.ts$/, '.mjs'), here), execArgv: [] };
}

let running = 0;
const waiting: (() => void)[] = [];

async function slot(): Promise<() => void> {
  if (running >= DOCUMENT_WORKER_CONCURRENCY) {
    if (waiting.length >= DOCUMENT_WORKER_QUEUE) throw new AppError('SERVER_BUSY');
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running++;
  }
  return () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
}

function run<T>(entry: URL, input: unknown, limits: WorkerLimits): Promise<T> {
  const { url, execArgv } = workerFile(entry);
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(url, {
      workerData: input,
      execArgv,
      stdout: false,
      resourceLimits: {
        maxOldGenerationSizeMb: limits.maxOldGenerationMb,
        maxYoungGenerationSizeMb: limits.maxYoungGenerationMb,
      },
    });
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      f();
    };
    const timer = setTimeout(
      () => settle(() => reject(new DocumentWorkerError('timeout'))),
      limits.timeoutMs,
    );
    worker.once('message', (m: { ok: true; value: T } | { ok: false }) =>
      settle(() => (m.ok ? resolve(m.value) : reject(new DocumentWorkerError('crashed')))),
    );
    worker.once('error', (e: Error & { code?: string }) =>
      settle(() =>
        reject(new DocumentWorkerError(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out_of_memory' : 'crashed')),
      ),
    );
    worker.once('exit', () => settle(() => reject(new DocumentWorkerError('crashed'))));
  });
}

/** Runs `entry` (a module's `*.worker.ts` calling `serveWorkerTask`) on `input`, contained. */
export async function runDocumentWorker<T>(
  entry: URL,
  input: unknown,
  limits: WorkerLimits = DOCUMENT_WORKER_LIMITS,
): Promise<T> {
  const release = await slot();
  try {
    return await run<T>(entry, input, limits);
  } finally {
    release();
  }
}
