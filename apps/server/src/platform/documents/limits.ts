// Every limit on opening an uploaded Office file, in one place (docs/architecture.md, "Uploads").
// Word and Excel files are zips: their declared sizes are read before anything is inflated, the
// real sizes are counted while inflating, and the parse runs in a worker thread with its own heap.

const MB = 1024 * 1024;

export interface ZipLimits {
  /** Entries in the central directory (a Word file has about 15–60, an Excel file a few hundred). */
  maxEntries: number;
  /** Uncompressed bytes of one entry. */
  maxEntryBytes: number;
  /** Uncompressed bytes of all entries together. */
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed size of one entry larger than `ratioFromBytes` (XML compresses 5–30×). */
  maxRatio: number;
  ratioFromBytes: number;
}

export const OFFICE_ZIP_LIMITS: Readonly<ZipLimits> = {
  maxEntries: 2_000,
  maxEntryBytes: 48 * MB,
  maxTotalBytes: 96 * MB,
  maxRatio: 200,
  ratioFromBytes: 1 * MB,
};

export interface WorkerLimits {
  /** V8 old-generation heap of one parse worker (the whole process is not at risk past it). */
  maxOldGenerationMb: number;
  maxYoungGenerationMb: number;
  /** Wall-clock time for one parse, start-up included. */
  timeoutMs: number;
}

export const DOCUMENT_WORKER_LIMITS: Readonly<WorkerLimits> = {
  maxOldGenerationMb: 256,
  maxYoungGenerationMb: 32,
  timeoutMs: 60_000,
};

/** Parse workers running at once, and uploads allowed to wait for one (beyond: 503). */
export const DOCUMENT_WORKER_CONCURRENCY = 2;
export const DOCUMENT_WORKER_QUEUE = 8;
