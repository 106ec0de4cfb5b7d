import { describe, expect, it } from 'vitest';
import { addCounts, completeness } from './completeness';
import type { ExpectedAgency } from './expected';

const agency = (id: string, name: string): ExpectedAgency => ({
  id,
  name,
  standsFor: [],
  origins: [id],
  tasks: new Map(),
});
const at = (s: string) => new Date(`${s}T03:00:00Z`);

describe('completeness', () => {
  const expected = new Map([
    ['a', agency('a', 'Phòng Giáo dục và Đào tạo')],
    ['b', agency('b', 'Công an huyện')],
    ['c', agency('c', 'Trung tâm Y tế')],
    ['d', agency('d', 'Huyện đoàn')],
  ]);

  it('counts on time, late, missing and never passes 100 %', () => {
    const r = completeness(
      expected,
      [
        { id: '1', agencyId: 'a', agencyName: 'GD', status: 'accepted', firstSubmittedAt: at('2025-05-08') },
        { id: '2', agencyId: 'b', agencyName: 'CA', status: 'returned', firstSubmittedAt: at('2025-05-12') },
        { id: '3', agencyId: 'c', agencyName: 'YT', status: 'draft', firstSubmittedAt: null },
        // Someone not in the plan sends a report: listed, not counted.
        {
          id: '4',
          agencyId: 'x',
          agencyName: 'Hội Chữ thập đỏ',
          status: 'submitted',
          firstSubmittedAt: at('2025-05-01'),
        },
      ],
      '2025-05-10',
    );
    expect(r.counts).toMatchObject({
      expected: 4,
      submitted: 2,
      onTime: 1,
      late: 1,
      missing: 2,
      accepted: 1,
      returned: 1,
      rate: 0.5,
      onTimeRate: 0.25,
    });
    expect(r.agencies.find((x) => x.agencyId === 'c')!.state).toBe('draft');
    expect(r.agencies.find((x) => x.agencyId === 'd')!.state).toBe('missing');
    expect(r.unexpected.map((x) => x.agencyName)).toEqual(['Hội Chữ thập đỏ']);
  });

  it('judges the due date in Vietnam time', () => {
    // 23:30 on 10/5 in Hà Nội is 16:30 UTC: still on time.
    const r = completeness(
      new Map([['a', agency('a', 'A')]]),
      [
        {
          id: '1',
          agencyId: 'a',
          agencyName: 'A',
          status: 'submitted',
          firstSubmittedAt: new Date('2025-05-10T16:30:00Z'),
        },
      ],
      '2025-05-10',
    );
    expect(r.counts.onTime).toBe(1);
    const late = completeness(
      new Map([['a', agency('a', 'A')]]),
      [
        {
          id: '1',
          agencyId: 'a',
          agencyName: 'A',
          status: 'submitted',
          firstSubmittedAt: new Date('2025-05-10T17:30:00Z'),
        },
      ],
      '2025-05-10',
    );
    expect(late.counts.late).toBe(1);
  });

  it('adds counts across units', () => {
    const one = completeness(expected, [], '2025-05-10').counts;
    const sum = addCounts([one, one]);
    expect(sum).toMatchObject({ expected: 8, submitted: 0, missing: 8, rate: 0 });
  });
});
