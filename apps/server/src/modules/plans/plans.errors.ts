import type { PlansErrorCode } from '@vte/contracts';
import type { ErrorCatalogue } from '../../platform/http/app-error';
import { parseErrorMessages } from './parse/messages';

export const plansErrors: ErrorCatalogue<PlansErrorCode> = {
  PLAN_NOT_FOUND: { status: 404, message: 'Không tìm thấy kế hoạch.' },
  PLAN_TASK_NOT_FOUND: { status: 404, message: 'Không tìm thấy nhiệm vụ.' },
  // The parser's refusals: their messages live in the parser's one catalogue.
  PLAN_PARSE_EMPTY: { status: 400, message: parseErrorMessages.PLAN_PARSE_EMPTY },
  PLAN_PARSE_NOT_A_PLAN: { status: 422, message: parseErrorMessages.PLAN_PARSE_NOT_A_PLAN },
  PLAN_PARSE_CORRUPT_DOCX: { status: 400, message: parseErrorMessages.PLAN_PARSE_CORRUPT_DOCX },
  PLAN_PARSE_UNSUPPORTED_TYPE: { status: 415, message: parseErrorMessages.PLAN_PARSE_UNSUPPORTED_TYPE },
  PLAN_PARSE_TOO_LARGE: { status: 413, message: parseErrorMessages.PLAN_PARSE_TOO_LARGE },
  PLAN_PARSE_TOO_COMPLEX: { status: 422, message: parseErrorMessages.PLAN_PARSE_TOO_COMPLEX },
  PLAN_PARSE_ENCRYPTED: { status: 422, message: parseErrorMessages.PLAN_PARSE_ENCRYPTED },
  PLAN_UNRESOLVED_AGENCY: {
    status: 400,
    message:
      'Còn tên cơ quan chưa được đối chiếu với danh mục. Hãy chọn cơ quan, nhóm cơ quan, hoặc tạo mới cho từng tên.',
  },
  PLAN_TASK_NO_LEAD: { status: 400, message: 'Mỗi nhiệm vụ phải có ít nhất một cơ quan chủ trì.' },
  PLAN_AGENCY_INVALID: {
    status: 400,
    message: 'Cơ quan hoặc nhóm cơ quan được chọn không thuộc địa bàn của kế hoạch.',
  },
  PLAN_NOT_EDITABLE: { status: 409, message: 'Kế hoạch đã kết thúc, không thể sửa.' },
  PLAN_STATUS_INVALID: { status: 409, message: 'Không thể chuyển kế hoạch sang trạng thái này.' },
  PLAN_NOT_ASSIGNED: { status: 403, message: 'Cơ quan của bạn không được giao nhiệm vụ này.' },
  PLAN_EVIDENCE_TYPE: {
    status: 415,
    message: 'Tệp minh chứng phải là Word, Excel, PDF hoặc ảnh (JPG, PNG).',
  },
  PLAN_EVIDENCE_TOO_LARGE: { status: 413, message: 'Tệp minh chứng quá lớn: tối đa 10 MB.' },
};
