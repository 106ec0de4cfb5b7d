import { z, isoDate, optionalText, patchOf, text, todayInVietnam, trimmed, uuid } from './common';
import { dobPrecisionSchema, sexSchema } from './children';

// One child's record (docs/children.md, "The record"): create, read with a purpose, edit, move,
// guardians, circumstances, risks, consents, erasure. Ids only in URLs; never a name or a personal ID.

/** A code of a register code list ("08", "a", "3.1", "chua_co"); checked against the stored list. */
export const childCode = text().regex(/^[a-z0-9_.]{1,40}$/, 'Mã không hợp lệ');
const name = trimmed(120).check((ctx) => {
  if (!/\p{L}/u.test(ctx.value))
    ctx.issues.push({ code: 'custom', input: ctx.value, message: 'Họ tên phải có chữ' });
});

/** Not in the future (Vietnam time), and not before 1900: a register date, not a typo. */
export const registerDate = isoDate.check((ctx) => {
  if (ctx.value > todayInVietnam())
    ctx.issues.push({ code: 'custom', input: ctx.value, message: 'Ngày không được sau ngày hôm nay' });
  else if (ctx.value < '1900-01-01')
    ctx.issues.push({ code: 'custom', input: ctx.value, message: 'Ngày quá xa (trước năm 1900)' });
});

/** A date of birth: real, not in the future, at most 25 years ago (the register keeps children). */
export const childDob = isoDate.check((ctx) => {
  const today = todayInVietnam();
  if (ctx.value > today)
    ctx.issues.push({ code: 'custom', input: ctx.value, message: 'Ngày sinh không được sau ngày hôm nay' });
  else if (Number(ctx.value.slice(0, 4)) < Number(today.slice(0, 4)) - 25)
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: 'Ngày sinh quá xa: sổ trẻ em chỉ ghi người dưới 16 tuổi (và ít năm sau đó)',
    });
});

export const residenceKindSchema = z.enum(['thuong_tru', 'tam_tru', 'hien_tai']);
const phone = text()
  .trim()
  .regex(/^[0-9+ .-]{6,20}$/, 'Số điện thoại không hợp lệ')
  .nullish();

const guardianFields = z.strictObject({
  relation: childCode,
  fullName: name,
  birthYear: z.number().int().min(1900).max(2100).nullish(),
  personalId: text().trim().max(30).nullish(),
  phone,
  address: optionalText(300),
  isPrimaryContact: z.boolean(),
  validFrom: registerDate.nullish(),
  validTo: registerDate.nullish(),
});
export const guardianInput = guardianFields.extend({ isPrimaryContact: z.boolean().default(false) });
export type GuardianInput = z.input<typeof guardianInput>;
// Built from the fields without defaults: a PATCH never resets what it does not name.
export const guardianPatch = patchOf(guardianFields.partial());

export const householdInput = z.strictObject({
  headName: optionalText(120),
  hamlet: optionalText(120),
  address: optionalText(300),
  povertyStatus: z.enum(['ho_ngheo', 'ho_can_ngheo']).nullish(),
  povertyYear: z.number().int().min(2000).max(2100).nullish(),
});

const personFields = {
  fullName: name,
  dob: childDob.nullish(),
  dobPrecision: dobPrecisionSchema.default('day'),
  sex: sexSchema.nullish(),
  ethnicityCode: childCode.nullish(),
  nationality: text()
    .regex(/^[A-Z]{2}$/, 'Mã quốc tịch gồm 2 chữ cái in hoa (VN)')
    .default('VN'),
  personalId: text().trim().max(30).nullish(),
  schooling: childCode.nullish(),
  notes: optionalText(2000),
  sourceRecordRef: optionalText(80),
};

export const childCreateInput = z.strictObject({
  ...personFields,
  unitId: uuid,
  hamlet: optionalText(120),
  address: optionalText(300),
  residenceKind: residenceKindSchema.default('hien_tai'),
  /** Since when the child lives there (default today). */
  livesSince: registerDate.optional(),
  household: householdInput.optional(),
  guardians: z.array(guardianInput).max(10).default([]),
});
export type ChildCreateInput = z.input<typeof childCreateInput>;

export const childUpdateInput = z
  .strictObject({
    version: z.number().int().min(1),
    fullName: name.optional(),
    dob: childDob.nullish(),
    dobPrecision: dobPrecisionSchema.optional(),
    sex: sexSchema.nullish(),
    ethnicityCode: childCode.nullish(),
    nationality: text()
      .regex(/^[A-Z]{2}$/, 'Mã quốc tịch gồm 2 chữ cái in hoa (VN)')
      .optional(),
    personalId: text().trim().max(30).nullish(),
    idVerification: childCode.optional(),
    schooling: childCode.nullish(),
    notes: optionalText(2000),
    hamlet: optionalText(120),
    address: optionalText(300),
    household: householdInput.nullish(),
  })
  .refine((v) => Object.entries(v).some(([k, x]) => k !== 'version' && x !== undefined), {
    message: 'Cần ít nhất một trường để sửa',
  });
// (version alone changes nothing: the same 400 as an empty PATCH)
export type ChildUpdateInput = z.input<typeof childUpdateInput>;

