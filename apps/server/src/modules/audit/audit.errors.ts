import type { AuditErrorCode } from '@vte/contracts';
import type { ErrorCatalogue } from '../../platform/http/app-error';

export const auditErrors: ErrorCatalogue<AuditErrorCode> = {
  AUDIT_RANGE_INVALID: {
    status: 400,
    message: 'Khoảng thời gian không hợp lệ: ngày bắt đầu sau ngày kết thúc.',
  },
};
