import type { OrgErrorCode } from '@vte/contracts';
import type { ErrorCatalogue } from '../../platform/http/app-error';

export const orgErrors: ErrorCatalogue<OrgErrorCode> = {
  UNIT_NOT_FOUND: { status: 404, message: 'Không tìm thấy đơn vị hành chính.' },
  UNIT_PARENT_INVALID: {
    status: 400,
    message: 'Đơn vị cấp trên không hợp lệ hoặc nằm ngoài phạm vi quản lý của bạn.',
  },
  UNIT_PARENT_CYCLE: {
    status: 400,
    message: 'Không thể đặt đơn vị trực thuộc chính nó hoặc một đơn vị cấp dưới của nó.',
  },
  UNIT_PARENT_TYPE: {
    status: 400,
    message:
      'Loại đơn vị cấp trên không phù hợp: tỉnh, thành phố trực thuộc trung ương không có cấp trên; huyện, quận, thị xã, thành phố thuộc tỉnh và đặc khu trực thuộc tỉnh; xã, phường, thị trấn trực thuộc tỉnh hoặc cấp huyện.',
  },
  UNIT_CHILDREN_TYPE: {
    status: 400,
    message: 'Không thể đổi loại đơn vị: các đơn vị trực thuộc hiện có không phù hợp với loại mới.',
  },
  UNIT_DATES_INVALID: { status: 400, message: 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.' },
  UNIT_CODE_TAKEN: { status: 409, message: 'Mã đơn vị hành chính đã tồn tại cho cùng ngày hiệu lực.' },
  SUCCESSION_INVALID: {
    status: 400,
    message: 'Quan hệ kế thừa không hợp lệ: hai đơn vị phải khác nhau và thuộc phạm vi quản lý của bạn.',
  },
  AGENCY_NOT_FOUND: { status: 404, message: 'Không tìm thấy cơ quan, đơn vị.' },
  AGENCY_NAME_TAKEN: { status: 409, message: 'Đã có cơ quan, đơn vị cùng tên trong địa bàn này.' },
  GROUP_NOT_FOUND: { status: 404, message: 'Không tìm thấy nhóm cơ quan.' },
  GROUP_MEMBER_INVALID: {
    status: 400,
    message: 'Thành viên của nhóm phải là cơ quan thuộc cùng tỉnh và trong phạm vi quản lý của bạn.',
  },
};
