import { z, isoDate, optionalText, pageQuery, patchOf, text, trimmed, uuid } from './common';

export const unitTypes = [
  'tinh',
  'thanh_pho_tw',
  'huyen',
  'quan',
  'thi_xa',
  'thanh_pho_thuoc_tinh',
  'xa',
  'phuong',
  'thi_tran',
  'dac_khu',
] as const;
export type UnitType = (typeof unitTypes)[number];
export const unitTypeLabels: Record<UnitType, string> = {
  tinh: 'Tỉnh',
  thanh_pho_tw: 'Thành phố trực thuộc trung ương',
  huyen: 'Huyện',
  quan: 'Quận',
  thi_xa: 'Thị xã',
  thanh_pho_thuoc_tinh: 'Thành phố thuộc tỉnh',
  xa: 'Xã',
  phuong: 'Phường',
  thi_tran: 'Thị trấn',
  dac_khu: 'Đặc khu',
};
/** Which unit types are provinces (the root of data distribution, docs/architecture.md §3). */
export const provinceUnitTypes: readonly UnitType[] = ['tinh', 'thanh_pho_tw'];

export const successionKinds = ['merge', 'split', 'rename', 'change_type', 'dissolve'] as const;
export type SuccessionKind = (typeof successionKinds)[number];
export const successionKindLabels: Record<SuccessionKind, string> = {
  merge: 'Sáp nhập',
  split: 'Chia tách',
  rename: 'Đổi tên',
  change_type: 'Chuyển loại đơn vị',
  dissolve: 'Giải thể',
};

export const agencyKinds = [
  'ubnd',
  'hdnd',
  'party',
  'department',
  'office',
  'provincial_department',
  'police',
  'mass_organisation',
  'youth_union',
  'centre',
  'health',
  'school',
  'social_facility',
  'other',
] as const;
export type AgencyKind = (typeof agencyKinds)[number];
export const agencyKindLabels: Record<AgencyKind, string> = {
  ubnd: 'Ủy ban nhân dân',
  hdnd: 'Hội đồng nhân dân',
  party: 'Cơ quan Đảng',
  department: 'Phòng chuyên môn',
  office: 'Văn phòng',
  provincial_department: 'Sở, ngành cấp tỉnh',
  police: 'Công an',
  mass_organisation: 'Mặt trận, tổ chức chính trị - xã hội, hội',
  youth_union: 'Đoàn Thanh niên',
  centre: 'Trung tâm, đơn vị sự nghiệp',
  health: 'Cơ sở y tế',
  school: 'Trường học',
  social_facility: 'Cơ sở trợ giúp xã hội',
  other: 'Khác',
};

export const orgErrorCodes = [
  'UNIT_NOT_FOUND',
  'UNIT_PARENT_INVALID',
  'UNIT_PARENT_CYCLE',
  'UNIT_PARENT_TYPE',
  'UNIT_CHILDREN_TYPE',
  'UNIT_DATES_INVALID',
  'UNIT_CODE_TAKEN',
  'SUCCESSION_INVALID',
  'AGENCY_NOT_FOUND',
  'AGENCY_NAME_TAKEN',
  'GROUP_NOT_FOUND',
  'GROUP_MEMBER_INVALID',
] as const;
export type OrgErrorCode = (typeof orgErrorCodes)[number];

const validity = {
  validFrom: isoDate,
  validTo: isoDate.nullish(),
};

export const unitDto = z.object({
  id: uuid,
  code: z.string().nullable(),
  name: z.string(),
  type: z.enum(unitTypes),
  fullName: z.string(),
  parentId: uuid.nullable(),
  provinceId: uuid,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  legalBasis: z.string().nullable(),
});
export type UnitDto = z.infer<typeof unitDto>;

