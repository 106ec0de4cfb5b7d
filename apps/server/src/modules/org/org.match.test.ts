import { describe, expect, it } from 'vitest';
import { foldName, matchName, type MatchTarget } from './org.match';

const targets: MatchTarget[] = [
  {
    kind: 'agency',
    id: '1',
    name: 'Phòng Giáo dục và Đào tạo',
    shortName: 'Phòng GD&ĐT',
    aliases: ['GD&ĐT'],
    current: true,
  },
  {
    kind: 'agency',
    id: '2',
    name: 'Trung tâm Truyền thông – Văn hóa – Thể thao',
    shortName: null,
    aliases: [],
    current: true,
  },
  {
    kind: 'agency',
    id: '3',
    name: 'Văn phòng HĐND và UBND huyện',
    shortName: 'Văn phòng huyện',
    aliases: [],
    current: true,
  },
  {
    kind: 'group',
    id: '4',
    name: 'Các Hội, đoàn thể huyện',
    shortName: null,
    aliases: ['Hội, đoàn thể huyện'],
    current: true,
  },
  { kind: 'agency', id: '5', name: 'Phòng Nội vụ', shortName: null, aliases: [], current: false },
];

describe('agency name matching', () => {
  it('folds accents, case, dashes and a leading "các"', () => {
    expect(foldName('Trung tâm Truyền thông – Văn hóa - Thể thao')).toBe(
      foldName('trung tam truyen thong-van hoa—the thao'),
    );
    expect(foldName('các Hội, đoàn thể huyện')).toBe('hoi, doan the huyen');
    expect(foldName('Đồn Công an Lý Sơn .')).toBe('don cong an ly son');
  });

  it.each([
    ['Phòng Giáo dục và Đào tạo', '1', 'exact'],
    ['Phòng GD&ĐT', '1', 'short'],
    ['GD & ĐT', '1', 'alias'],
    ['Trung tâm Truyền thông – Văn hóa - Thể thao', '2', 'exact'],
    ['Văn Phòng huyện', '3', 'short'],
    ['các Hội, đoàn thể huyện', '4', 'exact'],
    ['Hội, đoàn thể huyện', '4', 'exact'],
  ])('%s → %s (%s)', (written, id, how) => {
    const m = matchName(written, targets);
    expect(m.match?.id).toBe(id);
    expect(m.match?.how).toBe(how);
  });

  it('never auto-matches a merely similar name, but suggests it', () => {
    const m = matchName('Phòng Giáo dục', targets);
    expect(m.match).toBeNull();
    expect(m.candidates[0]?.id).toBe('1');
    expect(matchName('Bệnh viện Đa khoa', targets).candidates).toEqual([]);
  });

  it('still matches an agency no longer valid on the date, ranked lower', () => {
    expect(matchName('Phòng Nội vụ', targets).match?.id).toBe('5');
  });
});
