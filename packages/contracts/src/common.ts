import { z } from 'zod';

// Vietnamese validation messages for every contract, on server and in forms.
function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Trường này là bắt buộc' : 'Kiểu dữ liệu không hợp lệ';
    case 'too_big':
      return issue.origin === 'string'
        ? `Quá dài: tối đa ${String(issue.maximum)} ký tự`
        : issue.origin === 'array'
          ? `Quá nhiều mục: tối đa ${String(issue.maximum)}`
          : `Giá trị quá lớn: tối đa ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? 'Không được để trống'
          : `Quá ngắn: tối thiểu ${String(issue.minimum)} ký tự`
        : issue.origin === 'array'
          ? `Cần ít nhất ${String(issue.minimum)} mục`
          : `Giá trị quá nhỏ: tối thiểu ${String(issue.minimum)}`;
    case 'invalid_format':
      if (issue.format === 'uuid') return 'Mã định danh không hợp lệ';
      if (issue.format === 'email') return 'Địa chỉ thư điện tử không hợp lệ';
      if (issue.format === 'date') return 'Ngày không hợp lệ (định dạng YYYY-MM-DD)';
      return 'Định dạng không hợp lệ';
    case 'invalid_value':
      return 'Giá trị không thuộc danh sách cho phép';
    case 'unrecognized_keys':
      return `Trường không được phép: ${issue.keys.join(', ')}`;
    case 'custom':
      return issue.message ?? 'Giá trị không hợp lệ';
    default:
      return 'Giá trị không hợp lệ';
  }
}
z.config({ customError: issueMessage });

export { z };

export const uuid = z.uuid();
/** Calendar date as YYYY-MM-DD that really exists (rejects 2025-02-30). */
export const isoDate = z.iso.date();
export const trimmed = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const pageQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const idParams = z.strictObject({ id: uuid });

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

/** Error codes every module may raise; their messages live in the server's platform catalogue. */
export const commonErrorCodes = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'FORBIDDEN',
  'CSRF_INVALID',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVER_BUSY',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'BAD_REQUEST',
  'INTERNAL',
] as const;
export type CommonErrorCode = (typeof commonErrorCodes)[number];
