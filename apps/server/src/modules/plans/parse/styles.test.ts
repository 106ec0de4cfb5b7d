import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanText, type ParsedSubtask, type ParsedTask } from './index';

const fixture = (name: string): string =>
  readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

/** number → [lead, partners, timeframe] for a compact comparison. */
function summary(tasks: (ParsedTask | ParsedSubtask)[]): Record<string, [string[], string[], string | null]> {
  const out: Record<string, [string[], string[], string | null]> = {};
  for (const t of tasks) {
    out[t.number] = [t.lead, t.partners, t.timeframe];
    for (const s of 'subtasks' in t ? t.subtasks : []) out[s.number] = [s.lead, s.partners, s.timeframe];
  }
  return out;
}

describe('task table written with pipes (Markdown style)', () => {
  const plan = parsePlanText(fixture('pipe-table.txt'));

  it('reads the header block laid out in tab-separated columns', () => {
    expect(plan.issuer).toBe('ỦY BAN NHÂN DÂN XÃ AN VĨNH');
    expect(plan.issuerParent).toBe('UBND HUYỆN LÝ SƠN');
    expect(plan.number).toBe('27/KH-UBND');
    expect(plan.place).toBe('An Vĩnh');
    expect(plan.date).toBe('2025-04-15');
    expect(plan.title).toBe('Thực hiện công tác bảo vệ, chăm sóc trẻ em trên địa bàn xã An Vĩnh năm 2025');
    expect(plan.bases).toEqual([
      'Luật Trẻ em ngày 05 tháng 4 năm 2016',
      'Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em',
      'Kế hoạch số 80/KH-UBND ngày 10/4/2025 của UBND huyện Lý Sơn về công tác trẻ em năm 2025',
    ]);
  });

  it('reads rows as tasks, group rows as groups and 3.1 as a subtask of 3', () => {
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(summary(plan.tasks)).toEqual({
      '1': [['Công chức Văn hóa - Xã hội'], ['Đoàn Thanh niên xã', 'Hội Liên hiệp Phụ nữ xã'], 'Quý II/2025'],
      '2': [['Đoàn Thanh niên xã'], ['Trường Tiểu học An Vĩnh', 'Trường THCS An Vĩnh'], 'Tháng 6/2025'],
      '3': [
        ['Công chức Văn hóa - Xã hội'],
        ['Công an xã', 'Ban Chỉ huy Quân sự xã'],
        'Hoàn thành trước ngày 30/6/2025',
      ],
      '3.1': [['Công an xã'], ['Trưởng thôn Đông'], 'Từ tháng 3 đến tháng 5/2025'],
      '4': [['Ủy ban Mặt trận Tổ quốc Việt Nam xã'], ['Các ban, ngành, đoàn thể xã'], '30/6/2025'],
      '5': [['Văn phòng HĐND và UBND xã'], ['các hội, đoàn thể xã'], 'Năm 2025'],
    });
    expect(plan.tasks[0]!.group).toBe('I. Công tác truyền thông');
    expect(plan.tasks[2]!.group).toBe('II. Công tác bảo vệ trẻ em');
    expect(plan.tasks[0]!.outputs).toBe('Báo cáo kết quả');
    expect(plan.tasks[2]!.timeframeParsed).toMatchObject({ kind: 'before', to: '2025-06-30' });
    expect(plan.tasks[3]!.timeframeParsed).toMatchObject({ kind: 'date', from: '2025-06-30' });
  });

  it('turns "hằng quý trước ngày 20 của tháng cuối quý" into a rule with its dates', () => {
    expect(plan.reporting[0]).toMatchObject({
      period: 'hằng quý',
      due: null,
      dueRule: 'rule',
      rule: {
        frequency: 'quarterly',
        day: 20,
        anchor: 'last-month-of-quarter',
        occurrences: ['2025-03-20', '2025-06-20', '2025-09-20', '2025-12-20'],
      },
    });
    expect(plan.reporting[1]).toMatchObject({ period: 'năm', due: '2025-12-05', dueRule: 'by' });
  });

  it('splits the signature column from the recipients', () => {
    expect(plan.recipients).toEqual([
      'UBND huyện (b/c)',
      'Phòng Nội vụ huyện',
      'Đảng ủy, HĐND xã',
      'Các ban, ngành, đoàn thể xã',
    ]);
    expect(plan.filing).toBe('Lưu: VT');
    expect(plan.signature).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Trần Văn B']);
    expect(plan.warnings).toEqual([]);
  });
});

