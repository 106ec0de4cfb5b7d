import { z, optionalText, pageQuery, patchOf, secretText, text, trimmed, uuid } from './common';

export const permissions = [
  'org.read',
  'org.manage',
  'users.read',
  'users.manage',
  'audit.read',
  'jobs.read',
  'mail.read',
  'plans.read',
  'plans.manage',
  'plans.progress',
  'plans.remind',
  'reports.read',
  'reports.submit',
  'reports.review',
  'reports.remind',
  'indicators.read',
  'indicators.assign',
  'indicators.manage',
  // Register of children (docs/children.md, Privacy): names and records only where the work needs them.
  'children.counts', // aggregate figures only
  'children.list', // the list with masked names (initials + birth year), no record
  'children.read', // records and full names in scope; every opening audited with a purpose
  'children.manage', // create, edit, move, erase on a lawful request
  'children.import',
  'children.export', // exports carry a stated reason, who and when
  'children.merge', // the duplicates queue: merge, undo, "not the same child"
  'children.campaigns', // open and steer cleaning campaigns over units
] as const;
export type Permission = (typeof permissions)[number];

export const roles = [
  'admin',
  'focal_officer',
  'agency_reporter',
  'leader',
  'commune_worker',
  'police',
  'province_viewer',
  'auditor',
] as const;
export type Role = (typeof roles)[number];
export const roleSchema = z.enum(roles);

export const roleLabels: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  focal_officer: 'Cán bộ cơ quan đầu mối (Phòng Nội vụ / VH-XH)',
  agency_reporter: 'Cán bộ báo cáo của cơ quan, đơn vị',
  leader: 'Lãnh đạo',
  commune_worker: 'Người làm công tác bảo vệ trẻ em cấp xã',
  police: 'Công an',
  province_viewer: 'Cán bộ cấp tỉnh (xem tổng hợp)',
  auditor: 'Kiểm tra, giám sát (nhật ký)',
};

/** Least privilege: what each role may do, within its scope (unit subtree, and agency for reporters). */
const childrenWork = [
  'children.counts',
  'children.list',
  'children.read',
  'children.manage',
  'children.import',
  'children.export',
  'children.merge',
] as const satisfies readonly Permission[];

// A system administrator runs the installation; children's records are not theirs to read.
const adminPermissions = permissions.filter((p) => !p.startsWith('children.') || p === 'children.counts');

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: adminPermissions,
  focal_officer: [
    'org.read',
    'users.read',
    'mail.read',
    'plans.read',
    'plans.manage',
    'plans.progress',
    'plans.remind',
    'reports.read',
    'reports.submit',
    'reports.review',
    'reports.remind',
    'indicators.read',
    'indicators.assign',
    ...childrenWork,
    'children.campaigns',
  ],
  agency_reporter: [
    'org.read',
    'plans.read',
    'plans.progress',
    'reports.read',
    'reports.submit',
    'indicators.read',
    'children.counts',
  ],
  leader: [
    'org.read',
    'users.read',
    'plans.read',
    'plans.remind',
    'reports.read',
    'reports.remind',
    'indicators.read',
    'children.counts',
    'children.list',
  ],
  commune_worker: [
    'org.read',
    'plans.read',
    'plans.progress',
    'reports.read',
    'reports.submit',
    'indicators.read',
    ...childrenWork,
  ],
  police: [
    'org.read',
    'plans.read',
    'plans.progress',
    'reports.read',
    'reports.submit',
    'indicators.read',
    'children.counts',
  ],
  province_viewer: [
    'org.read',
    'users.read',
    'plans.read',
    'reports.read',
    'indicators.read',
    'children.counts',
    'children.list',
  ],
  auditor: [
    'org.read',
    'users.read',
    'audit.read',
    'jobs.read',
    'plans.read',
    'reports.read',
    'indicators.read',
    'children.counts',
  ],
};

