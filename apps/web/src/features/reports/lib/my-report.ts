import type { MyReportDto } from '@vte/contracts';

export type MyReportAction = 'create' | 'continue' | 'view';

/** What the button of a row does: start the report, continue the draft, or look at what was sent. */
export function actionOf(row: MyReportDto): MyReportAction {
  if (!row.report) return 'create';
  const { status, locked } = row.report;
  return !locked && (status === 'draft' || status === 'returned') ? 'continue' : 'view';
}
