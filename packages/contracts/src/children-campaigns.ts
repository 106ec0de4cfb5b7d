import { isoDate, optionalText, pageQuery, text, trimmed, uuid, z } from './common';

// Cleaning campaigns ("Đợt làm sạch dữ liệu trẻ em", CV 2513/LĐTBXH-TTTT, QĐ 3978/QĐ-BYT), docs/children.md.

export const campaignsErrorCodes = [
  'CAMPAIGN_NOT_FOUND',
  'CAMPAIGN_ITEM_NOT_FOUND',
  'CAMPAIGN_UNIT_NOT_FOUND',
  'CAMPAIGN_UNITS_PROVINCES',
  'CAMPAIGN_CLOSED',
  'CAMPAIGN_SAMPLE_EXISTS',
  'CAMPAIGN_NOT_IN_SAMPLE',
  'CAMPAIGN_NOTHING_TO_SEND',
  'CAMPAIGN_FILE_TOO_LARGE',
  'CAMPAIGN_FILE_TYPE',
  'CAMPAIGN_FILE_ENCRYPTED',
  'CAMPAIGN_FILE_UNREADABLE',
  'CAMPAIGN_FILE_TOO_COMPLEX',
  'CAMPAIGN_FILE_NO_HEADER',
  'CAMPAIGN_FILE_EMPTY',
  'CAMPAIGN_FILE_ROWS_REJECTED',
] as const;
export type CampaignsErrorCode = (typeof campaignsErrorCodes)[number];

/** What makes a record need cleaning (CV 2513 step 1). Codes shared with the import's issue codes. */
export const campaignProblems = [
  'ID_MISSING',
  'ID_FORMAT',
  'ID_LEGACY_CMND',
  'ID_SEX_CENTURY',
  'ID_BIRTH_YEAR',
  'NAME_MISSING',
  'DOB_MISSING',
  'DOB_PARTIAL',
  'SEX_MISSING',
  'ETHNICITY_MISSING',
  'GUARDIAN_MISSING',
  'SUSPECTED_DUPLICATE',
  'NOT_A_CHILD',
] as const;
export type CampaignProblem = (typeof campaignProblems)[number];
export const campaignProblemLabels: Record<CampaignProblem, string> = {
  ID_MISSING: 'Chưa có số định danh',
  ID_FORMAT: 'Số định danh sai định dạng',
  ID_LEGACY_CMND: 'Số CMND 9 số cũ, chưa có số định danh',
  ID_SEX_CENTURY: 'Số định danh không khớp giới tính/thế kỷ sinh',
  ID_BIRTH_YEAR: 'Số định danh không khớp năm sinh',
  NAME_MISSING: 'Thiếu họ tên',
  DOB_MISSING: 'Thiếu ngày sinh',
  DOB_PARTIAL: 'Ngày sinh chưa đầy đủ (chỉ có năm hoặc ước tính)',
  SEX_MISSING: 'Thiếu giới tính',
  ETHNICITY_MISSING: 'Thiếu dân tộc',
  GUARDIAN_MISSING: 'Thiếu cha/mẹ/người giám hộ',
  SUSPECTED_DUPLICATE: 'Nghi trùng với hồ sơ khác',
  NOT_A_CHILD: 'Đã đủ 16 tuổi',
};
/** The problems the commune police can settle: they go on the hand-over list. */
export const idProblems: readonly CampaignProblem[] = [
  'ID_MISSING',
  'ID_FORMAT',
  'ID_LEGACY_CMND',
  'ID_SEX_CENTURY',
  'ID_BIRTH_YEAR',
];

