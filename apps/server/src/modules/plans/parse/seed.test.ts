import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxFromLines } from './fixtures/make-docx';
import { parsePlanFile, parsePlanText, type ParsedPlan } from './index';

const SEED = readFileSync(path.join(import.meta.dirname, 'fixtures', 'seed-ly-son-2025.txt'), 'utf8');

const EXPECTED: [string, string[], string[]][] = [
  ['1', ['Phòng Nội vụ'], ['Các phòng, ban, ngành', 'Hội, đoàn thể huyện']],
  [
    '2',
    ['Phòng Nội vụ'],
    [
      'Phòng Văn hóa, Khoa học và Thông tin',
      'Trung tâm Truyền thông – Văn hóa - Thể thao',
      'Phòng Giáo dục và Đào tạo',
      'các Hội, đoàn thể huyện',
    ],
  ],
  [
    '3',
    ['Đồn Công an Lý Sơn'],
    [
      'Phòng Nội vụ',
      'Phòng Văn hóa, Khoa học và Thông tin',
      'Trung tâm Truyền thông – Văn hóa - Thể thao',
      'Phòng Giáo dục và Đào tạo',
      'các Hội, đoàn thể huyện',
    ],
  ],
  [
    '4',
    ['Phòng Giáo dục và Đào tạo'],
    [
      'Phòng Nội vụ',
      'Phòng Văn hóa, Khoa học và Thông tin',
      'Trung tâm Truyền thông – Văn hóa - Thể thao',
      'các Hội, đoàn thể huyện',
    ],
  ],
  [
    '5',
    ['Văn Phòng huyện'],
    [
      'Trung tâm Y tế quân - dân y Lý Sơn',
      'Phòng Nội vụ',
      'Phòng Văn hóa, Khoa học và Thông tin',
      'Phòng Giáo dục và Đào tạo',
      'các Hội, đoàn thể huyện',
    ],
  ],
  ['6', ['Phòng Tư pháp'], ['Đồn Công an Lý Sơn', 'Phòng Giáo dục và Đào tạo', 'các Hội, đoàn thể huyện']],
  [
    '7',
    ['Phòng Văn hóa, Khoa học và Thông tin'],
    ['Phòng Giáo dục và Đào tạo', 'Trung tâm Truyền thông – Văn hóa - Thể thao', 'các Hội, đoàn thể huyện'],
  ],
  ['8', ['Huyện đoàn Lý Sơn'], ['Phòng Giáo dục và Đào tạo', 'Phòng Nội vụ', 'các cơ sở Đoàn trực thuộc']],
  [
    '9',
    ['Phòng Nội vụ', 'Phòng Văn hóa, Khoa học và Thông tin'],
    ['Các phòng, ban, đơn vị', 'các hội đoàn thể liên quan'],
  ],
  ['10', ['Phòng Nội vụ'], ['Văn Phòng huyện', 'các phòng, ban, đơn vị', 'các hội đoàn thể liên quan']],
  ['11', ['Phòng Nội vụ', 'Đồn Công an Lý Sơn'], ['Các phòng, ban, đơn vị', 'các hội đoàn thể liên quan']],
  ['12', ['Phòng Nội vụ', 'Huyện đoàn Lý Sơn'], ['Các phòng, ban, đơn vị', 'các hội đoàn thể liên quan']],
  ['13', ['Phòng Nội vụ', 'Văn Phòng huyện'], ['Các phòng, ban, đơn vị', 'các hội đoàn thể liên quan']],
];

function expectSeedTasks(plan: ParsedPlan): void {
  expect(plan.tasks.map((t) => t.number)).toEqual(EXPECTED.map((e) => e[0]));
  for (const [i, [number, lead, partners]] of EXPECTED.entries()) {
    const task = plan.tasks[i]!;
    expect({ number: task.number, lead: task.lead, partners: task.partners }).toEqual({
      number,
      lead,
      partners,
    });
    if (number === '9') {
      expect(task.timeframe).toBe('Quý II, IV năm 2025');
      expect(task.timeframeParsed).toMatchObject({ kind: 'quarters', year: 2025, quarters: [2, 4] });
    } else {
      expect(task.timeframe).toBe('Thường xuyên trong năm');
      expect(task.timeframeParsed).toMatchObject({ kind: 'year-round', year: 2025 });
    }
    expect(task.subtasks).toEqual([]);
  }
}

