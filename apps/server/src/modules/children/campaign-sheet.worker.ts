// Reads a filled campaign sheet inside a worker thread (campaigns-upload.ts starts it): the zip
// checks and exceljs run in this thread's own heap, so a hostile file costs one refused upload.
import { serveWorkerTask } from '../../platform/documents/worker-task';
import { readCampaignSheet, type SheetAnswer } from './campaigns-excel';

serveWorkerTask<{ data: Uint8Array; required: string[] }, SheetAnswer>(async ({ data, required }) =>
  readCampaignSheet(Buffer.from(data.buffer, data.byteOffset, data.byteLength), required),
);
