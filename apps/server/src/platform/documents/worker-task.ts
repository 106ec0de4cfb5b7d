// The inside of a document worker: runs the task on the data it was started with and posts the
// answer once. A task encodes its own expected refusals in its value; anything thrown is "crashed".
import { parentPort, workerData } from 'node:worker_threads';

export function serveWorkerTask<I, O>(task: (input: I) => Promise<O>): void {
  if (!parentPort) throw new Error('serveWorkerTask runs only inside a worker thread');
  const port = parentPort;
  task(workerData as I).then(
    (value) => port.postMessage({ ok: true, value }),
    () => port.postMessage({ ok: false }),
  );
}