describe('seed plan (Lý Sơn 2025)', () => {
  const plan = parsePlanText(SEED);

  it('reads the header, title and legal basis', () => {
    expect(plan.title).toBe('Triển khai thực hiện công tác trẻ em trên địa bàn huyện Lý Sơn năm 2025');
    expect(plan.number).toBe('/KH-UBND');
    expect(plan.place).toBe('Lý Sơn');
    expect(plan.date).toBe('2025-04');
    expect(plan.year).toBe(2025);
    expect(plan.issuer).toBe('UBND huyện Lý Sơn');
    expect(plan.issuerSource).toBe('inferred');
    expect(plan.bases).toEqual([
      'Kế hoạch số 65/KH-UBND ngày 31/3/2025 của UBND tỉnh triển khai thực hiện công tác trẻ em trên địa bàn tỉnh năm 2025',
    ]);
  });

  it('extracts the 13 tasks of section II with their agencies and time frames', () => {
    expectSeedTasks(plan);
    expect(plan.tasks[0]!.content.startsWith('Đẩy mạnh thực hiện các mục tiêu')).toBe(true);
    expect(plan.tasks[0]!.content).not.toMatch(/^1\./);
    expect(plan.tasks[12]!.content.endsWith('giai đoạn 2021 - 2025 theo quy định.')).toBe(true);
  });

  it('keeps source lines for the review screen', () => {
    const t3 = plan.tasks[2]!;
    expect(t3.source.lead?.text).toBe('- Cơ quan chủ trì: Đồn Công an Lý Sơn .');
    const seedLines = SEED.split('\n');
    expect(seedLines[t3.source.lead!.lines[0] - 1]).toContain('Đồn Công an Lý Sơn');
    expect(seedLines[t3.sourceLines[0] - 1]!.startsWith('3. Triển khai')).toBe(true);
    expect(t3.source.timeframe?.text).toBe('- Thời gian thực hiện: Thường xuyên trong năm.');
    expect(plan.source.title?.text).toContain('KẾ HOẠCH');
  });

  it('pairs the reporting deadlines with their periods', () => {
    expect(plan.reporting.map(({ period, due, dueRule }) => ({ period, due, dueRule }))).toEqual([
      { period: '6 tháng đầu năm', due: '2025-05-10', dueRule: 'before' },
      { period: 'cả năm', due: '2025-11-10', dueRule: 'before' },
    ]);
    expect(plan.reporting[0]!.source.text).toContain('trước ngày 10/5/2025');
  });

  it('reads the recipients, one per dash line, and keeps the filing note apart', () => {
    expect(plan.recipients).toHaveLength(12);
    expect(plan.recipients[0]).toBe('Sở Y tế');
    expect(plan.recipients).toContain('CT, các PCT UBND huyện');
    expect(plan.recipients).toContain(
      'Các Phòng: Nội vụ, GD&ĐT, Tư pháp, Văn hóa, Khoa học và Thông tin, Tài Chính – Kế hoạch',
    );
    expect(plan.recipients[11]).toBe('Văn phòng huyện');
    expect(plan.recipients.some((r) => r.startsWith('Lưu'))).toBe(false);
    expect(plan.filing).toBe('Lưu: VT');
  });

  it('reads purpose, requirements, funding and organisation', () => {
    expect(plan.purpose).toMatch(/^Triển khai kịp thời, đầy đủ/);
    expect(plan.requirements).toHaveLength(2);
    expect(plan.funding).toMatch(/^Nguồn ngân sách của huyện/);
    expect(plan.organisation.map((o) => o.agency)).toEqual([
      'Phòng Nội vụ',
      'Phòng Tài chính – Kế hoạch',
      'Các phòng, đơn vị: Giáo dục và Đào tạo; Tư pháp; Văn hóa, Khoa học và Thông tin; Văn phòng huyện; Trung tâm Truyền thông – Văn hóa – Thể thao; Đồn Công an Lý Sơn; Huyện đoàn và các tổ chức chính trị - xã hội huyện',
      'Ủy ban Mặt trận Tổ quốc Việt Nam huyện, các tổ chức chính trị - xã hội',
    ]);
    expect(plan.organisation[2]!.agencies).toContain('các tổ chức chính trị - xã hội huyện');
    expect(plan.organisation[0]!.responsibilities).toContain(
      'Tiếp tục thực hiện chuẩn hóa, làm sạch dữ liệu',
    );
    expect(plan.sections.map((s) => s.kind)).toEqual([
      'purpose',
      'tasks',
      'funding',
      'organisation',
      'reporting',
    ]);
  });

  it('warns only about what is really missing', () => {
    expect(plan.warnings.some((w) => w.includes('không tìm thấy cơ quan chủ trì'))).toBe(false);
    expect(plan.warnings.some((w) => w.includes('suy ra từ nội dung'))).toBe(true);
  });

  it('has exactly the documented top-level keys first', () => {
    expect(Object.keys(plan).slice(0, 9)).toEqual([
      'title',
      'issuer',
      'number',
      'place',
      'date',
      'bases',
      'tasks',
      'reporting',
      'recipients',
    ]);
    expect(Object.keys(plan.tasks[0]!).slice(0, 5)).toEqual([
      'number',
      'content',
      'lead',
      'partners',
      'timeframe',
    ]);
  });

  it('parses in a few milliseconds', () => {
    parsePlanText(SEED);
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) parsePlanText(SEED);
    const avg = (performance.now() - t0) / 10;
    expect(avg).toBeLessThan(100);
  });

  it('gives the same result for the seed typed as a .docx', async () => {
    const fromDocx = await parsePlanFile(await docxFromLines(SEED), 'ke-hoach.docx');
    expectSeedTasks(fromDocx);
    expect(fromDocx.title).toBe(plan.title);
    expect(fromDocx.date).toBe('2025-04');
    expect(fromDocx.number).toBe('/KH-UBND');
    expect(fromDocx.bases).toEqual(plan.bases);
    expect(fromDocx.reporting.map((r) => r.due)).toEqual(['2025-05-10', '2025-11-10']);
    expect(fromDocx.recipients).toEqual(plan.recipients);
    expect(fromDocx.filing).toBe('Lưu: VT');
  });

  it('prefers an issuer header block to the inferred issuer', () => {
    const withHeader = parsePlanText(`ỦY BAN NHÂN DÂN\nHUYỆN LÝ SƠN\n${SEED}`);
    expect(withHeader.issuer).toBe('ỦY BAN NHÂN DÂN HUYỆN LÝ SƠN');
    expect(withHeader.issuerSource).toBe('header');
    expect(withHeader.tasks).toHaveLength(13);
  });
});
