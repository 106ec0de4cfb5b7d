// The second look, run inside the parse worker: each deflated entry is inflated into nothing,
// counting bytes, so a zip whose directory lies about its sizes is refused before a document
// library inflates it for real. Memory stays at one 64 KB chunk whatever the entry claims.
import zlib from 'node:zlib';
import { OFFICE_ZIP_LIMITS, type ZipLimits } from './limits';
import { inspectZip, type ZipEntry, type ZipInspection, type ZipRefusal } from './zip-inspect';

const CHUNK = 64 * 1024;

function inflatedSize(data: Buffer, cap: number): Promise<number | 'over' | 'corrupt'> {
  return new Promise((resolve) => {
    const inflate = zlib.createInflateRaw({ chunkSize: CHUNK });
    let n = 0;
    let done = false;
    const finish = (v: number | 'over' | 'corrupt') => {
      if (done) return;
      done = true;
      inflate.destroy();
      resolve(v);
    };
    inflate.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > cap) finish('over');
    });
    inflate.on('end', () => finish(n));
    inflate.on('error', () => finish('corrupt'));
    inflate.end(data);
  });
}

/** null when every entry inflates to exactly its declared size; otherwise why not. */
export async function verifyInflatedSizes(buf: Buffer, entries: ZipEntry[]): Promise<ZipRefusal | null> {
  for (const e of entries) {
    if (e.method !== 8) continue;
    const n = await inflatedSize(buf.subarray(e.dataOffset, e.dataOffset + e.compressedSize), e.size);
    if (n === 'over') return 'too_large';
    if (n !== e.size) return 'corrupt';
  }
  return null;
}

/**
 * Both looks for a Word or Excel upload, in the thread that will open it (a parse worker): the
 * directory within the limits, then every entry's real size. What a reader may open, or why not.
 */
export async function checkOfficeZip(
  buf: Buffer,
  limits: ZipLimits = OFFICE_ZIP_LIMITS,
): Promise<ZipInspection> {
  const zip = inspectZip(buf, limits);
  if (!zip.ok) return zip;
  const lie = await verifyInflatedSizes(buf, zip.entries);
  return lie ? { ok: false, reason: lie } : zip;
}