export const identityErrorCodes = [
  'AUTH_INVALID_CREDENTIALS',
  'AUTH_WRONG_PASSWORD',
  'AUTH_WEAK_PASSWORD',
  'AUTH_SAME_PASSWORD',
  'AUTH_PASSWORD_CHANGE_REQUIRED',
  'USER_NOT_FOUND',
  'USER_USERNAME_TAKEN',
  'USER_SCOPE_OUTSIDE',
  'USER_AGENCY_REQUIRED',
  'USER_AGENCY_OUTSIDE_SCOPE',
  'USER_SELF_DISABLE',
] as const;
export type IdentityErrorCode = (typeof identityErrorCodes)[number];

const username = text()
  .trim()
  .toLowerCase()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang');

export const PASSWORD_MIN_LENGTH = 10;
/** Why the server refused a password (details.reason of AUTH_WEAK_PASSWORD). */
export const weakPasswordReasons = ['too_short', 'personal', 'common', 'pattern', 'guessable'] as const;
export type WeakPasswordReason = (typeof weakPasswordReasons)[number];
/** One hint per reason, shown by the CLI and by the web beside the refused password. */
export const weakPasswordHints: Record<WeakPasswordReason, string> = {
  too_short: `Mật khẩu cần tối thiểu ${PASSWORD_MIN_LENGTH} ký tự.`,
  personal: 'Mật khẩu không được dựa trên tên đăng nhập, họ tên hoặc địa chỉ thư điện tử.',
  common: 'Mật khẩu này quá phổ biến, dễ bị dò ra. Hãy dùng một cụm vài từ ít gặp, thêm chữ số hoặc ký hiệu.',
  pattern:
    'Mật khẩu có ký tự lặp lại, dãy liền nhau trên bàn phím hoặc năm, ngày tháng dễ đoán. Hãy dùng một cụm vài từ ít gặp.',
  guessable: 'Mật khẩu còn dễ đoán. Hãy dùng một câu ngắn dễ nhớ gồm vài từ, thêm chữ số hoặc ký hiệu.',
};

export const password = secretText().min(PASSWORD_MIN_LENGTH, weakPasswordHints.too_short).max(200);

export const loginInput = z.strictObject({
  username: text().trim().toLowerCase().min(1).max(64),
  password: secretText().min(1).max(200),
});
export type LoginInput = z.infer<typeof loginInput>;

export const changePasswordInput = z.strictObject({
  currentPassword: secretText().min(1).max(200),
  newPassword: password,
});

export const userDto = z.object({
  id: uuid,
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  role: roleSchema,
  agencyId: uuid.nullable(),
  agencyName: z.string().nullable(),
  scopeUnitId: uuid.nullable(),
  scopeUnitName: z.string().nullable(),
  disabled: z.boolean(),
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserDto = z.infer<typeof userDto>;

export const meDto = z.object({
  user: userDto,
  permissions: z.array(z.enum(permissions)),
  csrfToken: z.string(),
});
export type MeDto = z.infer<typeof meDto>;

export const userListQuery = pageQuery.extend({
  q: text().trim().max(100).optional(),
  role: roleSchema.optional(),
  agencyId: uuid.optional(),
  unitId: uuid.optional(),
});
export type UserListQuery = z.infer<typeof userListQuery>;

export const createUserInput = z.strictObject({
  username,
  fullName: trimmed(120),
  email: z.email().max(200).nullish(),
  phone: optionalText(30),
  role: roleSchema,
  agencyId: uuid.nullish(),
  scopeUnitId: uuid.nullable(),
  password: password.optional(),
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = patchOf(
  z.strictObject({
    fullName: trimmed(120).optional(),
    email: z.email().max(200).nullish(),
    phone: optionalText(30),
    role: roleSchema.optional(),
    agencyId: uuid.nullish(),
    scopeUnitId: uuid.nullable().optional(),
    disabled: z.boolean().optional(),
  }),
);
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const createdUserDto = z.object({ user: userDto, temporaryPassword: z.string().nullable() });
export const resetPasswordDto = z.object({ temporaryPassword: z.string() });
