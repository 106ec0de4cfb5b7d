import { describe, expect, it } from 'vitest';
import { checkDates, isLocked, kindOfWording, nd09Window, periodFromRegime } from './periods';

describe('period maths', () => {
  it('reads the wording of a regime', () => {
    expect(kindOfWording('6 tháng đầu năm')).toEqual({ kind: 'six_month', seq: null });
    expect(kindOfWording('cả năm')).toEqual({ kind: 'annual', seq: null });
    expect(kindOfWording('Quý III')).toEqual({ kind: 'quarterly', seq: 3 });
    expect(kindOfWording('quý 2')).toEqual({ kind: 'quarterly', seq: 2 });
    expect(kindOfWording('tháng 7')).toEqual({ kind: 'monthly', seq: 7 });
    expect(kindOfWording('báo cáo đột xuất')).toEqual({ kind: 'ad_hoc', seq: null });
    expect(kindOfWording('chuyên đề phòng chống đuối nước')).toEqual({ kind: 'thematic', seq: null });
  });

  it('uses the NĐ 09/2019 windows, crossing into the previous year', () => {
    expect(nd09Window('six_month', 2025, null)).toEqual({ from: '2024-12-15', to: '2025-06-14' });
    expect(nd09Window('annual', 2025, null)).toEqual({ from: '2024-12-15', to: '2025-12-14' });
    expect(nd09Window('quarterly', 2025, 1)).toEqual({ from: '2024-12-15', to: '2025-03-14' });
    expect(nd09Window('quarterly', 2025, 3)).toEqual({ from: '2025-06-15', to: '2025-09-14' });
    expect(nd09Window('monthly', 2025, 1)).toEqual({ from: '2024-12-15', to: '2025-01-14' });
  });

  it('ends the window before a local deadline earlier than NĐ 09 (the seed: before 10/5 and 10/11)', () => {
    const six = periodFromRegime({ period: '6 tháng đầu năm', due: '2025-05-10' }, 2025);
    expect(six).toMatchObject({
      kind: 'six_month',
      label: '6 tháng đầu năm 2025',
      cutoffFrom: '2024-12-15',
      cutoffTo: '2025-05-09',
      dueDate: '2025-05-10',
      expiresOn: '2025-06-09',
    });
    const year = periodFromRegime({ period: 'cả năm', due: '2025-11-10' }, 2025);
    expect(year).toMatchObject({
      kind: 'annual',
      label: 'Cả năm 2025',
      cutoffTo: '2025-11-09',
      expiresOn: '2025-12-10',
    });
    expect(checkDates(six)).toBeNull();
  });

  it('locks after expiry unless reopened', () => {
    const p = { expiresOn: '2025-06-09', reopenedUntil: null };
    expect(isLocked(p, '2025-06-09')).toBe(false);
    expect(isLocked(p, '2025-06-10')).toBe(true);
    expect(isLocked({ ...p, reopenedUntil: '2026-12-31' }, '2026-11-29')).toBe(false);
    expect(isLocked({ ...p, reopenedUntil: '2026-01-01' }, '2026-11-29')).toBe(true);
  });

  it('refuses windows that end after the due date', () => {
    expect(
      checkDates({
        cutoffFrom: '2025-01-01',
        cutoffTo: '2025-05-10',
        dueDate: '2025-05-10',
        expiresOn: '2025-06-01',
      }),
    ).toMatch(/chốt số liệu/);
    expect(
      checkDates({
        cutoffFrom: '2025-06-01',
        cutoffTo: '2025-05-01',
        dueDate: '2025-05-10',
        expiresOn: '2025-06-01',
      }),
    ).toMatch(/bắt đầu/);
  });
});
