import { describe, expect, it } from 'vitest';
import { htmlToPlanText } from './docx';
import { docxWithTaskTable } from './fixtures/make-docx';
import { parsePlanFile } from './index';

describe('.docx with layout tables and a task table', async () => {
  const plan = await parsePlanFile(await docxWithTaskTable(), 'Ke hoach 88.DOCX');

  it('reads the header from the two-column layout table', () => {
    expect(plan.issuer).toBe('ỦY BAN NHÂN DÂN HUYỆN LÝ SƠN');
    expect(plan.number).toBe('88/KH-UBND');
    expect(plan.place).toBe('Lý Sơn');
    expect(plan.date).toBe('2025-05-05');
    expect(plan.title).toBe('Truyền thông về quyền trẻ em năm 2025');
    expect(plan.bases).toEqual(['Kế hoạch số 65/KH-UBND ngày 31/3/2025 của UBND tỉnh']);
  });

  it('reads table rows, copying a lead cell merged over two rows', () => {
    expect(plan.tasks.map((t) => [t.number, t.group, t.lead, t.partners, t.timeframe, t.outputs])).toEqual([
      [
        '1',
        'I. Công tác truyền thông',
        ['Phòng Nội vụ'],
        ['Phòng Tư pháp', 'Đồn Công an Lý Sơn'],
        'Quý II/2025',
        'Báo cáo',
      ],
      [
        '2',
        'I. Công tác truyền thông',
        ['Phòng Nội vụ'],
        ['Huyện đoàn Lý Sơn', 'các Hội, đoàn thể huyện'],
        'Tháng 6/2025',
        null,
      ],
      [
        '3',
        'II. Công tác bảo vệ trẻ em',
        ['Phòng Văn hóa, Khoa học và Thông tin'],
        ['Trung tâm Y tế quân - dân y Lý Sơn', 'Phòng Giáo dục và Đào tạo'],
        'Hoàn thành trước ngày 30/9/2025',
        'Danh sách',
      ],
    ]);
    expect(plan.tasks[0]!.content).toBe('Tuyên truyền Luật Trẻ em tại trường học');
  });

  it('numbers Word list items and reads the signature table', () => {
    expect(plan.organisation.map((o) => [o.number, o.agency])).toEqual([
      ['1', 'Phòng Nội vụ'],
      ['2', 'Các cơ quan, đơn vị'],
    ]);
    expect(plan.reporting.map((r) => [r.period, r.due])).toEqual([
      ['6 tháng đầu năm', '2025-06-15'],
      ['cả năm', '2025-11-15'],
    ]);
    expect(plan.recipients).toEqual(['Sở Y tế', 'Các phòng, ban, ngành huyện']);
    expect(plan.filing).toBe('Lưu: VT');
    expect(plan.signature).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A']);
  });
});

describe('mammoth HTML to text', () => {
  it('renders tables, spans, lists and entities', () => {
    const html =
      '<p>A &amp; B&nbsp;C</p><ol><li>Một<ol><li>Một một</li></ol></li><li>Hai</li></ol><ul><li>Gạch</li></ul>' +
      '<table><tr><th>STT</th><th>Nội dung</th><th>Cơ quan chủ trì</th></tr>' +
      '<tr><td>1</td><td><p>X | Y</p><p>Z</p></td><td rowspan="2">Phòng Nội vụ</td></tr>' +
      '<tr><td>2</td><td>W</td></tr></table>';
    expect(htmlToPlanText(html).split('\n')).toEqual([
      'A & B C',
      '1. Một',
      '1.1. Một một',
      '2. Hai',
      '- Gạch',
      '',
      '| STT | Nội dung | Cơ quan chủ trì |',
      '| 1 | X / Y<br>Z | Phòng Nội vụ |',
      '| 2 | W | Phòng Nội vụ |',
      '',
    ]);
  });
});

describe('source text of a .docx', () => {
  it('is returned on request, so that source line numbers can be shown', async () => {
    const plan = await parsePlanFile(await docxWithTaskTable(), 'a.docx', { includeText: true });
    const lines = plan.text!.split('\n');
    const t3 = plan.tasks[2]!;
    expect(lines[t3.sourceLines[0] - 1]).toContain('Rà soát trẻ em có hoàn cảnh đặc biệt');
    expect((await parsePlanFile(await docxWithTaskTable(), 'a.docx')).text).toBeUndefined();
  });
});