describe('task table pasted from Word with tabs', () => {
  const plan = parsePlanText(fixture('tab-table.txt'));

  it('reads a department plan header', () => {
    expect(plan.issuer).toBe('PHÒNG NỘI VỤ');
    expect(plan.issuerParent).toBe('UBND HUYỆN LÝ SƠN');
    expect(plan.number).toBe('15/KH-PNV');
    expect(plan.date).toBe('2025-03-20');
    expect(plan.bases).toEqual([
      'Kế hoạch số 65/KH-UBND ngày 31/3/2025 của UBND tỉnh',
      'chức năng, nhiệm vụ của Phòng Nội vụ',
    ]);
  });

  it('joins a row whose cell spans several lines', () => {
    expect(summary(plan.tasks)).toEqual({
      '1': [
        ['Phòng Nội vụ'],
        ['Huyện đoàn Lý Sơn', 'Trung tâm Truyền thông – Văn hóa - Thể thao'],
        'Tháng 6/2025',
      ],
      '2': [
        ['Phòng Nội vụ'],
        ['Hội Chữ thập đỏ huyện', 'Hội Liên hiệp Phụ nữ huyện'],
        'Trước ngày 30/6/2025',
      ],
      '3': [['Phòng Giáo dục và Đào tạo'], ['Đồn Công an Lý Sơn'], 'Quý II, III/2025'],
    });
    expect(plan.tasks[1]!.content).toBe(
      'Thăm, tặng quà trẻ em có hoàn cảnh đặc biệt:\n- Trẻ em mồ côi;\n- Trẻ em khuyết tật',
    );
    expect(plan.tasks[1]!.outputs).toBe('Danh sách, quà tặng');
    expect(plan.tasks[2]!.timeframeParsed).toMatchObject({ kind: 'quarters', quarters: [2, 3] });
  });

  it('finds a deadline outside a reporting section and warns that its period is unknown', () => {
    expect(plan.reporting).toMatchObject([{ period: '', due: '2025-07-10', dueRule: 'before' }]);
    expect(plan.warnings.some((w) => w.startsWith('Không rõ kỳ báo cáo'))).toBe(true);
  });
});

describe('text copied from a web page', () => {
  const plan = parsePlanText(fixture('web-clutter.txt'));

  it('drops the page around the document', () => {
    expect(plan.issuer).toBe('ỦY BAN NHÂN DÂN XÃ AN HẢI');
    expect(plan.number).toBe('45/KH-UBND');
    expect(plan.date).toBe('2025-05-12');
    expect(plan.title).toBe('Thực hiện công tác trẻ em năm 2025');
    expect(JSON.stringify(plan)).not.toMatch(/cookie|Chia sẻ|Tin liên quan|Bản quyền|Lượt xem/);
    expect(plan.signature).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A']);
    expect(plan.recipients).toEqual(['UBND huyện Lý Sơn', 'Các ban, ngành, đoàn thể xã']);
  });

  it('joins hard-wrapped lines and reads lower-case headings', () => {
    expect(plan.bases).toEqual([
      'Kế hoạch số 80/KH-UBND ngày 10/4/2025 của UBND huyện Lý Sơn về thực hiện công tác trẻ em năm 2025',
    ]);
    expect(plan.sections.map((s) => s.kind)).toEqual(['purpose', 'tasks', 'funding', 'organisation']);
    expect(plan.purpose).toBe(
      'Nâng cao trách nhiệm của các ban, ngành, đoàn thể xã trong công tác bảo vệ, chăm sóc trẻ em.',
    );
    const b = plan.tasks[1]!.subtasks[1]!;
    expect(b.content).toBe(
      'Hỗ trợ trẻ em bị xâm hại tiếp cận dịch vụ trợ giúp pháp lý của Trung tâm Trợ giúp pháp lý Nhà nước tỉnh.',
    );
    expect(b.sourceLines[1] - b.sourceLines[0]).toBeGreaterThan(1);
  });

  it('reads 1.1 and a) items as subtasks with short labels', () => {
    expect(plan.tasks.map((t) => [t.number, t.content])).toEqual([
      ['1', 'Công tác truyền thông'],
      ['2', 'Công tác bảo vệ trẻ em'],
    ]);
    expect(summary(plan.tasks)).toEqual({
      '1': [[], [], null],
      '1.1': [
        ['Công chức Văn hóa - Xã hội'],
        ['Đoàn Thanh niên xã', 'Hội Liên hiệp Phụ nữ xã', 'Trường Tiểu học An Hải'],
        'Quý II/2025',
      ],
      '1.2': [['Đài Truyền thanh xã'], [], 'Tháng 6/2025'],
      '2': [[], [], null],
      '2.a': [['Công an xã', 'Công chức Văn hóa - Xã hội'], [], 'Hoàn thành trước ngày 30/6/2025'],
      '2.b': [['Công chức Tư pháp - Hộ tịch'], ['Công an xã'], 'Thường xuyên'],
    });
    // A heading task whose subtasks carry the agencies is not reported as missing a lead.
    expect(plan.warnings).toEqual([]);
  });

  it('pairs "6 tháng đầu năm" and "báo cáo năm" with their deadlines', () => {
    expect(plan.reporting.map(({ period, due }) => [period, due])).toEqual([
      ['6 tháng đầu năm', '2025-06-15'],
      ['năm', '2025-11-15'],
    ]);
  });
});

