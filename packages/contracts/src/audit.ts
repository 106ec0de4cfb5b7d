import { z, isoDate, pageQuery, text, uuid } from './common';

export const auditActions = [
  'create',
  'update',
  'delete',
  'read',
  'login',
  'login_failed',
  'logout',
  'password_change',
  'password_reset',
  'export',
  'submit',
  'return',
  'accept',
  'remind',
  'regenerate',
] as const;
export type AuditAction = (typeof auditActions)[number];
export const auditActionLabels: Record<AuditAction, string> = {
  create: 'Tạo mới',
  update: 'Cập nhật',
  delete: 'Xoá',
  read: 'Xem hồ sơ nhạy cảm',
  login: 'Đăng nhập',
  login_failed: 'Đăng nhập thất bại',
  logout: 'Đăng xuất',
  password_change: 'Đổi mật khẩu',
  password_reset: 'Đặt lại mật khẩu',
  export: 'Xuất dữ liệu',
  submit: 'Gửi báo cáo',
  return: 'Trả lại báo cáo',
  accept: 'Tiếp nhận báo cáo',
  remind: 'Nhắc báo cáo',
  regenerate: 'Tổng hợp lại',
};

export const auditErrorCodes = ['AUDIT_RANGE_INVALID'] as const;
export type AuditErrorCode = (typeof auditErrorCodes)[number];

export const auditQuery = pageQuery.extend({
  actorId: uuid.optional(),
  entity: text().trim().max(60).optional(),
  entityId: text().trim().max(80).optional(),
  action: z.enum(auditActions).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEntryDto = z.object({
  id: z.string(),
  at: z.string(),
  actorId: uuid.nullable(),
  actorUsername: z.string().nullable(),
  action: z.enum(auditActions),
  entity: z.string(),
  entityId: z.string().nullable(),
  ip: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  /** The actor's full name (null for the system and unknown sign-ins). */
  actorName: z.string().nullable(),
  /** The object's name where the register has one (a unit, agency, group, user or plan; never a child's). */
  entityName: z.string().nullable(),
  /** Names of the ids the before/after mention (units, agencies, groups, users, plans), by id. */
  names: z.record(z.string(), z.string()),
});
export type AuditEntryDto = z.infer<typeof auditEntryDto>;
