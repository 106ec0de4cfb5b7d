import { describe, expect, it } from 'vitest';
import type { PdfStatusDto } from '@vte/contracts';
import { downloadPdf, progressPercent, type PdfDownloadDeps, type PdfProgress } from './pdf-download';

/** A clock and timer under the test's control, and a record of what was asked and shown. */
function world(state: PdfStatusDto['state'] | 'error', downloadSeconds: number) {
  let now = 0;
  let timer: (() => void) | null = null;
  const asked: string[] = [];
  const shown: PdfProgress[] = [];
  const deps: PdfDownloadDeps = {
    status: async (path) => {
      asked.push(`status ${path}`);
      if (state === 'error') throw new Error('offline');
      return { state };
    },
    download: async (path) => {
      asked.push(`download ${path}`);
      // The conversion's seconds pass while the file is awaited: the timer shows each one.
      for (let s = 0; s < downloadSeconds; s++) {
        now += 1;
        timer?.();
      }
    },
    now: () => now,
    every: (_ms, fn) => {
      timer = fn;
      return () => (timer = null);
    },
  };
  return { deps, asked, shown, onProgress: (p: PdfProgress) => shown.push(p) };
}

const PATH = '/reports/agency/1/document.pdf';

describe('PDF download progress', () => {
  it('downloads a kept file at once, showing no progress (nor when the server has no LibreOffice)', async () => {
    for (const state of ['ready', 'unavailable'] as const) {
      const w = world(state, 0);
      await downloadPdf(w.deps, PATH, 'bao-cao.pdf', w.onProgress);
      expect(w.asked).toEqual([`status ${PATH}/status`, `download ${PATH}`]);
      expect(w.shown).toEqual([]);
    }
  });

  it('shows the conversion running, second by second, and clears it when the file is there', async () => {
    const w = world('converting', 3);
    await downloadPdf(w.deps, PATH, 'bao-cao.pdf', w.onProgress);
    expect(w.shown).toEqual([
      { state: 'converting', seconds: 0 },
      { state: 'converting', seconds: 1 },
      { state: 'converting', seconds: 2 },
      { state: 'converting', seconds: 3 },
      null,
    ]);
  });

  it('converts on demand (a draft) with progress, and still downloads when the status cannot be read', async () => {
    const draft = world('on_demand', 1);
    await downloadPdf(draft.deps, PATH, 'bao-cao.pdf', draft.onProgress);
    expect(draft.shown[0]).toEqual({ state: 'on_demand', seconds: 0 });
    const offline = world('error', 0);
    await downloadPdf(offline.deps, PATH, 'bao-cao.pdf', offline.onProgress);
    expect(offline.asked).toContain(`download ${PATH}`);
    expect(offline.shown.at(-1)).toBeNull();
  });

  it('fills the bar towards the usual time, never to 100 % before the file arrives', () => {
    expect(progressPercent(0)).toBe(0);
    expect(progressPercent(5)).toBe(50);
    expect(progressPercent(60)).toBe(95);
  });
});