describe('inline assignments and parenthesised labels', () => {
  const plan = parsePlanText(fixture('inline-lead.txt'));

  it('reads "X chủ trì, phối hợp với Y và Z thực hiện" at the end of a task', () => {
    const t1 = plan.tasks[0]!;
    expect(t1.lead).toEqual(['Phòng Giáo dục và Đào tạo']);
    expect(t1.partners).toEqual(['Phòng Nội vụ', 'các trường học trên địa bàn huyện']);
    expect(t1.timeframe).toBe('Hoàn thành trước ngày 30/6/2025');
    expect(t1.source.lead?.text).toContain('Phòng Giáo dục và Đào tạo chủ trì');
  });

  it('reads labels written in parentheses', () => {
    expect(summary([plan.tasks[1]!])).toEqual({
      '2': [['Phòng Nội vụ'], ['Đồn Công an Lý Sơn', 'Phòng Y tế'], 'Quý III/2025'],
    });
  });

  it('turns bullets that name their own lead into subtasks', () => {
    const t3 = plan.tasks[2]!;
    expect(t3.lead).toEqual([]);
    expect(t3.timeframeParsed).toMatchObject({ kind: 'range', from: '2025-03-01', to: '2025-11-30' });
    expect(summary(t3.subtasks)).toEqual({
      '3.1': [['Trung tâm Y tế quân - dân y Lý Sơn'], ['Hội Liên hiệp Phụ nữ huyện'], null],
      '3.2': [['Phòng Tư pháp'], ['Đồn Công an Lý Sơn'], null],
    });
  });

  it('reads a label whose value is on the next line, deadlines and outputs', () => {
    const t4 = plan.tasks[3]!;
    expect(t4.lead).toEqual(['Phòng Nội vụ']);
    expect(t4.timeframeParsed).toMatchObject({ kind: 'date', from: '2025-12-15' });
    expect(t4.outputs).toBe('Báo cáo tổng kết');
  });

  it('warns about a task without a lead agency', () => {
    expect(plan.tasks[4]!.lead).toEqual([]);
    expect(plan.warnings).toContain('Nhiệm vụ 5: không tìm thấy cơ quan chủ trì.');
  });

  it('keeps a basis that itself says "ban hành Kế hoạch"', () => {
    expect(plan.bases[1]).toBe(
      'Quyết định số 1234/QĐ-UBND ngày 15/12/2024 của UBND tỉnh ban hành Kế hoạch phòng, chống bạo lực, xâm hại trẻ em giai đoạn 2021 - 2025',
    );
    expect(plan.issuer).toBe('ỦY BAN NHÂN DÂN HUYỆN LÝ SƠN');
    expect(plan.reporting.map((r) => [r.period, r.due, r.dueRule])).toEqual([
      ['hằng quý', null, 'rule'],
      ['năm', '2025-12-10', 'before'],
    ]);
  });
});