/** A record's state in the campaign (code list 'id_verification', spec §2.7). */
export const campaignItemStates = [
  'chua_co',
  'sai_dinh_dang',
  'thieu_thong_tin',
  'da_ra_soat',
  'da_gui_cong_an',
  'cong_an_xac_thuc',
  'cong_an_tra_lai',
  'da_cap_nhat',
] as const;
export type CampaignItemState = (typeof campaignItemStates)[number];
export const campaignItemStateLabels: Record<CampaignItemState, string> = {
  chua_co: 'Chưa có số định danh',
  sai_dinh_dang: 'Sai định dạng',
  thieu_thong_tin: 'Thiếu/sai thông tin cơ bản',
  da_ra_soat: 'Đã rà soát tại hộ gia đình',
  da_gui_cong_an: 'Đã gửi Công an xã xác thực',
  cong_an_xac_thuc: 'Công an đã xác thực',
  cong_an_tra_lai: 'Công an trả lại (không khớp)',
  da_cap_nhat: 'Đã cập nhật',
};

/** Outcome of the household visit (design: editable here until the customer confirms the list). */
export const visitResults = ['dung', 'da_bo_sung', 'khong_gap', 'chuyen_di', 'khong_co_tai_dia_ban'] as const;
export type VisitResult = (typeof visitResults)[number];
export const visitResultLabels: Record<VisitResult, string> = {
  dung: 'Thông tin đúng',
  da_bo_sung: 'Đã bổ sung, sửa thông tin',
  khong_gap: 'Không gặp được hộ gia đình',
  chuyen_di: 'Đã chuyển đi nơi khác',
  khong_co_tai_dia_ban: 'Không có trẻ tại địa bàn',
};

export const policeResults = ['cong_an_xac_thuc', 'cong_an_tra_lai'] as const;
export type PoliceResult = (typeof policeResults)[number];

export const recheckResults = ['dung', 'sai'] as const;
export type RecheckResult = (typeof recheckResults)[number];
export const recheckResultLabels: Record<RecheckResult, string> = {
  dung: 'Khớp thực tế',
  sai: 'Có sai sót',
};

/** Design defaults of the phúc tra sample (QĐ 3978 names the step, not the size). */
export const SAMPLE_RATE = 0.05;
export const SAMPLE_MIN = 10;
export const DEFAULT_LEGAL_BASIS = 'Công văn 2513/LĐTBXH-TTTT';

export const createCampaignInput = z
  .strictObject({
    name: trimmed(200),
    legalBasis: optionalText(300),
    unitIds: z.array(uuid).min(1).max(200),
    startsOn: isoDate,
    endsOn: isoDate.nullish(),
  })
  .refine((v) => !v.endsOn || v.endsOn >= v.startsOn, {
    message: 'Ngày kết thúc phải sau ngày bắt đầu',
    path: ['endsOn'],
  });
export type CreateCampaignInput = z.infer<typeof createCampaignInput>;

export const campaignDto = z.object({
  id: uuid,
  name: z.string(),
  legalBasis: z.string().nullable(),
  units: z.array(z.object({ id: uuid, name: z.string() })),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  refreshedAt: z.string().nullable(),
  sample: z
    .object({ seed: z.string(), rate: z.number(), min: z.number().int(), drawnAt: z.string() })
    .nullable(),
  createdAt: z.string(),
});
export type CampaignDto = z.infer<typeof campaignDto>;

export const campaignParams = z.strictObject({ id: uuid });
export const campaignItemParams = z.strictObject({ id: uuid, itemId: uuid });

export const refreshResultDto = z.object({ added: z.number().int(), fixed: z.number().int() });

export const boardQuery = z.strictObject({ asOf: isoDate.optional() });
const progressCounts = {
  total: z.number().int(),
  open: z.number().int(),
  fixed: z.number().int(),
  visited: z.number().int(),
  sentToPolice: z.number().int(),
  verified: z.number().int(),
  returned: z.number().int(),
  sampled: z.number().int(),
  sampleChecked: z.number().int(),
  sampleErrors: z.number().int(),
  /** sampleErrors ÷ sampleChecked, null before any re-check. */
  errorRate: z.number().nullable(),
};
export const boardDto = z.object({
  asOf: z.string(),
  units: z.array(z.object({ unitId: uuid, unitName: z.string(), ...progressCounts })),
  totals: z.object(progressCounts),
  /** Open problems by code, over the units the user sees. */
  problems: z.array(z.object({ code: z.enum(campaignProblems), count: z.number().int() })),
});
export type BoardDto = z.infer<typeof boardDto>;

