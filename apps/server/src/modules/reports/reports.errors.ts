import type { ReportsErrorCode } from '@vte/contracts';
import type { ErrorCatalogue } from '../../platform/http/app-error';

export const reportsErrors: ErrorCatalogue<ReportsErrorCode> = {
  REPORT_PERIOD_NOT_FOUND: { status: 404, message: 'Không tìm thấy kỳ báo cáo.' },
  REPORT_PERIOD_DATES: { status: 400, message: 'Ngày của kỳ báo cáo không hợp lệ.' },
  REPORT_PERIOD_EXISTS: { status: 409, message: 'Kế hoạch đã có kỳ báo cáo này.' },
  REPORT_PLAN_NO_REGIME: {
    status: 422,
    message: 'Kế hoạch chưa có chế độ báo cáo (mục "Chế độ báo cáo" trống): hãy thêm kỳ báo cáo thủ công.',
  },
  REPORT_NOT_FOUND: { status: 404, message: 'Không tìm thấy báo cáo.' },
  REPORT_LOCKED: {
    status: 409,
    message: 'Kỳ báo cáo đã khóa (quá hạn): cần cơ quan đầu mối mở lại kỳ báo cáo trước khi sửa hoặc gửi.',
  },
  REPORT_NOT_EXPECTED: {
    status: 403,
    message: 'Cơ quan của bạn không có nhiệm vụ phải báo cáo trong kỳ này.',
  },
  REPORT_NOT_OWN_AGENCY: {
    status: 403,
    message: 'Chỉ cơ quan lập báo cáo mới được sửa hoặc gửi báo cáo này.',
  },
  REPORT_STALE: {
    status: 409,
    message:
      'Báo cáo vừa được thay đổi ở nơi khác (một cửa sổ hoặc người khác). Hãy tải lại để xem bản mới nhất.',
  },
  REPORT_STATUS_INVALID: {
    status: 409,
    message: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của báo cáo.',
  },
  REPORT_COMMENT_REQUIRED: {
    status: 400,
    message: 'Khi trả lại báo cáo phải ghi rõ nội dung cần bổ sung, chỉnh sửa.',
  },
  REPORT_TASK_NOT_ASSIGNED: {
    status: 400,
    message: 'Báo cáo có nhiệm vụ không được giao cho cơ quan của bạn.',
  },
  REPORT_ATTACHMENT_TYPE: {
    status: 415,
    message: 'Tệp đính kèm phải là Word, Excel, PDF hoặc ảnh (JPG, PNG).',
  },
  REPORT_ATTACHMENT_TOO_LARGE: { status: 413, message: 'Tệp đính kèm quá lớn: tối đa 10 MB.' },
  REPORT_ATTACHMENT_IN_VERSION: {
    status: 409,
    message:
      'Tệp này đã nằm trong một phiên bản báo cáo đã gửi nên không xoá được (lịch sử được giữ nguyên).',
  },
  REPORT_VERSION_NOT_FOUND: { status: 404, message: 'Không tìm thấy phiên bản báo cáo.' },
  REPORT_CONSOLIDATED_NOT_FOUND: { status: 404, message: 'Chưa có báo cáo tổng hợp cho kỳ này.' },
  REPORT_NO_PARENT_UNIT: {
    status: 409,
    message: 'Không xác định được cấp trên của đơn vị vào ngày hạn báo cáo.',
  },
  REPORT_PDF_UNAVAILABLE: {
    status: 409,
    message:
      'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF. Hãy tải bản Word, hoặc nhờ quản trị cài LibreOffice.',
  },
  REPORT_NOT_LOCKED: {
    status: 409,
    message: 'Báo cáo chưa bị khoá nên không cần đề nghị mở lại: cơ quan vẫn sửa và gửi được.',
  },
  REPORT_REOPEN_PENDING: {
    status: 409,
    message: 'Cơ quan đã gửi đề nghị mở lại kỳ này và đang chờ cơ quan đầu mối trả lời.',
  },
  REPORT_REOPEN_NOT_FOUND: { status: 404, message: 'Không tìm thấy đề nghị mở lại.' },
  REPORT_REOPEN_ANSWERED: { status: 409, message: 'Đề nghị mở lại này đã được trả lời.' },
  REPORT_PROGRESS_NOT_FOUND: { status: 404, message: 'Không tìm thấy cập nhật tiến độ.' },
};
