import type { viReportsPdf } from './vi-reports-pdf';

/** English: a report's PDF being converted. */
export const enReportsPdf: Record<keyof typeof viReportsPdf, string> = {
  'reports.pdf.title': 'Converting the report to PDF',
  'reports.pdf.converting':
    'The submitted report is being converted to PDF. The file downloads by itself when ready; the PDF is kept, so later downloads are immediate.',
  'reports.pdf.onDemand':
    'A draft is converted to PDF at each download (usually 5–10 seconds). The file downloads by itself when ready.',
  'reports.pdf.elapsed': '{seconds} s elapsed',
  'reports.pdf.hide': 'Hide (the download goes on)',
};
