import type { CampaignsErrorCode } from '@vte/contracts';
import type { ErrorCatalogue } from '../../platform/http/app-error';

export const campaignsErrors: ErrorCatalogue<CampaignsErrorCode> = {
  // Also the answer for a campaign with none of its units in the user's scope.
  CAMPAIGN_NOT_FOUND: { status: 404, message: 'Không tìm thấy đợt làm sạch dữ liệu.' },
  CAMPAIGN_ITEM_NOT_FOUND: { status: 404, message: 'Không tìm thấy hồ sơ này trong đợt làm sạch.' },
  CAMPAIGN_UNIT_NOT_FOUND: {
    status: 404,
    message: 'Không tìm thấy đơn vị hành chính hoặc đơn vị nằm ngoài phạm vi quản lý của bạn.',
  },
  CAMPAIGN_UNITS_PROVINCES: {
    status: 400,
    message: 'Các đơn vị của một đợt làm sạch phải thuộc cùng một tỉnh.',
  },
  CAMPAIGN_CLOSED: { status: 409, message: 'Đợt làm sạch đã kết thúc, không thể thay đổi.' },
  CAMPAIGN_SAMPLE_EXISTS: {
    status: 409,
    message: 'Mẫu phúc tra của đợt này đã được chọn; không chọn lại để kết quả phúc tra không bị thay đổi.',
  },
  CAMPAIGN_NOT_IN_SAMPLE: { status: 409, message: 'Hồ sơ này không thuộc mẫu phúc tra.' },
  CAMPAIGN_NOTHING_TO_SEND: {
    status: 409,
    message: 'Không còn hồ sơ nào cần gửi Công an xã xác thực số định danh.',
  },
  CAMPAIGN_FILE_TOO_LARGE: { status: 413, message: 'Tệp quá lớn (tối đa 10 MB).' },
  CAMPAIGN_FILE_TYPE: {
    status: 415,
    message:
      'Chỉ nhận tệp Excel .xlsx do hệ thống xuất ra (đã điền kết quả). Tệp .xls, .csv hoặc tệp khác không dùng được.',
  },
  CAMPAIGN_FILE_ENCRYPTED: {
    status: 400,
    message: 'Tệp được đặt mật khẩu. Vui lòng bỏ mật khẩu rồi tải lên lại.',
  },
  CAMPAIGN_FILE_UNREADABLE: {
    status: 400,
    message: 'Không đọc được tệp: tệp hỏng hoặc không phải tệp Excel.',
  },
  CAMPAIGN_FILE_TOO_COMPLEX: {
    status: 400,
    message: 'Tệp quá phức tạp hoặc quá nhiều dòng để xử lý an toàn (tối đa 20.000 dòng).',
  },
  CAMPAIGN_FILE_NO_HEADER: {
    status: 400,
    message:
      'Không tìm thấy dòng tiêu đề của danh sách (cần cột "Mã dòng (không sửa)" và các cột kết quả). Hãy dùng đúng tệp đã xuất từ hệ thống.',
  },
  CAMPAIGN_FILE_EMPTY: { status: 400, message: 'Tệp không có dòng nào đã điền kết quả.' },
  CAMPAIGN_FILE_ROWS_REJECTED: {
    status: 400,
    message: 'Có dòng không hợp lệ; chưa ghi nhận dòng nào. Sửa các dòng được liệt kê rồi tải lên lại.',
  },
};
