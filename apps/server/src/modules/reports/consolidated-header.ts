import { viDate } from '../../platform/dates';

/** The document parts of a consolidated report that are not built from the sources. */
export interface ConsolidatedHeader {
  periodLabel: string;
  unitName: string;
  parentBody: string | null;
  issuer: string;
  number: string | null;
  place: string | null;
  reportDate: string | null;
  subject: string;
  signature: { authority: string | null; title: string; name: string | null };
  recipients: string[];
  recipientUnitName: string | null;
}

/** "Kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2025" / "… năm 2025". */
export function subjectFor(label: string): string {
  const l = label.replace(/^Cả năm/, 'năm');
  return `Kết quả thực hiện công tác trẻ em ${l.charAt(0).toLowerCase()}${l.slice(1)}`;
}

/** "Huyện Lý Sơn" → issuer "ỦY BAN NHÂN DÂN HUYỆN LÝ SƠN", place "Lý Sơn". */
export function defaultHeader(p: {
  unitFullName: string;
  unitName: string;
  parentFullName: string | null;
  periodLabel: string;
  dueDate: string;
}): ConsolidatedHeader {
  return {
    periodLabel: p.periodLabel,
    unitName: p.unitFullName,
    parentBody: null,
    issuer: `Ủy ban nhân dân ${p.unitFullName}`.toUpperCase(),
    number: null,
    place: p.unitName,
    reportDate: null,
    subject: subjectFor(p.periodLabel),
    signature: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: null },
    recipients: [
      ...(p.parentFullName ? [`Sở Y tế ${p.parentFullName.replace(/^Tỉnh/, 'tỉnh')}`] : []),
      `Chủ tịch, các Phó Chủ tịch UBND ${p.unitFullName.replace(/^(Huyện|Đặc khu|Xã|Phường|Tỉnh)/, (m) => m.toLowerCase())}`,
      'Các cơ quan, đơn vị thực hiện kế hoạch',
    ],
    recipientUnitName: p.parentFullName,
  };
}

export const dueText = (due: string) => `hạn ${viDate(due)}`;
