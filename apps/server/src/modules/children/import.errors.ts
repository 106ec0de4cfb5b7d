import type { ChildrenImportApiErrorCode } from '@vte/contracts';
import type { ErrorCatalogue } from '../../platform/http/app-error';

export const MAX_IMPORT_MB = 20;

export const importErrors: ErrorCatalogue<ChildrenImportApiErrorCode> = {
  // Also the answer for another unit's import: no hint that it exists.
  CHILD_IMPORT_NOT_FOUND: { status: 404, message: 'Không tìm thấy lần nhập danh sách trẻ em.' },
  CHILD_IMPORT_TOO_LARGE: {
    status: 413,
    message: `Tệp quá lớn (tối đa ${MAX_IMPORT_MB} MB). Hãy chia danh sách thành nhiều tệp.`,
  },
  CHILD_IMPORT_WRONG_TYPE: {
    status: 415,
    message: 'Chỉ nhận danh sách dạng Excel (.xlsx, .xls) hoặc .csv. Tệp gửi lên không phải bảng tính.',
  },
  CHILD_IMPORT_UNREADABLE: {
    status: 422,
    message:
      'Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng Excel. Hãy mở và lưu lại rồi thử lại.',
  },
  CHILD_IMPORT_ENCRYPTED: {
    status: 422,
    message:
      'Tệp đang được đặt mật khẩu. Hãy bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi tải lên lại.',
  },
  CHILD_IMPORT_NO_HEADER: {
    status: 422,
    message:
      'Không tìm thấy dòng tiêu đề cột (ví dụ "Họ và tên", "Ngày sinh") trong trang tính đầu tiên có dữ liệu.',
  },
  CHILD_IMPORT_TOO_MANY_ROWS: {
    status: 422,
    message: 'Tệp có quá 200.000 dòng. Hãy chia danh sách thành nhiều tệp nhỏ hơn.',
  },
  CHILD_IMPORT_TOO_COMPLEX: {
    status: 422,
    message: 'Tệp quá lớn hoặc quá phức tạp để đọc (vượt giới hạn bộ nhớ hoặc thời gian). Hãy chia nhỏ tệp.',
  },
  CHILD_IMPORT_SAME_FILE: {
    status: 409,
    message: 'Tệp này đã được tải lên cho đơn vị này trước đây. Hãy mở lần nhập trước thay vì nhập lại.',
  },
  CHILD_IMPORT_STATE: {
    status: 409,
    message: 'Lần nhập này đã chạy hoặc đang chạy nên không thể thay đổi. Hãy tải tệp lên để nhập lần mới.',
  },
  CHILD_IMPORT_MAPPING_INVALID: {
    status: 400,
    message:
      'Cách ghép cột không hợp lệ: mỗi thông tin chỉ ghép với một cột có trong tệp, và phải có cột Họ và tên.',
  },
  CHILD_IMPORT_DECISION_INVALID: {
    status: 400,
    message: 'Quyết định đối chiếu không hợp lệ: dòng hoặc hồ sơ trẻ được chọn không thuộc lần nhập này.',
  },
  CHILD_IMPORT_NO_REJECTS: { status: 404, message: 'Lần nhập này không có dòng nào bị loại.' },
  CHILD_IMPORT_UNIT_INVALID: {
    status: 400,
    message: 'Đơn vị không còn hoặc chưa tồn tại vào ngày chốt số liệu đã chọn.',
  },
};