describe('capitalised headings without numerals, bullet tasks', () => {
  const plan = parsePlanText(fixture('caps-bullets.txt'));

  it('finds the sections by their keywords', () => {
    expect(plan.sections.map((s) => [s.number, s.kind])).toEqual([
      [null, 'purpose'],
      [null, 'tasks'],
      [null, 'organisation'],
    ]);
    expect(plan.date).toBe('2025-05');
    expect(plan.issuer).toBe('HỘI ĐỒNG ĐỘI HUYỆN LÝ SƠN');
    expect(plan.bases).toEqual(['Kế hoạch số 12/KH-HĐĐ ngày 02/5/2025 của Hội đồng Đội tỉnh Quảng Ngãi']);
  });

  it('numbers bullet tasks and reads several labels on one line', () => {
    expect(summary(plan.tasks)).toEqual({
      '1': [['Huyện đoàn Lý Sơn'], ['Phòng Văn hóa, Khoa học và Thông tin'], 'Tháng 6/2025'],
      '2': [
        ['Trung tâm Truyền thông – Văn hóa - Thể thao'],
        ['Đoàn Thanh niên các xã', 'Ủy ban nhân dân các xã, thị trấn'],
        'Từ ngày 01/6/2025 đến ngày 31/7/2025',
      ],
      '3': [['Hội đồng Đội huyện'], [], 'Trước tháng 9/2025'],
    });
    expect(plan.tasks[2]!.timeframeParsed).toMatchObject({ kind: 'before', to: '2025-08-31' });
  });
});

describe('odd but valid text', () => {
  it('never throws and reports problems as warnings', () => {
    for (const text of [
      '',
      '   \n\n',
      'Xin chào',
      '1.',
      'I.',
      '| a | b |',
      'KẾ HOẠCH',
      'Nơi nhận:',
      '- ;\n- .',
      '\t\t\t',
    ]) {
      const plan = parsePlanText(text);
      expect(plan.tasks).toEqual([]);
      expect(Array.isArray(plan.warnings)).toBe(true);
    }
  });

  it('stays fast on a large document with long lines', () => {
    const task =
      '1. Tổ chức tuyên truyền, phổ biến ' +
      'kiến thức, '.repeat(400) +
      'cho trẻ em.\n- Cơ quan chủ trì: Phòng Nội vụ.\n';
    const text = 'KẾ HOẠCH\nThử\nII. NHIỆM VỤ\n' + task.repeat(300) + 'Nơi nhận:\n- Sở Y tế;';
    const t0 = performance.now();
    const plan = parsePlanText(text);
    expect(plan.tasks).toHaveLength(300);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('uses the known agency names passed by the caller', () => {
    const text = [
      'KẾ HOẠCH',
      'Thử nghiệm năm 2025',
      'II. NHIỆM VỤ',
      '1. Cấp giấy chứng nhận quyền sử dụng đất cho cơ sở trợ giúp trẻ em.',
      '- Chủ trì: Văn phòng Đăng ký đất đai, Chi nhánh Lý Sơn.',
      '- Phối hợp: Phòng Nội vụ.',
      '- Thời gian: Quý I/2025.',
    ].join('\n');
    // "Chi nhánh" opens agency names, so without help the official name is cut in two.
    expect(parsePlanText(text).tasks[0]!.lead).toEqual(['Văn phòng Đăng ký đất đai', 'Chi nhánh Lý Sơn']);
    const known = parsePlanText(text, { knownAgencyNames: ['Văn phòng Đăng ký đất đai, Chi nhánh Lý Sơn'] });
    expect(known.tasks[0]!.lead).toEqual(['Văn phòng Đăng ký đất đai, Chi nhánh Lý Sơn']);
    expect(known.tasks[0]!.partners).toEqual(['Phòng Nội vụ']);
  });
});
