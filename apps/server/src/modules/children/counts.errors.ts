import type { ChildrenCountsErrorCode } from '@vte/contracts';
import type { ErrorCatalogue } from '../../platform/http/app-error';

export const countsErrors: ErrorCatalogue<ChildrenCountsErrorCode> = {
  // Also the answer for a unit outside the user's scope.
  CHILDREN_COUNTS_UNIT_NOT_FOUND: { status: 404, message: 'Không tìm thấy địa bàn cần tính số liệu.' },
};
