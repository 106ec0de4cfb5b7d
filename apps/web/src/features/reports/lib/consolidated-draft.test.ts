import { updateConsolidatedInput } from '@vte/contracts';
import { describe, expect, it } from 'vitest';
import {
  consolidatedDirty,
  consolidatedDraftOf,
  consolidatedUpdateOf,
  recipientLines,
} from './consolidated-draft';
import { consolidated } from './test-fixtures';

/** The server parses the body with the contract; the helper must produce exactly that, untouched. */
const accepted = (body: unknown) => {
  const parsed = updateConsolidatedInput.parse(body);
  expect(parsed).toEqual(body);
  return parsed;
};

describe('consolidatedDraftOf', () => {
  it('flattens the paragraphs of every section by id and turns nulls into empty text', () => {
    expect(consolidatedDraftOf(consolidated())).toEqual({
      number: '',
      place: 'Lý Sơn',
      reportDate: null,
      subject: 'Báo cáo kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2025',
      paragraphs: { p1: 'Đoạn một.', p2: 'Đoạn hai.', p3: 'Đoạn ba.' },
      signature: { authority: 'TM.', title: 'CHỦ TỊCH', name: '' },
      recipients: 'UBND tỉnh\nSở Y tế\nLưu: VT',
    });
  });
});

describe('recipientLines', () => {
  it('is one recipient a line, trimmed, without blank lines', () => {
    expect(recipientLines('  UBND tỉnh \n\n Sở Y tế\n   \nLưu: VT  ')).toEqual([
      'UBND tỉnh',
      'Sở Y tế',
      'Lưu: VT',
    ]);
  });

  it('handles Windows line endings and an empty box', () => {
    expect(recipientLines('UBND tỉnh\r\nSở Y tế\r\n')).toEqual(['UBND tỉnh', 'Sở Y tế']);
    expect(recipientLines('')).toEqual([]);
  });
});

describe('consolidatedUpdateOf', () => {
  it('an untouched draft sends the header and no paragraphs', () => {
    const report = consolidated();
    expect(accepted(consolidatedUpdateOf(consolidatedDraftOf(report), report))).toEqual({
      revision: 7,
      number: null,
      place: 'Lý Sơn',
      reportDate: null,
      subject: 'Báo cáo kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2025',
      paragraphs: [],
      signature: { authority: 'TM.', title: 'CHỦ TỊCH', name: null },
      recipients: ['UBND tỉnh', 'Sở Y tế', 'Lưu: VT'],
    });
  });

  it('sends only the changed paragraphs, trimmed', () => {
    const report = consolidated();
    const draft = consolidatedDraftOf(report);
    draft.paragraphs.p2 = '  Đoạn hai, đã sửa.  ';
    draft.paragraphs.p3 = '';
    expect(accepted(consolidatedUpdateOf(draft, report)).paragraphs).toEqual([
      { id: 'p2', text: 'Đoạn hai, đã sửa.' },
      { id: 'p3', text: '' },
    ]);
  });

  it('trims the header and signature, blanks becoming null (a blank subject is left out)', () => {
    const report = consolidated({
      number: '12/BC-UBND',
      signature: { authority: null, title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' },
    });
    const draft = consolidatedDraftOf(report);
    draft.number = '  ';
    draft.place = ' Lý Sơn ';
    draft.reportDate = '2025-06-30';
    draft.subject = '   ';
    draft.signature = { authority: ' KT. ', title: ' PHÓ CHỦ TỊCH ', name: '  ' };
    draft.recipients = 'Như trên;\n\nLưu: VT';
    const body = accepted(consolidatedUpdateOf(draft, report));
    expect(body).toEqual({
      revision: 7,
      number: null,
      place: 'Lý Sơn',
      reportDate: '2025-06-30',
      subject: undefined,
      paragraphs: [],
      signature: { authority: 'KT.', title: 'PHÓ CHỦ TỊCH', name: null },
      recipients: ['Như trên;', 'Lưu: VT'],
    });
  });
});

describe('consolidatedDirty', () => {
  it('is clean as loaded', () => {
    const report = consolidated();
    expect(consolidatedDirty(consolidatedDraftOf(report), report)).toBe(false);
  });

  it('is dirty after an edit the way the editor makes it (spread patches)', () => {
    const report = consolidated();
    const draft = consolidatedDraftOf(report);
    expect(consolidatedDirty({ ...draft, number: '5/BC' }, report)).toBe(true);
    expect(consolidatedDirty({ ...draft, paragraphs: { ...draft.paragraphs, p1: 'Khác' } }, report)).toBe(
      true,
    );
    expect(consolidatedDirty({ ...draft, signature: { ...draft.signature, name: 'Trần B' } }, report)).toBe(
      true,
    );
    expect(consolidatedDirty({ ...draft, recipients: `${draft.recipients}\nSở Tư pháp` }, report)).toBe(true);
    expect(consolidatedDirty({ ...draft, reportDate: '2025-07-01' }, report)).toBe(true);
  });

  it('is clean again when an edit is undone', () => {
    const report = consolidated();
    const draft = consolidatedDraftOf(report);
    const edited = { ...draft, paragraphs: { ...draft.paragraphs, p2: 'Tạm' } };
    const undone = { ...edited, paragraphs: { ...edited.paragraphs, p2: 'Đoạn hai.' } };
    expect(consolidatedDirty(undone, report)).toBe(false);
  });

  it('is clean against a report saved with what the draft holds', () => {
    const report = consolidated();
    const draft = { ...consolidatedDraftOf(report), number: '5/BC-UBND' };
    expect(consolidatedDirty(draft, consolidated({ number: '5/BC-UBND' }))).toBe(false);
  });
});
