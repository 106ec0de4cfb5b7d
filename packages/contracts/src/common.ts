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

// C0 control characters other than tab, line feed and carriage return; DEL; and UTF-16 surrogates
// that are not part of a pair. PostgreSQL refuses NUL in text and broken UTF-16 cannot be encoded.
const UNSAFE_TEXT =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** The one text rule: every string an input contract accepts carries this check (a test walks the routes). */
export const cleanText = z.refine<string>((s) => !UNSAFE_TEXT.test(s), {
  message: 'Có ký tự không hợp lệ (ký tự điều khiển hoặc mã Unicode hỏng)',
});
/**
 * Free text from a user: the text rule, then Unicode NFC, so "Phòng" typed in decomposed form is
 * stored (and compared) like the precomposed one.
 */
export const text = () => z.string().check(cleanText).normalize('NFC');
/** A secret compared byte for byte (passwords): the text rule, no normalisation. */
export const secretText = () => z.string().check(cleanText);
export const trimmed = (max: number) => text().trim().min(1).max(max);
export const optionalText = (max: number) => text().trim().max(max).nullish();

/** Plans, periods and targets concern the years 2000 to five years from now; 2099 is a typo. */
export const FIRST_YEAR = 2000;
export const lastYear = (): number => new Date().getFullYear() + 5;
const inYears = (y: number) => y >= FIRST_YEAR && y <= lastYear();
const yearMessage = () => `Năm phải trong khoảng ${FIRST_YEAR}–${lastYear()}`;
export const year = z
  .number()
  .int()
  .check((ctx) => {
    if (!inYears(ctx.value)) ctx.issues.push({ code: 'custom', input: ctx.value, message: yearMessage() });
  });
/** A year in a query string. */
export const yearQuery = z.coerce
  .number()
  .int()
  .check((ctx) => {
    if (!inYears(ctx.value)) ctx.issues.push({ code: 'custom', input: ctx.value, message: yearMessage() });
  });
/** A date of work (plans, tasks, periods, reports): a real calendar date within the years above. */
export const workDate = isoDate.check((ctx) => {
  if (!inYears(Number(ctx.value.slice(0, 4))))
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `Ngày phải trong các năm ${FIRST_YEAR}–${lastYear()}`,
    });
});
/** Today in Vietnam, YYYY-MM-DD. */
export const todayInVietnam = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
/** Something that already happened (a completion): not after today in Vietnam. */
export const pastWorkDate = workDate.check((ctx) => {
  if (ctx.value > todayInVietnam())
    ctx.issues.push({ code: 'custom', input: ctx.value, message: 'Ngày không được sau ngày hôm nay' });
});

/**
 * A PATCH body: every field optional, at least one present. An empty body is a 400 (nothing to
 * change), never a no-op write with an audit row.
 */
export const patchOf = <T extends z.ZodObject>(schema: T) =>
  schema.refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: 'Cần ít nhất một trường để sửa',
  });

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
  'RATE_LIMITED',
  'SERVER_BUSY',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'BAD_REQUEST',
  'INTERNAL',
] as const;
export type CommonErrorCode = (typeof commonErrorCodes)[number];
