import type { ChildrenErrorCode } from '@vte/contracts';
import type { ErrorCatalogue } from '../../platform/http/app-error';

export const childrenErrors: ErrorCatalogue<ChildrenErrorCode> = {
  // Also the answer for a child outside the user's locality: no hint that the record exists.
  CHILD_NOT_FOUND: { status: 404, message: 'Không tìm thấy hồ sơ trẻ em.' },
  CHILD_VERSION_CONFLICT: {
    status: 409,
    message: 'Hồ sơ vừa được người khác sửa. Hãy tải lại để xem bản mới nhất rồi sửa lại.',
  },
  CHILD_ID_INVALID: { status: 400, message: 'Số định danh cá nhân không hợp lệ.' },
  CHILD_ID_DUPLICATE: {
    status: 409,
    message: 'Số định danh cá nhân này đã có trong sổ trẻ em (có thể ở địa phương khác). Hãy kiểm tra trùng.',
  },
  CHILD_UNIT_OUT_OF_SCOPE: { status: 403, message: 'Đơn vị này không thuộc phạm vi quản lý của bạn.' },
  CHILD_UNIT_NOT_VALID: { status: 400, message: 'Đơn vị hành chính không tồn tại vào ngày đã chọn.' },
  CHILD_CODE_UNKNOWN: { status: 400, message: 'Mã không có trong danh mục.' },
  CHILD_SUBTYPE_MISMATCH: {
    status: 400,
    message: 'Đối tượng cụ thể không thuộc nhóm hoàn cảnh đặc biệt đã chọn.',
  },
  CHILD_DATE_ORDER: { status: 400, message: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.' },
  CHILD_MOVE_DATE_INVALID: {
    status: 400,
    message: 'Ngày chuyển đến phải sau ngày bắt đầu nơi ở hiện tại.',
  },
  CHILD_CONSENT_CHILD_REQUIRED: {
    status: 400,
    message:
      'Trẻ từ đủ 7 tuổi: việc công bố, tiết lộ thông tin cần cả sự đồng ý của trẻ (Luật 91/2025, Điều 24).',
  },
  CHILD_SUBRECORD_NOT_FOUND: { status: 404, message: 'Không tìm thấy mục này trong hồ sơ trẻ em.' },
};
