import type { PdfState, PdfStatusDto } from '@vte/contracts';

/** What the PDF button shows while a download is under way; null: nothing (the file is kept, or done). */
export type PdfProgress = { state: Extract<PdfState, 'converting' | 'on_demand'>; seconds: number } | null;

export interface PdfDownloadDeps {
  status(path: string): Promise<PdfStatusDto>;
  download(path: string, fileName: string): Promise<void>;
  /** Seconds since the click, for the progress text. */
  now(): number;
  every(ms: number, fn: () => void): () => void;
}

/** A conversion usually takes 5–10 s; the bar fills towards this and waits near the end. */
export const EXPECTED_SECONDS = 10;

/** The bar's percentage after `seconds`: never full before the file is there. */
export const progressPercent = (seconds: number): number =>
  Math.min(95, Math.round((100 * seconds) / EXPECTED_SECONDS));

/**
 * Downloads a report's PDF (issue 9 item 17). A kept file (a submitted or accepted report, converted
 * in the background) comes at once with no progress shown; otherwise the server converts now (or its
 * background conversion is still running) and the progress, with the seconds elapsed, shows until the
 * file arrives. A refusal (no LibreOffice) is thrown in the server's words, as for any download.
 */
export async function downloadPdf(
  deps: PdfDownloadDeps,
  path: string,
  fileName: string,
  onProgress: (p: PdfProgress) => void,
): Promise<void> {
  const started = deps.now();
  const state = (await deps.status(`${path}/status`).catch(() => ({ state: 'on_demand' as const }))).state;
  // Kept: at once. No LibreOffice: the download answers the server's refusal, nothing to wait for.
  if (state === 'ready' || state === 'unavailable') return deps.download(path, fileName);
  const show = () => onProgress({ state, seconds: Math.round(deps.now() - started) });
  show();
  const stop = deps.every(1000, show);
  try {
    await deps.download(path, fileName);
  } finally {
    stop();
    onProgress(null);
  }
}