export const childMoveInput = z.strictObject({
  version: z.number().int().min(1),
  /** First day at the new place; the open period ends the day before. */
  date: registerDate,
  unitId: uuid,
  hamlet: optionalText(120),
  address: optionalText(300),
  kind: residenceKindSchema.default('hien_tai'),
  source: optionalText(200),
});
export type ChildMoveInput = z.input<typeof childMoveInput>;

export const circumstanceInput = z.strictObject({
  groupCode: childCode,
  subtypeCode: childCode.nullish(),
  fromDate: registerDate,
  toDate: registerDate.nullish(),
  source: optionalText(300),
  evidence: optionalText(1000),
  endReason: optionalText(300),
});
export const circumstancePatch = patchOf(circumstanceInput.partial());

export const riskInput = z.strictObject({
  riskCode: childCode,
  fromDate: registerDate,
  toDate: registerDate.nullish(),
  source: optionalText(300),
  evidence: optionalText(1000),
  note: optionalText(1000),
});
export const riskPatch = patchOf(riskInput.partial());

export const consentInput = z.strictObject({
  purpose: childCode,
  representativeName: name,
  representativeRelation: childCode,
  givenByChild: z.boolean().default(false),
  method: childCode,
  givenOn: registerDate,
  withdrawnOn: registerDate.nullish(),
  evidence: optionalText(1000),
});
/** A consent is not rewritten: it is withdrawn (from that day its purpose stops). */
export const consentPatch = patchOf(
  z.strictObject({ withdrawnOn: registerDate.optional(), evidence: optionalText(1000) }),
);

export const childEraseInput = z.strictObject({
  /** The lawful request's reference (số văn bản / phiếu yêu cầu), kept in the tombstone. */
  requestRef: trimmed(120),
  reason: trimmed(1000),
});

export const childReadQuery = z.strictObject({ purpose: childCode });
export const childParams = z.strictObject({ id: uuid });
export const childSubParams = z.strictObject({ id: uuid, subId: uuid });

// ---- Answers ----

const unitRef = z.object({ id: uuid, name: z.string() });
const stamp = { createdAt: z.string(), updatedAt: z.string() };

export const residenceDto = z.object({
  id: uuid,
  unit: unitRef,
  hamlet: z.string().nullable(),
  address: z.string().nullable(),
  kind: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  source: z.string().nullable(),
});
export const guardianDto = z.object({
  id: uuid,
  relation: z.string(),
  fullName: z.string(),
  birthYear: z.number().int().nullable(),
  personalId: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  isPrimaryContact: z.boolean(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  ...stamp,
});
export const circumstanceDto = z.object({
  id: uuid,
  groupCode: z.string(),
  subtypeCode: z.string().nullable(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
  source: z.string().nullable(),
  evidence: z.string().nullable(),
  endReason: z.string().nullable(),
  ...stamp,
});
export const riskDto = z.object({
  id: uuid,
  riskCode: z.string(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
  source: z.string().nullable(),
  evidence: z.string().nullable(),
  note: z.string().nullable(),
  ...stamp,
});
export const consentDto = z.object({
  id: uuid,
  purpose: z.string(),
  representativeName: z.string(),
  representativeRelation: z.string(),
  givenByChild: z.boolean(),
  method: z.string(),
  givenOn: z.string(),
  withdrawnOn: z.string().nullable(),
  evidence: z.string().nullable(),
  ...stamp,
});
export const householdDto = z.object({
  id: uuid,
  headName: z.string().nullable(),
  hamlet: z.string().nullable(),
  address: z.string().nullable(),
  povertyStatus: z.string().nullable(),
  povertyYear: z.number().int().nullable(),
});

/** A data-quality finding on the record (ID checks, missing fields, guardians, age). */
export const recordIssueDto = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'fixed']),
  field: z.string().nullable(),
  message: z.string(),
});
export type RecordIssueDto = z.infer<typeof recordIssueDto>;

export const childDto = z.object({
  id: uuid,
  fullName: z.string(),
  dob: z.string().nullable(),
  dobPrecision: z.string(),
  /** Whole years today (Vietnam time); null without a date of birth. */
  ageToday: z.number().int().nullable(),
  sex: z.string().nullable(),
  ethnicityCode: z.string().nullable(),
  nationality: z.string(),
  personalId: z.string().nullable(),
  personalIdKind: z.string().nullable(),
  /** Where the birth was registered, from the ID's first three digits. */
  idBirthProvince: z.string().nullable(),
  idVerification: z.string(),
  unit: unitRef,
  hamlet: z.string().nullable(),
  address: z.string().nullable(),
  household: householdDto.nullable(),
  schooling: z.string().nullable(),
  notes: z.string().nullable(),
  sourceRecordRef: z.string().nullable(),
  status: z.string(),
  version: z.number().int(),
  ...stamp,
  residences: z.array(residenceDto),
  guardians: z.array(guardianDto),
  circumstances: z.array(circumstanceDto),
  risks: z.array(riskDto),
  consents: z.array(consentDto),
  issues: z.array(recordIssueDto),
});
export type ChildDto = z.infer<typeof childDto>;

/** What is left of an erased record: who erased it, when, on which request. For auditors. */
export const childTombstoneDto = z.object({
  id: uuid,
  status: z.literal('erased'),
  unit: unitRef,
  erasedAt: z.string(),
  erasedBy: z.string().nullable(),
  requestRef: z.string(),
});
