import type { CommonErrorCode } from '@vte/contracts';
import type { ErrorCatalogue, ErrorSpec } from './app-error';

export const commonErrors: ErrorCatalogue<CommonErrorCode> = {
  VALIDATION: {
    status: 400,
    message: 'Dữ liệu gửi lên không hợp lệ. Vui lòng kiểm tra lại các trường được đánh dấu.',
  },
  BAD_REQUEST: { status: 400, message: 'Yêu cầu không hợp lệ.' },
  UNAUTHENTICATED: { status: 401, message: 'Bạn cần đăng nhập để tiếp tục.' },
  SESSION_EXPIRED: { status: 401, message: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.' },
  FORBIDDEN: { status: 403, message: 'Bạn không có quyền thực hiện thao tác này.' },
  CSRF_INVALID: {
    status: 403,
    message: 'Yêu cầu không hợp lệ (thiếu mã chống giả mạo). Vui lòng tải lại trang.',
  },
  NOT_FOUND: { status: 404, message: 'Không tìm thấy dữ liệu yêu cầu.' },
  ROUTE_NOT_FOUND: { status: 404, message: 'Không tìm thấy địa chỉ yêu cầu.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Dữ liệu gửi lên quá lớn.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Định dạng dữ liệu gửi lên không được hỗ trợ (cần JSON).' },
  RATE_LIMITED: { status: 429, message: 'Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.' },
  SERVER_BUSY: { status: 503, message: 'Máy chủ đang bận xử lý các tệp khác. Vui lòng thử lại sau ít phút.' },
  INTERNAL: {
    status: 500,
    message: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau hoặc liên hệ quản trị viên.',
  },
};

const registry = new Map<string, ErrorSpec>(Object.entries(commonErrors));

/** Each module registers its catalogue once, from its index.ts. */
export function registerErrors(catalogue: Record<string, ErrorSpec>): void {
  for (const [code, spec] of Object.entries(catalogue)) registry.set(code, spec);
}

export function errorSpec(code: string): ErrorSpec | undefined {
  return registry.get(code);
}
