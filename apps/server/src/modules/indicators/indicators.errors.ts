import type { IndicatorsErrorCode } from '@vte/contracts';
import type { ErrorCatalogue } from '../../platform/http/app-error';

export const indicatorsErrors: ErrorCatalogue<IndicatorsErrorCode> = {
  INDICATOR_NOT_FOUND: { status: 404, message: 'Không tìm thấy chỉ tiêu.' },
  INDICATOR_CATALOGUE_NATIONAL: {
    status: 403,
    message: 'Danh mục chỉ tiêu dùng chung toàn quốc: chỉ quản trị viên cấp trung ương được thêm hoặc sửa.',
  },
  INDICATOR_CODE_TAKEN: { status: 409, message: 'Mã chỉ tiêu đã có trong danh mục: hãy chọn mã khác.' },
  INDICATOR_VALUE_INVALID: {
    status: 400,
    message: 'Số liệu chỉ tiêu chưa hợp lệ. Vui lòng sửa các ô được đánh dấu.',
  },
  INDICATOR_NOT_ASSIGNED: { status: 403, message: 'Cơ quan không được giao báo cáo chỉ tiêu này.' },
  INDICATOR_RATIO_NOT_ENTERED: {
    status: 400,
    message: 'Chỉ tiêu tỷ lệ được tính tự động từ tử số và mẫu số: không giao, không nhập số liệu.',
  },
};
