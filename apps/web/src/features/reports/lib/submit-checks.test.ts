import { describe, expect, it } from 'vitest';
import { draftOf } from './report-draft';
import { hasChecks, submitChecks } from './submit-checks';
import { IDS, agencyReport, entries, reportTask } from './test-fixtures';

describe('submitChecks (what the submit confirmation points out)', () => {
  it('names a breakdown that does not add up (3 + 3 ≠ 7), empty tasks and the days late', () => {
    const report = agencyReport({
      indicators: entries({ children: [7, 3, 3] }),
      tasks: [
        ...agencyReport().tasks,
        ...Array.from({ length: 11 }, (_, i) =>
          reportTask({
            taskId: `00000000-0000-4000-8000-0000000009${String(i).padStart(2, '0')}`,
            number: `${i + 3}`,
          }),
        ),
      ],
    });
    const checks = submitChecks(report, draftOf(report), '2026-12-12');
    expect(checks.sums).toEqual([{ code: 'DP.0101', group: 'Giới tính', sum: 6, total: 7 }]);
    // Task 1 has text; task 2 has a figure; the 11 added ones are empty.
    expect(checks.empty).toEqual({ empty: 11, total: 13 });
    expect(checks.late).toEqual({ days: 540, dueDate: '2025-06-20' });
    expect(hasChecks(checks)).toBe(true);
  });

  it('says nothing for a complete report on time, or a late one already sent once', () => {
    const report = agencyReport();
    const draft = draftOf(report);
    expect(hasChecks(submitChecks(report, draft, '2025-06-20'))).toBe(false);
    const resent = agencyReport({ firstSubmittedAt: '2025-06-25T02:00:00.000Z' });
    expect(submitChecks(resent, draftOf(resent), '2025-08-01').late).toBeNull();
  });

  it('reads what is typed, not what was loaded', () => {
    const report = agencyReport();
    const draft = draftOf(report);
    draft.indicators[IDS.children] = { values: { '': 120, 'sex=nam': 50, 'sex=nu': 60 }, comment: '' };
    draft.tasks[IDS.taskA] = { narrative: '  ', figures: [], attachments: [] };
    const checks = submitChecks(report, draft, '2025-06-01');
    expect(checks.sums).toEqual([{ code: 'DP.0101', group: 'Giới tính', sum: 110, total: 120 }]);
    expect(checks.empty).toEqual({ empty: 1, total: 2 });
  });
});
