import type { PlansErrorCode } from '@vte/contracts';

// The one catalogue of the plan parser's user-facing text: the refusals (which the plans error
// catalogue answers with, plans.errors.ts) and the warnings shown on the review screen.

export type PlanParseAppCode = Extract<PlansErrorCode, `PLAN_PARSE_${string}`>;

export const parseErrorMessages: Record<PlanParseAppCode, string> = {
  PLAN_PARSE_EMPTY: 'Tệp rỗng: không có nội dung để trích xuất.',
  PLAN_PARSE_NOT_A_PLAN: 'Tệp không phải là kế hoạch: không tìm thấy nhiệm vụ nào.',
  PLAN_PARSE_CORRUPT_DOCX: 'Tệp .docx bị hỏng hoặc không phải tài liệu Word hợp lệ.',
  PLAN_PARSE_UNSUPPORTED_TYPE:
    'Định dạng tệp không được hỗ trợ: chỉ nhận tệp .txt (UTF-8 hoặc UTF-16) hoặc .docx.',
  PLAN_PARSE_TOO_LARGE: 'Tệp quá lớn: dung lượng tối đa là 20 MB.',
  PLAN_PARSE_TOO_COMPLEX:
    'Tệp quá lớn hoặc bị hỏng: nội dung giải nén vượt giới hạn cho phép hoặc không đọc được trong thời gian cho phép.',
  PLAN_PARSE_ENCRYPTED: 'Tệp được đặt mật khẩu hoặc mã hoá: hãy bỏ mật khẩu, lưu lại rồi tải lên lần nữa.',
};

/** Added to a refusal's message where the reason is more precise. */
export const parseErrorDetails = {
  oldWordFormat: 'Tệp .doc (Word 97–2003) cần được lưu lại dưới dạng .docx.',
  textEncoding: 'Tệp văn bản phải dùng bảng mã UTF-8.',
} as const;

const quote = (s: string) => `"${s.slice(0, 160)}"`;

export const parseWarnings = {
  numberBlank: 'Số văn bản chưa điền (chỉ có ký hiệu).',
  dateMonthYearOnly: 'Ngày ban hành để trống, chỉ có tháng và năm.',
  dateYearOnly: 'Ngày ban hành để trống, chỉ có năm.',
  titleMissing: 'Không tìm thấy tên kế hoạch (dòng "KẾ HOẠCH").',
  issuerInferred: (who: string) => `Không có phần tiêu đề cơ quan ban hành; suy ra từ nội dung: "${who}".`,
  issuerUnknown: 'Không xác định được cơ quan ban hành.',
  tasksSectionMissing: 'Không tìm thấy mục "NHIỆM VỤ"; các nhiệm vụ được nhận ra theo cơ quan chủ trì.',
  tableAndParagraphs: 'Kế hoạch có cả bảng nhiệm vụ và nhiệm vụ dạng đoạn văn; chỉ lấy theo bảng.',
  reportingMissing: 'Không tìm thấy hạn báo cáo.',
  recipientsMissing: 'Không tìm thấy phần "Nơi nhận".',
  reportingUnclear: (sentence: string) => `Chưa hiểu được hạn báo cáo: ${quote(sentence)}.`,
  reportingCountMismatch: (sentence: string) => `Số kỳ báo cáo và số hạn nộp không khớp: ${quote(sentence)}.`,
  reportingDateInvalid: (date: string) => `Hạn báo cáo không hợp lệ: "${date}".`,
  reportingPeriodUnclear: (date: string) => `Không rõ kỳ báo cáo của hạn "${date}".`,
  taskNoLead: (task: string) => `Nhiệm vụ ${task}: không tìm thấy cơ quan chủ trì.`,
  taskNoTimeframe: (task: string) => `Nhiệm vụ ${task}: không có thời gian thực hiện.`,
  taskTimeframeUnclear: (task: string, timeframe: string) =>
    `Nhiệm vụ ${task}: chưa hiểu được thời gian "${timeframe}".`,
} as const;
