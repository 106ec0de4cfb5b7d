import type { ChildrenDuplicatesErrorCode } from '@vte/contracts';
import type { ErrorCatalogue } from '../../platform/http/app-error';

export const duplicatesErrors: ErrorCatalogue<ChildrenDuplicatesErrorCode> = {
  // Also the answer for a pair with either record outside the user's locality.
  CHILD_DUPLICATE_NOT_FOUND: { status: 404, message: 'Không tìm thấy cặp hồ sơ nghi trùng.' },
  CHILD_DUPLICATE_STALE: {
    status: 409,
    message:
      'Cặp hồ sơ này đã được xử lý hoặc một trong hai hồ sơ đã được gộp, xoá. Hãy tải lại danh sách nghi trùng.',
  },
  CHILD_MERGE_NOT_FOUND: { status: 404, message: 'Không tìm thấy lần gộp hồ sơ này.' },
  CHILD_MERGE_UNDO_STALE: {
    status: 409,
    message:
      'Không thể hoàn tác: lần gộp đã được hoàn tác, hoặc hồ sơ giữ lại đã được sửa, chuyển nơi ở hay gộp tiếp sau khi gộp.',
  },
  CHILD_MERGE_CHOICE_INVALID: {
    status: 400,
    message:
      'Lựa chọn gộp không hợp lệ: hồ sơ giữ lại và từng trường phải lấy từ một trong hai hồ sơ của cặp.',
  },
  CHILD_SCAN_UNIT_NOT_FOUND: {
    status: 404,
    message: 'Không tìm thấy đơn vị hành chính hoặc đơn vị nằm ngoài phạm vi quản lý của bạn.',
  },
};
