import { randomUUID } from 'node:crypto';
import {
  agencyReportDto,
  consolidatedDto,
  type AgencyReportDto,
  type AggregatedIndicatorDto,
  type ConsolidatedDto,
  type IndicatorDto,
  type PeriodDto,
} from '@vte/contracts';

// Test data shaped like Lý Sơn's first report of 2025; parsed through the contracts so a fixture
// that drifts from the DTOs fails loudly instead of testing a shape the server never sends.

export const period: PeriodDto = {
  id: randomUUID(),
  planId: randomUUID(),
  planTitle: 'Kế hoạch thực hiện công tác trẻ em năm 2025',
  unitId: randomUUID(),
  unitName: 'Huyện Lý Sơn',
  kind: 'six_month',
  label: '6 tháng đầu năm 2025',
  year: 2025,
  cutoffFrom: '2024-11-15',
  cutoffTo: '2025-05-14',
  dueDate: '2025-05-10',
  expiresOn: '2025-05-31',
  reopenedUntil: null,
  locked: false,
};

const sex = (nam: number | null, nu: number | null) => [
  { disagg: 'sex=nam', label: 'Nam', value: nam },
  { disagg: 'sex=nu', label: 'Nữ', value: nu },
];

export const aggregated: AggregatedIndicatorDto[] = [
  {
    indicatorId: randomUUID(),
    code: '1.1',
    name: 'Số trẻ em có hoàn cảnh đặc biệt',
    unit: 'trẻ em',
    aggregation: 'last',
    cells: [
      { disagg: '', label: 'Tổng số', value: 22 },
      ...sex(12, 10),
      { disagg: 'age=0-6', label: 'Dưới 6 tuổi', value: 4 },
    ],
    total: 22,
    previous: 25,
    target: null,
    missing: [],
  },
  {
    indicatorId: randomUUID(),
    code: '2.3',
    name: 'Số trẻ em bị xâm hại được hỗ trợ, can thiệp',
    unit: 'trẻ em',
    aggregation: 'sum',
    cells: sex(1234, null),
    total: 1234,
    previous: null,
    target: 1500,
    missing: [{ name: 'Công an huyện', comment: 'Đang rà soát hồ sơ' }],
  },
  {
    indicatorId: randomUUID(),
    code: '3.1',
    name: 'Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế',
    unit: '%',
    aggregation: 'ratio',
    cells: [],
    total: 98.5,
    previous: 97.25,
    target: 100,
    missing: [],
  },
];

const src = (name: string, role: 'lead' | 'partner', field: string) => ({
  reportId: randomUUID(),
  kind: 'agency' as const,
  name,
  role,
  version: 1,
  field,
});
const para = (text: string, source: ReturnType<typeof src> | null = null) => ({
  id: randomUUID(),
  text,
  source,
  edited: false,
  stale: false,
});

export const missingAgencies = ['Huyện đoàn Lý Sơn', 'Trung tâm Y tế quân dân y Lý Sơn'];

export function consolidated(over: Partial<ConsolidatedDto> = {}): ConsolidatedDto {
  return consolidatedDto.parse({
    id: randomUUID(),
    periodId: period.id,
    periodLabel: period.label,
    level: 'unit',
    unitId: period.unitId,
    unitName: 'Huyện Lý Sơn',
    parentBody: null,
    issuer: 'Ủy ban nhân dân huyện Lý Sơn',
    number: null,
    place: 'Lý Sơn',
    reportDate: '2025-06-05',
    subject: 'Kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2025',
    status: 'draft',
    revision: 3,
    sections: [
      {
        key: 'overview',
        title: 'Đặc điểm tình hình',
        paragraphs: [para('Huyện Lý Sơn có 3 đơn vị hành chính, tổng số trẻ em dưới 16 tuổi là 5.812 em.')],
      },
      {
        key: 'results',
        title: 'II. Kết quả thực hiện các nhiệm vụ',
        paragraphs: [
          para(
            '1. Truyền thông, giáo dục về bảo vệ trẻ em: Phòng Văn hóa, Khoa học và Thông tin phát 24 tin, bài trên hệ thống truyền thanh.',
            src('Phòng Văn hóa, Khoa học và Thông tin', 'lead', 'narrative'),
          ),
          para(
            'Phòng Giáo dục và Đào tạo phối hợp tổ chức 6 buổi sinh hoạt dưới cờ về phòng, chống xâm hại trẻ em.',
            src('Phòng Giáo dục và Đào tạo', 'partner', 'narrative'),
          ),
          para(
            '2. Rà soát trẻ em có hoàn cảnh đặc biệt: Phòng Nội vụ chủ trì rà soát, cập nhật 22 trẻ em vào cơ sở dữ liệu.',
            src('Phòng Nội vụ', 'lead', 'narrative'),
          ),
          para(
            '3. Tháng hành động vì trẻ em: Huyện đoàn phối hợp tổ chức 3 điểm vui chơi cho trẻ em.',
            src('Huyện đoàn Lý Sơn', 'partner', 'narrative'),
          ),
        ],
      },
      {
        key: 'difficulties',
        title: 'Khó khăn, vướng mắc',
        paragraphs: [para('Đội ngũ cộng tác viên ở thôn còn kiêm nhiệm,\nchưa được tập huấn chuyên sâu.')],
      },
      { key: 'empty', title: 'Phương hướng', paragraphs: [para('   ')] },
    ],
    indicators: aggregated,
    missing: missingAgencies,
    signature: {
      authority: 'TM. ỦY BAN NHÂN DÂN',
      title: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      name: 'Nguyễn Văn A',
    },
    recipients: ['Sở Y tế tỉnh Quảng Ngãi', 'TT Huyện ủy, TT HĐND huyện', 'CT, các PCT UBND huyện'],
    generatedAt: '2025-06-04T18:30:00.000Z',
    submittedAt: null,
    recipientUnitName: 'Tỉnh Quảng Ngãi',
    reviewComment: null,
    canEdit: true,
    canReview: false,
    ...over,
  });
}

