import type { ChildrenListErrorCode } from '@vte/contracts';
import type { ErrorCatalogue } from '../../platform/http/app-error';

export const childrenListErrors: ErrorCatalogue<ChildrenListErrorCode> = {
  // Also the answer for a unit outside the user's locality: no hint that it exists.
  CHILD_LIST_UNIT_NOT_FOUND: {
    status: 404,
    message: 'Không tìm thấy đơn vị, hoặc đơn vị nằm ngoài địa bàn bạn được giao.',
  },
  CHILD_LIST_FILTER_FORBIDDEN: {
    status: 403,
    message:
      'Vai trò của bạn chỉ xem danh sách đã che tên: tìm theo tên, số định danh, dân tộc, hoàn cảnh đặc biệt, nguy cơ, thôn hoặc tình trạng định danh cần quyền xem hồ sơ trẻ em.',
  },
  CHILD_EXPORT_TOO_LARGE: {
    status: 400,
    message:
      'Danh sách quá lớn để xuất một lần (tối đa 20.000 trẻ). Vui lòng thu hẹp bộ lọc, ví dụ theo đơn vị.',
  },
};
