// Test fixtures for the reports helpers. Each one is parsed with its contract schema, so a fixture
// that drifts from @vte/contracts fails the tests instead of silently testing a shape that no
// longer exists.
import {
  agencyReportDto,
  agencyReportSummaryDto,
  consolidatedDto,
  indicatorEntryDto,
  myReportDto,
  periodDto,
  type AgencyReportDto,
  type AgencyReportSummaryDto,
  type ConsolidatedDto,
  type IndicatorDto,
  type IndicatorEntryDto,
  type MyReportDto,
  type PeriodDto,
} from '@vte/contracts';

/** Valid v4 UUIDs (the contracts check the version and variant): `id(7)` → `…-000000000007`. */
export const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const IDS = {
  children: id(101),
  under5: id(102),
  rate: id(103),
  taskA: id(201),
  taskB: id(202),
  taskC: id(203),
  file: id(301),
} as const;

const SEX = {
  key: 'sex',
  label: 'Giới tính',
  options: [
    { key: 'nam', label: 'Nam' },
    { key: 'nu', label: 'Nữ' },
  ],
};

export function indicator(patch: Partial<IndicatorDto> & Pick<IndicatorDto, 'id' | 'code'>): IndicatorDto {
  return {
    name: `Chỉ tiêu ${patch.code}`,
    group: 'I. Thông tin chung',
    unit: 'người',
    aggregation: 'last',
    direction: 'higher',
    dimensions: [SEX],
    partOfCode: null,
    numeratorCode: null,
    denominatorCode: null,
    factor: null,
    min: null,
    max: null,
    definition: null,
    source: null,
    leadBody: null,
    legalBasis: null,
    active: true,
    ...patch,
  };
}

type Cell = IndicatorEntryDto['cells'][number];
const cell = (disagg: string, value: number | null, comment: string | null = null): Cell => ({
  disagg,
  label: disagg === '' ? 'Tổng số' : disagg === 'sex=nam' ? 'Nam' : 'Nữ',
  value,
  comment,
});

/** Three indicators: two entered (with a total and two sex cells), one computed rate. */
export function entries(
  values: {
    children?: [number | null, number | null, number | null];
    childrenComment?: string | null;
    under5?: [number | null, number | null, number | null];
    under5Comment?: string | null;
  } = {},
): IndicatorEntryDto[] {
  const [ct, cm, cf] = values.children ?? [120, 60, 60];
  const [ut, um, uf] = values.under5 ?? [null, null, null];
  return indicatorEntryDto.array().parse([
    {
      indicator: indicator({ id: IDS.children, code: 'DP.0101' }),
      cells: [cell('', ct, values.childrenComment ?? null), cell('sex=nam', cm), cell('sex=nu', cf)],
    },
    {
      indicator: indicator({ id: IDS.under5, code: 'DP.0201', group: 'II. Y tế, dinh dưỡng' }),
      cells: [cell('', ut, values.under5Comment ?? null), cell('sex=nam', um), cell('sex=nu', uf)],
    },
    {
      indicator: indicator({
        id: IDS.rate,
        code: 'DP.0204',
        unit: '%',
        aggregation: 'ratio',
        numeratorCode: 'DP.0202',
        denominatorCode: 'DP.0201',
        factor: 100,
      }),
      cells: [cell('', 12, null), cell('sex=nam', null), cell('sex=nu', null)],
    },
  ]);
}

export function period(patch: Partial<PeriodDto> = {}): PeriodDto {
  return periodDto.parse({
    id: id(401),
    planId: id(402),
    planTitle: 'Kế hoạch thực hiện Chương trình bảo vệ trẻ em năm 2025',
    unitId: id(403),
    unitName: 'Đặc khu Lý Sơn',
    kind: 'six_month',
    label: '6 tháng đầu năm 2025',
    year: 2025,
    cutoffFrom: '2024-12-15',
    cutoffTo: '2025-06-14',
    dueDate: '2025-06-20',
    expiresOn: '2025-07-20',
    reopenedUntil: null,
    locked: false,
    ...patch,
  });
}

