// The plan parse inside a worker thread (isolated.ts starts it): the whole of parsePlanFile, the
// zip checks and mammoth included, runs in this thread's own heap.
import { serveWorkerTask } from '../../../platform/documents/worker-task';
import { PlanParseError } from './errors';
import { parsePlanFile } from './file';
import type { ParseAnswer, ParseRequest } from './isolated';

serveWorkerTask<ParseRequest, ParseAnswer>(async ({ data, filename, opts }) => {
  try {
    const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return { ok: true, plan: await parsePlanFile(buf, filename, opts) };
  } catch (e) {
    if (e instanceof PlanParseError) return { ok: false, code: e.code, message: e.message };
    throw e;
  }
});
