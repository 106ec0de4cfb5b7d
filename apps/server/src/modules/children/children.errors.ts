import type { ChildrenErrorCode } from '@vte/contracts';
import type { ErrorCatalogue } from '../../platform/http/app-error';

export const childrenErrors: ErrorCatalogue<ChildrenErrorCode> = {
  // Also the answer for a child outside the user's locality: no hint that the record exists.
  CHILD_NOT_FOUND: { status: 404, message: 'Không tìm thấy hồ sơ trẻ em.' },
};
