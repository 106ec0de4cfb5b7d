import type { IdentityErrorCode } from '@vte/contracts';
import type { ErrorCatalogue } from '../../platform/http/app-error';

export const identityErrors: ErrorCatalogue<IdentityErrorCode> = {
  // One answer for every failed sign-in (unknown user, wrong password, locked, disabled): no probing.
  AUTH_INVALID_CREDENTIALS: {
    status: 401,
    message:
      'Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khoá. Nếu cần, vui lòng liên hệ quản trị viên.',
  },
  AUTH_WRONG_PASSWORD: { status: 400, message: 'Mật khẩu hiện tại không đúng.' },
  AUTH_WEAK_PASSWORD: { status: 400, message: 'Mật khẩu chưa đủ mạnh.' },
  AUTH_SAME_PASSWORD: { status: 400, message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' },
  AUTH_PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    message: 'Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống.',
  },
  USER_NOT_FOUND: { status: 404, message: 'Không tìm thấy người dùng.' },
  USER_USERNAME_TAKEN: { status: 409, message: 'Tên đăng nhập đã được sử dụng.' },
  USER_SCOPE_OUTSIDE: { status: 403, message: 'Phạm vi quản lý được chọn nằm ngoài phạm vi của bạn.' },
  USER_AGENCY_REQUIRED: { status: 400, message: 'Cán bộ báo cáo phải thuộc một cơ quan, đơn vị.' },
  USER_AGENCY_OUTSIDE_SCOPE: {
    status: 400,
    message: 'Cơ quan, đơn vị được chọn không thuộc phạm vi quản lý đã chọn.',
  },
  USER_SELF_DISABLE: {
    status: 400,
    message: 'Bạn không thể tự vô hiệu hoá hoặc hạ quyền tài khoản của chính mình.',
  },
};