export function reportSummary(patch: Partial<AgencyReportSummaryDto> = {}): AgencyReportSummaryDto {
  return agencyReportSummaryDto.parse({
    id: id(501),
    periodId: id(401),
    periodLabel: '6 tháng đầu năm 2025',
    planTitle: null,
    dueDate: '2025-06-20',
    agencyId: id(502),
    agencyName: 'Phòng Văn hóa - Xã hội',
    status: 'draft',
    version: 0,
    firstSubmittedAt: null,
    lastSubmittedAt: null,
    onTime: null,
    locked: false,
    lock: null,
    updatedAt: '2025-06-01T03:00:00.000Z',
    ...patch,
  });
}

export function myReport(report: Partial<AgencyReportSummaryDto> | null): MyReportDto {
  return myReportDto.parse({
    period: period(),
    agencyId: id(502),
    agencyName: 'Phòng Văn hóa - Xã hội',
    report: report === null ? null : reportSummary(report),
    lock: null,
    reopenRequest: null,
  });
}

type TaskDto = AgencyReportDto['tasks'][number];
export function reportTask(patch: Partial<TaskDto> & Pick<TaskDto, 'taskId' | 'number'>): TaskDto {
  return {
    content: `Nhiệm vụ ${patch.number}`,
    role: 'lead',
    via: null,
    narrative: null,
    figures: [],
    attachments: [],
    prefill: { narrative: null, figures: [], status: null },
    ...patch,
  };
}

export function agencyReport(patch: Partial<AgencyReportDto> = {}): AgencyReportDto {
  return agencyReportDto.parse({
    ...reportSummary(),
    period: period(),
    revision: 4,
    editable: true,
    reviewComment: null,
    reviewedAt: null,
    reviewedByName: null,
    tasks: [
      reportTask({
        taskId: IDS.taskA,
        number: '1',
        narrative: 'Đã tổ chức 3 lớp tập huấn.',
        figures: [{ label: 'Lớp tập huấn', value: 3, unit: 'lớp' }],
        attachments: [{ id: IDS.file, filename: 'bien-ban.pdf', mime: 'application/pdf', size: 2048 }],
      }),
      reportTask({
        taskId: IDS.taskB,
        number: '2',
        figures: [{ label: 'Trẻ được hỗ trợ', value: 15, unit: null }],
        prefill: {
          narrative: 'Cập nhật tiến độ: đã hỗ trợ 15 trẻ.',
          figures: [{ label: 'Trẻ được hỗ trợ', value: 15, unit: null }],
          status: 'in_progress',
        },
      }),
    ],
    difficulties: null,
    proposals: 'Bổ sung kinh phí',
    indicators: entries(),
    progress: [],
    draftIssues: [],
    ...patch,
  });
}

export function consolidated(patch: Partial<ConsolidatedDto> = {}): ConsolidatedDto {
  return consolidatedDto.parse({
    id: id(601),
    periodId: id(401),
    periodLabel: '6 tháng đầu năm 2025',
    level: 'unit',
    unitId: id(403),
    unitName: 'Đặc khu Lý Sơn',
    parentBody: 'UBND tỉnh Quảng Ngãi',
    issuer: 'UBND đặc khu Lý Sơn',
    number: null,
    place: 'Lý Sơn',
    reportDate: null,
    subject: 'Báo cáo kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2025',
    status: 'draft',
    revision: 7,
    sections: [
      {
        key: 'results',
        title: 'Kết quả thực hiện',
        paragraphs: [
          { id: 'p1', text: 'Đoạn một.', source: null, edited: false, stale: false },
          { id: 'p2', text: 'Đoạn hai.', source: null, edited: false, stale: false },
        ],
      },
      {
        key: 'proposals',
        title: 'Kiến nghị',
        paragraphs: [{ id: 'p3', text: 'Đoạn ba.', source: null, edited: true, stale: false }],
      },
    ],
    indicators: [],
    missing: [],
    signature: { authority: 'TM.', title: 'CHỦ TỊCH', name: null },
    recipients: ['UBND tỉnh', 'Sở Y tế', 'Lưu: VT'],
    generatedAt: '2025-06-25T02:00:00.000Z',
    submittedAt: null,
    recipientUnitName: null,
    reviewComment: null,
    canEdit: true,
    canReview: false,
    ...patch,
  });
}
