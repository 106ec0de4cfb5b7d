import type { CalendarErrorCode } from '@vte/contracts';
import type { ErrorCatalogue } from '../../platform/http/app-error';

export const calendarErrors: ErrorCatalogue<CalendarErrorCode> = {
  CALENDAR_NATIONAL: {
    status: 403,
    message: 'Lịch ngày làm việc dùng chung toàn quốc: chỉ quản trị viên cấp trung ương được sửa.',
  },
  CALENDAR_DAY_NOT_FOUND: { status: 404, message: 'Ngày này không có trong lịch nghỉ, làm bù.' },
  CALENDAR_WORKDAY_WEEKDAY: {
    status: 400,
    message: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ngày thường vốn là ngày làm việc.',
  },
};
