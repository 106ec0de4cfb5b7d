// Vietnamese messages of the analyser's issues, one place (docs/children-import.md lists the codes).
// Messages name the value at fault where that helps the user find it; they go to the preview and
// the rejects workbook only, never to a log.

const q = (s: string) => `“${s.length > 60 ? `${s.slice(0, 57)}…` : s}”`;

export const msg = {
  nameMissing: () => 'Thiếu họ và tên trẻ em: không thể nhập dòng này.',
  nameNormalised: (from: string, to: string) =>
    to.toLocaleLowerCase('vi') === from.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi')
      ? `Đã chuẩn hóa cách viết tên: ${q(to)}.`
      : `Đã chuẩn hóa tên ${q(from)} thành ${q(to)}.`,
  dobMissing: () => 'Thiếu ngày sinh: không thể nhập dòng này.',
  dobInvalid: (raw: string) =>
    `Ngày sinh ${q(raw)} không đọc được hoặc không có thật (năm sinh phải từ 1900).`,
  dobFuture: (shown: string) => `Ngày sinh ${shown} sau ngày chốt số liệu.`,
  dobPartial: (shown: string, precision: 'month' | 'year') =>
    precision === 'year'
      ? `Chỉ có năm sinh (${shown}): lưu với độ chính xác “năm”.`
      : `Chỉ có tháng và năm sinh (${shown}): lưu với độ chính xác “tháng”.`,
  dateNormalised: (raw: string, shown: string) => `Đã đọc ngày sinh ${q(raw)} là ${shown}.`,
  dateSwapped: (raw: string, shown: string) =>
    `Ngày sinh ${q(raw)} có tháng lớn hơn 12: đã hiểu là ${shown} (ngày và tháng bị đảo). Hãy kiểm tra lại.`,
  notAChild: (age: number) => `Đã đủ ${age} tuổi vào ngày chốt số liệu: không còn là trẻ em (dưới 16 tuổi).`,
  maybeNotAChild: () =>
    'Có thể đã đủ 16 tuổi vào ngày chốt số liệu (ngày sinh chỉ có tháng/năm): hãy bổ sung ngày sinh đầy đủ.',
  sexMissing: () => 'Thiếu giới tính.',
  sexInvalid: (raw: string) => `Giới tính ${q(raw)} không rõ (ghi Nam hoặc Nữ).`,
  sexBoth: () => 'Đánh dấu cả hai cột Nam và Nữ: chưa rõ giới tính.',
  ethnicityUnknown: (raw: string) => `Dân tộc ${q(raw)} không có trong danh mục: giữ ở ghi chú.`,
  ethnicityNormalised: (raw: string, label: string) => `Đã hiểu dân tộc ${q(raw)} là “${label}”.`,
  groupUnknown: (raw: string) => `Nhóm hoàn cảnh đặc biệt ${q(raw)} không khớp danh mục: giữ ở ghi chú.`,
  groupNormalised: (raw: string, label: string) => `Đã hiểu ${q(raw)} là “${label}”.`,
  riskUnknown: (raw: string) => `Nguy cơ ${q(raw)} không khớp danh mục: giữ ở ghi chú.`,
  valueUnknown: (raw: string) => `Giá trị ${q(raw)} không nhận ra: giữ ở ghi chú.`,
  placeFormer: (raw: string) =>
    `${q(raw)} là đơn vị hành chính không còn vào ngày chốt số liệu: giữ làm địa chỉ, trẻ thuộc đơn vị của lần nhập.`,
  placeUnknown: (raw: string) =>
    `Không tìm thấy đơn vị ${q(raw)}: giữ làm địa chỉ, trẻ thuộc đơn vị của lần nhập.`,
  formula: () => 'Ô có công thức: đã dùng giá trị Excel tính sẵn. Hãy kiểm tra giá trị này.',
  idDuplicate: (first: number) => `Trùng số định danh với dòng ${first}: một trẻ chỉ có một số định danh.`,
  idBadKept: () => 'Số định danh sai định dạng: trẻ vẫn được nhập, số này được đánh dấu để làm sạch.',
  skippedBlank: () => 'Dòng trống: bỏ qua.',
  skippedTotal: () => 'Dòng cộng/tổng: bỏ qua.',
  skippedHeader: () => 'Dòng tiêu đề cột lặp lại: bỏ qua.',
  skippedSection: (hamlet: string | null) =>
    hamlet
      ? `Dòng tiêu đề nhóm: bỏ qua, “${hamlet}” được dùng làm thôn cho các dòng dưới.`
      : 'Dòng tiêu đề nhóm: bỏ qua.',
};
