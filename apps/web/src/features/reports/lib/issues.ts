import type { IndicatorValueInput } from '@vte/contracts';

export type ReportIssues = {
  /** Messages for an indicator row, by indicator id. */
  indicators: Record<string, string[]>;
  /** Messages for a task block, by task id. */
  tasks: Record<string, string[]>;
  /** Messages for the top-level fields (difficulties, proposals). */
  fields: Record<string, string[]>;
  /** What no field could show. */
  other: string[];
};

export const noIssues = (): ReportIssues => ({ indicators: {}, tasks: {}, fields: {}, other: [] });

type RawIssue = { path: string[]; message: string; indicatorId?: string };

const REQUEST_PARTS = new Set(['body', 'querystring', 'params']);

function segmentsOf(path: unknown): string[] {
  const list = typeof path === 'string' ? path.split('.') : Array.isArray(path) ? path.map(String) : [];
  return REQUEST_PARTS.has(list[0] ?? '') ? list.slice(1) : list;
}

/** Issues from a `VALIDATION` or `INDICATOR_VALUE_INVALID` error's details, whatever their exact shape. */
export function rawIssues(details: unknown, fallbackMessage: string): RawIssue[] {
  if (typeof details !== 'object' || details === null) return [];
  const record = details as Record<string, unknown>;
  const list = Array.isArray(record.issues) ? record.issues : [record];
  return list.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { path, message, indicatorId } = item as Record<string, unknown>;
    const text = typeof message === 'string' && message ? message : fallbackMessage;
    const id = typeof indicatorId === 'string' ? indicatorId : undefined;
    if (path === undefined && !id) return [];
    return [{ path: segmentsOf(path), message: text, indicatorId: id }];
  });
}

/**
 * Puts server issues next to what they concern. Indicator rules name the cell
 * (`values.<indicatorId>.<cell>`); schema issues index the arrays that were sent
 * (`indicatorValues.3.comment`, `tasks.1.narrative`), so the sent body resolves them.
 */
export function placeIssues(
  issues: readonly RawIssue[],
  sent: { indicatorValues: readonly IndicatorValueInput[]; tasks: readonly { taskId: string }[] },
): ReportIssues {
  const out = noIssues();
  const add = (bucket: Record<string, string[]>, key: string, message: string) => {
    bucket[key] = [...new Set([...(bucket[key] ?? []), message])];
  };
  for (const issue of issues) {
    const [head, index] = issue.path;
    if (issue.indicatorId) add(out.indicators, issue.indicatorId, issue.message);
    // indicatorCellPath(): `values.<indicatorId>.<disagg | total>`
    else if (head === 'values' && index) add(out.indicators, index, issue.message);
    else if (head === 'indicatorValues' && index !== undefined && sent.indicatorValues[Number(index)])
      add(out.indicators, sent.indicatorValues[Number(index)]?.indicatorId ?? '', issue.message);
    else if (head === 'tasks' && index !== undefined && sent.tasks[Number(index)])
      add(out.tasks, sent.tasks[Number(index)]?.taskId ?? '', issue.message);
    else if (head === 'difficulties' || head === 'proposals') add(out.fields, head, issue.message);
    else out.other.push(issue.message);
  }
  out.other = [...new Set(out.other)];
  return out;
}

export const hasIssues = (issues: ReportIssues): boolean =>
  Object.keys(issues.indicators).length +
    Object.keys(issues.tasks).length +
    Object.keys(issues.fields).length >
    0 || issues.other.length > 0;

/** An error in words, with the field messages of a validation error when the server sent them. */
export function issueText(error: unknown, fallback: string): string {
  if (typeof error !== 'object' || error === null) return fallback;
  const { code, details } = error as { code?: unknown; details?: unknown };
  if (code !== 'VALIDATION' && code !== 'INDICATOR_VALUE_INVALID' && code !== 'REPORT_PERIOD_DATES')
    return fallback;
  const messages = [
    ...new Set(
      rawIssues(details, '')
        .map((issue) => issue.message)
        .filter(Boolean),
    ),
  ];
  return messages.length ? messages.join('; ') : fallback;
}