export const hamletsQuery = z.strictObject({ unitId: uuid.optional(), asOf: isoDate.optional() });
export const hamletDto = z.object({
  unitId: uuid,
  unitName: z.string(),
  /** null = records with no thôn written */
  hamlet: z.string().nullable(),
  total: z.number().int(),
  open: z.number().int(),
  visited: z.number().int(),
});

export const itemsQuery = pageQuery.extend({
  unitId: uuid.optional(),
  /** '' = records with no thôn */
  hamlet: text().max(200).optional(),
  state: z.enum(campaignItemStates).optional(),
  open: z.enum(['true', 'false']).optional(),
  inSample: z.enum(['true', 'false']).optional(),
  asOf: isoDate.optional(),
});
export const campaignItemDto = z.object({
  id: uuid,
  childId: uuid,
  unitId: uuid.nullable(),
  fullName: z.string(),
  dob: z.string().nullable(),
  dobPrecision: z.string(),
  sex: z.string().nullable(),
  guardians: z.string().nullable(),
  hamlet: z.string().nullable(),
  address: z.string().nullable(),
  personalId: z.string().nullable(),
  /** At entry into the campaign. */
  problems: z.array(z.enum(campaignProblems)),
  /** On `asOf` (today by default), computed: a child who turned 16 today is NOT_A_CHILD today. */
  currentProblems: z.array(z.enum(campaignProblems)),
  state: z.enum(campaignItemStates),
  fixedAt: z.string().nullable(),
  visitResult: z.enum(visitResults).nullable(),
  visitNote: z.string().nullable(),
  visitedAt: z.string().nullable(),
  policeSentAt: z.string().nullable(),
  policeResult: z.enum(policeResults).nullable(),
  policeNewId: z.string().nullable(),
  inSample: z.boolean(),
  recheckResult: z.enum(recheckResults).nullable(),
  recheckNote: z.string().nullable(),
});
export type CampaignItemDto = z.infer<typeof campaignItemDto>;

export const visitInput = z.strictObject({ result: z.enum(visitResults), note: optionalText(1000) });
export const recheckInput = z.strictObject({ result: z.enum(recheckResults), note: optionalText(1000) });

/** Every export states why (docs/children.md, Privacy); the file carries who and when. */
export const campaignExportInput = z.strictObject({
  unitId: uuid.optional(),
  hamlet: text().max(200).optional(),
  reason: trimmed(500),
});
export type CampaignExportInput = z.infer<typeof campaignExportInput>;

export const sampleInput = z.strictObject({
  rate: z.number().gt(0).max(1).optional(),
  min: z.number().int().min(1).max(1000).optional(),
});
export const sampleResultDto = z.object({
  seed: z.string(),
  units: z.array(z.object({ unitId: uuid, items: z.number().int(), drawn: z.number().int() })),
});

/** A row of an uploaded sheet that cannot be taken, with why. */
export const fileRowIssue = z.object({ row: z.number().int(), message: z.string() });
export const visitUploadDto = z.object({ recorded: z.number().int(), skipped: z.number().int() });

export const policeDiffDto = z.object({
  rows: z.array(
    z.object({
      row: z.number().int(),
      itemId: uuid,
      childId: uuid,
      fullName: z.string(),
      oldId: z.string().nullable(),
      newId: z.string().nullable(),
      result: z.enum(policeResults),
    }),
  ),
  rejected: z.array(fileRowIssue),
  /** Rows without an answer yet (blank result), left as they are. */
  unanswered: z.number().int(),
});
export type PoliceDiffDto = z.infer<typeof policeDiffDto>;
export const policeApplyDto = z.object({ applied: z.number().int() });
