import { describe, expect, it } from 'vitest';
import { findBounds, isClutterLine, joinBlocks, toLines } from './normalize';

const blocks = (text: string, layout: 'text' | 'docx' = 'text'): string[] =>
  joinBlocks(toLines(text), layout, new Set()).map((b) => b.text);

describe('line clean-up', () => {
  it('normalises Unicode, line endings and odd spaces', () => {
    const lines = toLines('\uFEFFPho\u0300ng\u00A0Nội\u200B vụ\r\nb\rc');
    expect(lines.map((l) => l.text)).toEqual(['Phòng Nội vụ', 'b', 'c']);
    expect(lines.map((l) => l.no)).toEqual([1, 2, 3]);
  });

  it('joins a line that does not start a new item to the previous one', () => {
    expect(
      blocks(
        [
          '1. Tổ chức truyền thông về phòng, chống đuối nước trẻ em tại các thôn trong dịp',
          'hè, chú trọng các hộ gia đình.',
          '- Cơ quan chủ trì: Phòng Nội vụ, Phòng Văn hóa, Khoa học và',
          'Thông tin.',
          'Hỗ trợ trẻ em bị xâm hại tiếp cận dịch vụ trợ giúp pháp lý của Trung tâm',
          'Trợ giúp pháp lý Nhà nước tỉnh.',
        ].join('\n'),
      ),
    ).toEqual([
      '1. Tổ chức truyền thông về phòng, chống đuối nước trẻ em tại các thôn trong dịp hè, chú trọng các hộ gia đình.',
      '- Cơ quan chủ trì: Phòng Nội vụ, Phòng Văn hóa, Khoa học và Thông tin.',
      'Hỗ trợ trẻ em bị xâm hại tiếp cận dịch vụ trợ giúp pháp lý của Trung tâm Trợ giúp pháp lý Nhà nước tỉnh.',
    ]);
  });

  it('keeps headings, sentences and new items apart', () => {
    expect(
      blocks('1. Mục đích\nTriển khai kịp thời.\n2. Yêu cầu\n- Cụ thể.\nII. NHIỆM VỤ\nTRỌNG TÂM'),
    ).toEqual([
      '1. Mục đích',
      'Triển khai kịp thời.',
      '2. Yêu cầu',
      '- Cụ thể.',
      'II. NHIỆM VỤ',
      'TRỌNG TÂM',
    ]);
    expect(
      blocks(
        'Triển khai thực hiện công tác trẻ em trên địa bàn huyện Lý Sơn năm 2025\nThực hiện Kế hoạch số 65.',
      ),
    ).toHaveLength(2);
  });

  it('joins fewer lines in a .docx, where every line is a paragraph', () => {
    const text = 'Đoạn văn dài không có dấu chấm ở cuối dòng này nên trông như bị ngắt dòng\nĐoạn mới';
    expect(blocks(text, 'text')).toHaveLength(1);
    expect(blocks(text, 'docx')).toHaveLength(2);
    expect(blocks('Phòng Nội vụ,\nPhòng Tư pháp', 'docx')).toEqual(['Phòng Nội vụ, Phòng Tư pháp']);
  });

  it('recognises web-page clutter but not prose', () => {
    for (const t of [
      'Trang chủ',
      'Trang chủ » Văn bản » Kế hoạch',
      'Chia sẻ',
      'Bản in',
      'Lượt xem: 120',
      'Chúng tôi sử dụng cookie để…',
      '© 2025 Cổng thông tin',
    ]) {
      expect(isClutterLine(t)).toBe(true);
    }
    for (const t of [
      'Nguồn ngân sách của huyện.',
      'Tin tức về trẻ em được cập nhật hằng ngày cho người dân trên địa bàn.',
      '- Cổng thông tin điện tử huyện;',
    ]) {
      expect(isClutterLine(t)).toBe(false);
    }
  });

  it('finds where the document starts and where its body ends', () => {
    const lines = toLines(
      'Trang chủ\nTin tức\nỦY BAN NHÂN DÂN\nHUYỆN A\nSố: 1/KH-UBND\nKẾ HOẠCH\nX\nI. A\nNơi nhận:\n- B;\nTin liên quan\nC',
    );
    const b = findBounds(lines);
    expect(lines[b.start]!.text).toBe('ỦY BAN NHÂN DÂN');
    expect(lines[b.bodyEnd]!.text).toBe('Nơi nhận:');
    expect(b.recipientsAt).toBe(b.bodyEnd);
    expect(lines[b.end]!.text).toBe('Tin liên quan');
  });
});
