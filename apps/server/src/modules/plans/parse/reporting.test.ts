import { describe, expect, it } from 'vitest';
import { parseReporting } from './reporting';

const block = (text: string) => [{ text, first: 1, last: 1 }];

describe('reporting deadlines', () => {
  it('pairs dates and periods in order', () => {
    const w: string[] = [];
    const r = parseReporting(
      block(
        'Định kỳ trước ngày 10/5/2025 và trước ngày 10/11/2025 báo cáo UBND huyện kết quả 6 tháng đầu năm và cả năm 2025.',
      ),
      2025,
      w,
    );
    expect(r.map(({ period, due, dueRule }) => ({ period, due, dueRule }))).toEqual([
      { period: '6 tháng đầu năm', due: '2025-05-10', dueRule: 'before' },
      { period: 'cả năm', due: '2025-11-10', dueRule: 'before' },
    ]);
    expect(w).toEqual([]);
  });

  it('takes the plan year when the date has none, and reads "chậm nhất" as on-or-before', () => {
    const r = parseReporting(block('Báo cáo quý III gửi chậm nhất ngày 25/9.'), 2025, []);
    expect(r).toMatchObject([{ period: 'quý III', due: '2025-09-25', dueRule: 'by' }]);
  });

  it('turns a monthly rule into its twelve dates', () => {
    const r = parseReporting(block('Các xã báo cáo hằng tháng trước ngày 25 hằng tháng.'), 2025, []);
    expect(r[0]).toMatchObject({
      period: 'hằng tháng',
      due: null,
      dueRule: 'rule',
      rule: { frequency: 'monthly', day: 25 },
    });
    expect(r[0]!.rule!.occurrences).toHaveLength(12);
    expect(r[0]!.rule!.occurrences[1]).toBe('2025-02-25');
  });

  it('warns when it cannot read a deadline', () => {
    const w: string[] = [];
    expect(parseReporting(block('Báo cáo định kỳ vào ngày 5 mỗi tháng.'), 2025, w)).toEqual([]);
    expect(w).toHaveLength(1);
    const w2: string[] = [];
    parseReporting(block('Báo cáo trước ngày 31/2/2025.'), 2025, w2);
    expect(w2[0]).toMatch(/không hợp lệ/);
  });
});