const indicator = (code: string, name: string): IndicatorDto => ({
  id: randomUUID(),
  code,
  name,
  group: 'Bảo vệ trẻ em',
  unit: 'trẻ em',
  aggregation: 'sum',
  direction: 'higher',
  dimensions: [
    {
      key: 'sex',
      label: 'Giới tính',
      options: [
        { key: 'nam', label: 'Nam' },
        { key: 'nu', label: 'Nữ' },
      ],
    },
  ],
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
});

const longContent =
  'Tổ chức các hoạt động truyền thông, giáo dục, vận động xã hội nâng cao nhận thức, trách nhiệm của gia đình, nhà trường, cộng đồng và bản thân trẻ em về phòng, chống tai nạn thương tích, đuối nước, xâm hại trẻ em trên địa bàn huyện';

export function agencyReport(over: Partial<AgencyReportDto> = {}): AgencyReportDto {
  const task = (
    number: string,
    content: string,
    role: 'lead' | 'partner',
    narrative: string | null,
    via: string | null = null,
  ) => ({
    taskId: randomUUID(),
    number,
    content,
    role,
    via,
    narrative,
    figures: [] as { label: string; value: number; unit: string | null }[],
    attachments: [] as { id: string; filename: string; mime: string; size: number }[],
    prefill: { narrative: null, figures: [], status: null },
  });
  const t1 = task(
    '1',
    longContent,
    'lead',
    'Phát 24 tin, bài trên Đài truyền thanh huyện.\nTổ chức 2 hội nghị truyền thông tại xã An Vĩnh.',
  );
  t1.figures = [
    { label: 'Số tin, bài tuyên truyền', value: 24, unit: 'tin, bài' },
    { label: 'Số người tham dự hội nghị', value: 1350, unit: 'người' },
  ];
  t1.attachments = [
    { id: randomUUID(), filename: 'hoi-nghi-an-vinh.jpg', mime: 'image/jpeg', size: 120_000 },
  ];
  return agencyReportDto.parse({
    id: randomUUID(),
    periodId: period.id,
    periodLabel: period.label,
    planTitle: period.planTitle,
    dueDate: period.dueDate,
    agencyId: randomUUID(),
    agencyName: 'Phòng Văn hóa, Khoa học và Thông tin',
    status: 'submitted',
    version: 2,
    firstSubmittedAt: '2025-05-08T02:00:00.000Z',
    lastSubmittedAt: '2025-05-08T17:30:00.000Z',
    onTime: true,
    locked: false,
    lock: null,
    updatedAt: '2025-05-08T17:30:00.000Z',
    period,
    progress: [],
    draftIssues: [],
    revision: 5,
    editable: false,
    reviewComment: null,
    reviewedAt: null,
    reviewedByName: null,
    tasks: [
      t1,
      task(
        '4',
        'Tổ chức Tháng hành động vì trẻ em năm 2025.',
        'partner',
        'Phối hợp trang trí 3 điểm vui chơi cho trẻ em.',
      ),
      task(
        '9',
        'Hỗ trợ trẻ em có hoàn cảnh đặc biệt dịp Tết Trung thu',
        'partner',
        null,
        'Các Hội, đoàn thể huyện',
      ),
    ],
    difficulties: 'Kinh phí truyền thông còn hạn chế.',
    proposals: null,
    indicators: [
      {
        indicator: indicator('4.2', 'Số trẻ em được tham gia hoạt động vui chơi, giải trí'),
        cells: [
          { disagg: '', label: 'Tổng số', value: 640, comment: null },
          { disagg: 'sex=nam', label: 'Nam', value: 330, comment: null },
          { disagg: 'sex=nu', label: 'Nữ', value: 310, comment: null },
        ],
      },
      {
        indicator: indicator('4.5', 'Số trẻ em bị đuối nước'),
        cells: [{ disagg: '', label: 'Tổng số', value: null, comment: 'Chưa có số liệu từ Trạm y tế' }],
      },
    ],
    ...over,
  });
}
