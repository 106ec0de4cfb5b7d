// The one error `parsePlanFile` throws: a stable code for callers (the import route maps it to a
// 4xx) and a Vietnamese message for the user.

export type PlanParseErrorCode =
  'EMPTY' | 'NOT_A_PLAN' | 'CORRUPT_DOCX' | 'UNSUPPORTED_TYPE' | 'TOO_LARGE' | 'TOO_COMPLEX' | 'ENCRYPTED';

const MESSAGES: Record<PlanParseErrorCode, string> = {
  EMPTY: 'Tệp rỗng: không có nội dung để trích xuất.',
  NOT_A_PLAN: 'Tệp không phải là kế hoạch: không tìm thấy nhiệm vụ nào.',
  CORRUPT_DOCX: 'Tệp .docx bị hỏng hoặc không phải tài liệu Word hợp lệ.',
  UNSUPPORTED_TYPE: 'Định dạng tệp không được hỗ trợ: chỉ nhận tệp .txt (UTF-8 hoặc UTF-16) hoặc .docx.',
  TOO_LARGE: 'Tệp quá lớn: dung lượng tối đa là 20 MB.',
  TOO_COMPLEX:
    'Tệp quá lớn hoặc bị hỏng: nội dung giải nén vượt giới hạn cho phép hoặc không đọc được trong thời gian cho phép.',
  ENCRYPTED: 'Tệp được đặt mật khẩu hoặc mã hoá: hãy bỏ mật khẩu, lưu lại rồi tải lên lần nữa.',
};

export class PlanParseError extends Error {
  readonly code: PlanParseErrorCode;

  constructor(code: PlanParseErrorCode, detail?: string) {
    super(detail ? `${MESSAGES[code]} ${detail}` : MESSAGES[code]);
    this.name = 'PlanParseError';
    this.code = code;
  }
}
