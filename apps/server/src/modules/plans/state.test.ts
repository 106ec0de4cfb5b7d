import { describe, expect, it } from 'vitest';
import { agencyState, effectiveDue, worstState } from './state';

const dues = ['2025-05-10', '2025-11-10'];
const p = (
  status: string,
  completedOn: string | null,
  periodDue: string | null = null,
  createdAt = '2025-03-01',
) => ({
  status,
  completedOn,
  periodDue,
  createdAt: new Date(`${createdAt}T03:00:00Z`),
});
const dated = {
  dueDate: '2025-06-30',
  timeframe: { kind: 'quarters' as const, year: 2025, quarters: [2], from: '2025-04-01', to: '2025-06-30' },
};
const yearRound = { dueDate: null, timeframe: { kind: 'year-round' as const, year: 2025 } };

describe('the four states', () => {
  it('dated task: on time, late, in progress, overdue', () => {
    expect(agencyState(dated, [p('done', '2025-06-20')], dues, '2025-07-15')).toBe('done_on_time');
    expect(agencyState(dated, [p('done', '2025-07-02')], dues, '2025-07-15')).toBe('done_late');
    expect(agencyState(dated, [p('in_progress', null)], dues, '2025-06-01')).toBe('in_progress');
    expect(agencyState(dated, [], dues, '2025-07-01')).toBe('overdue');
  });

  it('the latest update wins', () => {
    expect(agencyState(dated, [p('done', '2025-06-01'), p('in_progress', null)], dues, '2025-06-10')).toBe(
      'in_progress',
    );
  });

  it('year-round task is judged against the current reporting period', () => {
    expect(effectiveDue(yearRound, dues, '2025-04-01')).toBe('2025-05-10');
    expect(effectiveDue(yearRound, dues, '2025-06-01')).toBe('2025-11-10');
    expect(agencyState(yearRound, [], dues, '2025-05-09')).toBe('in_progress');
    expect(agencyState(yearRound, [p('done', '2025-05-05', '2025-05-10')], dues, '2025-05-09')).toBe(
      'done_on_time',
    );
    // Done for the first period does not carry into the second.
    expect(agencyState(yearRound, [p('done', '2025-05-05', '2025-05-10')], dues, '2025-06-01')).toBe(
      'in_progress',
    );
    expect(agencyState(yearRound, [p('done', '2025-05-05', '2025-05-10')], dues, '2025-11-11')).toBe(
      'overdue',
    );
    expect(agencyState(yearRound, [p('done', '2025-11-12', '2025-11-10')], dues, '2025-11-20')).toBe(
      'done_late',
    );
  });

  it('rolls up to the worst part', () => {
    expect(worstState(['done_on_time', 'done_late'])).toBe('done_late');
    expect(worstState(['done_on_time', 'in_progress', 'done_late'])).toBe('in_progress');
    expect(worstState(['overdue', 'done_on_time'])).toBe('overdue');
  });
});
