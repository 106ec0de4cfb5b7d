import { describe, expect, it } from 'vitest';
import { createAgencySplitter } from './agencies';

const split = createAgencySplitter();

describe('agency list splitting', () => {
  it.each([
    ['Phòng Nội vụ.', ['Phòng Nội vụ']],
    ['Đồn Công an Lý Sơn .', ['Đồn Công an Lý Sơn']],
    ['Các phòng, ban, ngành; Hội, đoàn thể huyện.', ['Các phòng, ban, ngành', 'Hội, đoàn thể huyện']],
    [
      'Phòng Văn hóa, Khoa học và Thông tin, Trung tâm Truyền thông – Văn hóa - Thể thao, Phòng Giáo dục và Đào tạo và các Hội, đoàn thể huyện.',
      [
        'Phòng Văn hóa, Khoa học và Thông tin',
        'Trung tâm Truyền thông – Văn hóa - Thể thao',
        'Phòng Giáo dục và Đào tạo',
        'các Hội, đoàn thể huyện',
      ],
    ],
    [
      'Phòng Nội vụ, Phòng Văn hóa, Khoa học và Thông tin',
      ['Phòng Nội vụ', 'Phòng Văn hóa, Khoa học và Thông tin'],
    ],
    [
      'Văn Phòng huyện, các phòng, ban, đơn vị và các hội đoàn thể liên quan.',
      ['Văn Phòng huyện', 'các phòng, ban, đơn vị', 'các hội đoàn thể liên quan'],
    ],
    [
      'Phòng Giáo dục và Đào tạo, Phòng Nội vụ và các cơ sở Đoàn trực thuộc.',
      ['Phòng Giáo dục và Đào tạo', 'Phòng Nội vụ', 'các cơ sở Đoàn trực thuộc'],
    ],
    [
      'Phòng Tài chính – Kế hoạch và Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
      ['Phòng Tài chính – Kế hoạch', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện'],
    ],
    ['Văn phòng HĐND và UBND huyện, Phòng Y tế', ['Văn phòng HĐND và UBND huyện', 'Phòng Y tế']],
    [
      'UBND các xã, thị trấn và các tổ chức chính trị - xã hội',
      ['UBND các xã, thị trấn', 'các tổ chức chính trị - xã hội'],
    ],
    ['UBND huyện (qua Phòng Nội vụ, Văn phòng)', ['UBND huyện (qua Phòng Nội vụ, Văn phòng)']],
    [
      'Phòng Lao động - Thương binh và Xã hội và Công an huyện',
      ['Phòng Lao động - Thương binh và Xã hội', 'Công an huyện'],
    ],
    ['Phòng Nội vụ<br>Phòng Tư pháp', ['Phòng Nội vụ', 'Phòng Tư pháp']],
    ['', []],
  ])('%s', (input, expected) => {
    expect(split(input)).toEqual(expected);
  });

  it('keeps unknown official names whole by the head-word heuristic', () => {
    expect(split('Trung tâm Văn hóa, Thông tin và Thể thao huyện, Hội Nông dân huyện')).toEqual([
      'Trung tâm Văn hóa, Thông tin và Thể thao huyện',
      'Hội Nông dân huyện',
    ]);
    expect(split('Sở Nội vụ và Sở Y tế')).toEqual(['Sở Nội vụ', 'Sở Y tế']);
    expect(split('Ban Dân vận, Ban Tuyên giáo Huyện ủy')).toEqual(['Ban Dân vận', 'Ban Tuyên giáo Huyện ủy']);
  });

  it('uses known names, longest first, and matches them across spelling variants', () => {
    const plain = split('Ban Quản lý Cảng cá, Bến tàu và Công an huyện');
    expect(plain).toEqual(['Ban Quản lý Cảng cá, Bến tàu', 'Công an huyện']);
    const known = createAgencySplitter([
      'Đội Công tác xã hội tình nguyện',
      'Hội Bảo trợ người khuyết tật và Trẻ mồ côi',
    ]);
    expect(known('Hội Bảo trợ người khuyết tật và Trẻ mồ côi và Đội công tác xã hội tình nguyện')).toEqual([
      'Hội Bảo trợ người khuyết tật và Trẻ mồ côi',
      'Đội công tác xã hội tình nguyện',
    ]);
    // Old tone placement ("hoá", "Uỷ") and another dash still match the built-in names.
    expect(split('Phòng Văn hoá, Khoa học và Thông tin, Uỷ ban Mặt trận Tổ quốc Việt Nam huyện')).toEqual([
      'Phòng Văn hoá, Khoa học và Thông tin',
      'Uỷ ban Mặt trận Tổ quốc Việt Nam huyện',
    ]);
  });

  it('is linear on long lists', () => {
    const long = Array.from({ length: 2000 }, (_, i) => `Phòng Số ${i}`).join(', ');
    const t0 = performance.now();
    expect(split(long)).toHaveLength(2000);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