export const successionDto = z.object({
  id: uuid,
  fromUnitId: uuid,
  fromUnitName: z.string(),
  toUnitId: uuid,
  toUnitName: z.string(),
  kind: z.enum(successionKinds),
  effectiveDate: z.string(),
  legalBasis: z.string(),
});
export type SuccessionDto = z.infer<typeof successionDto>;

export const unitDetailDto = unitDto.extend({
  predecessors: z.array(successionDto),
  successors: z.array(successionDto),
});

export const unitListQuery = z.strictObject({
  at: isoDate.optional(),
  q: text().trim().max(100).optional(),
  type: z.enum(unitTypes).optional(),
  parentId: uuid.optional(),
});

export const createUnitInput = z.strictObject({
  code: optionalText(20),
  name: trimmed(120),
  type: z.enum(unitTypes),
  parentId: uuid.nullable(),
  legalBasis: optionalText(500),
  ...validity,
});
export type CreateUnitInput = z.infer<typeof createUnitInput>;
export const updateUnitInput = patchOf(createUnitInput.partial().strict());
export type UpdateUnitInput = z.infer<typeof updateUnitInput>;

export const createSuccessionInput = z.strictObject({
  fromUnitId: uuid,
  toUnitId: uuid,
  kind: z.enum(successionKinds),
  effectiveDate: isoDate,
  legalBasis: trimmed(500),
});
export type CreateSuccessionInput = z.infer<typeof createSuccessionInput>;

export const agencyDto = z.object({
  id: uuid,
  unitId: uuid,
  unitName: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  aliases: z.array(z.string()),
  kind: z.enum(agencyKinds),
  parentAgencyId: uuid.nullable(),
  successorId: uuid.nullable(),
  successorName: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  groupIds: z.array(uuid),
});
export type AgencyDto = z.infer<typeof agencyDto>;

export const agencyListQuery = pageQuery.extend({
  unitId: uuid.optional(),
  q: text().trim().max(100).optional(),
  kind: z.enum(agencyKinds).optional(),
  at: isoDate.optional(),
  sort: z.enum(['name', 'kind', 'validFrom']).default('name'),
});
export type AgencyListQuery = z.infer<typeof agencyListQuery>;

const alias = trimmed(200);
export const createAgencyInput = z.strictObject({
  unitId: uuid,
  name: trimmed(200),
  shortName: optionalText(60),
  aliases: z.array(alias).max(20).default([]),
  kind: z.enum(agencyKinds),
  parentAgencyId: uuid.nullish(),
  successorId: uuid.nullish(),
  phone: optionalText(30),
  email: z.email().max(200).nullish(),
  address: optionalText(300),
  ...validity,
});
export type CreateAgencyInput = z.infer<typeof createAgencyInput>;
// No defaults on update: an omitted field stays as it is.
export const updateAgencyInput = patchOf(
  createAgencyInput
    .extend({ aliases: z.array(alias).max(20) })
    .partial()
    .strict(),
);
export type UpdateAgencyInput = z.infer<typeof updateAgencyInput>;

export const groupDto = z.object({
  id: uuid,
  unitId: uuid,
  name: z.string(),
  aliases: z.array(z.string()),
  description: z.string().nullable(),
  members: z.array(z.object({ id: uuid, name: z.string() })),
});
export type GroupDto = z.infer<typeof groupDto>;

export const groupListQuery = z.strictObject({ unitId: uuid.optional() });
export const createGroupInput = z.strictObject({
  unitId: uuid,
  name: trimmed(200),
  aliases: z.array(alias).max(20).default([]),
  description: optionalText(500),
  memberIds: z.array(uuid).max(500).default([]),
});
export type CreateGroupInput = z.infer<typeof createGroupInput>;
export const updateGroupInput = patchOf(
  createGroupInput
    .omit({ unitId: true })
    .extend({ aliases: z.array(alias).max(20), memberIds: z.array(uuid).max(500) })
    .partial()
    .strict(),
);
export type UpdateGroupInput = z.infer<typeof updateGroupInput>;
