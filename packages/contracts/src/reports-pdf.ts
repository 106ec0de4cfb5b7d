import { z } from './common';

// Issue 9 item 17: a submitted or accepted report's PDF is converted once in the background and
// kept; the download button asks where it stands to show progress while a conversion runs.

export const pdfStates = ['ready', 'converting', 'on_demand', 'unavailable'] as const;
export type PdfState = (typeof pdfStates)[number];

export const pdfStatusDto = z.object({
  /**
   * ready: the kept file is served at once; converting: the report is frozen and its file is being
   * made in the background; on_demand: the download converts now (drafts, returned reports);
   * unavailable: the server has no LibreOffice (Word only).
   */
  state: z.enum(pdfStates),
});
export type PdfStatusDto = z.infer<typeof pdfStatusDto>;
