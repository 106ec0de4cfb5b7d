import type { CreateIndicatorInput, Dimension, IndicatorDirection } from '@vte/contracts';

// The starting catalogue: the indicators the Lý Sơn 2025 plan implies, as data.
// Code scheme (docs/indicators.md): only 0605 (Appendix I) and 0101 of the abuse appendices of
// Thông tư 13/2021/TT-BLĐTBXH were confirmed. The abuse list restarts at 0101, so its codes carry
// the prefix "XH." (ours). Every other code is local: "DP." + the TT13 group number + a sequence.
// The age bands are an assumption (the circular's bands were not retrieved).

const SEX: Dimension = {
  key: 'sex',
  label: 'Giới tính',
  options: [
    { key: 'nam', label: 'Nam' },
    { key: 'nu', label: 'Nữ' },
  ],
};
const AGE: Dimension = {
  key: 'age',
  label: 'Nhóm tuổi',
  options: [
    { key: '0-5', label: 'Dưới 6 tuổi' },
    { key: '6-10', label: 'Từ 6 đến dưới 11 tuổi' },
    { key: '11-15', label: 'Từ 11 đến dưới 16 tuổi' },
  ],
};
const ENV: Dimension = {
  key: 'env',
  label: 'Môi trường xâm hại',
  options: [
    { key: 'gia-dinh', label: 'Gia đình' },
    { key: 'truong-hoc', label: 'Trường học' },
    { key: 'cong-dong', label: 'Cộng đồng' },
    { key: 'mang', label: 'Môi trường mạng' },
  ],
};
// The forms of abuse of Luật Trẻ em 2016, Art. 4 k5.
const FORM: Dimension = {
  key: 'form',
  label: 'Hình thức xâm hại',
  options: [
    { key: 'bao-luc', label: 'Bạo lực' },
    { key: 'boc-lot', label: 'Bóc lột' },
    { key: 'tinh-duc', label: 'Xâm hại tình dục' },
    { key: 'mua-ban', label: 'Mua bán' },
    { key: 'bo-roi', label: 'Bỏ rơi' },
    { key: 'bo-mac', label: 'Bỏ mặc' },
    { key: 'khac', label: 'Hình thức gây tổn hại khác' },
  ],
};
const LEVEL: Dimension = {
  key: 'level',
  label: 'Cấp học',
  options: [
    { key: 'tieu-hoc', label: 'Tiểu học' },
    { key: 'thcs', label: 'Trung học cơ sở' },
    { key: 'thpt', label: 'Trung học phổ thông' },
  ],
};

const TT13 = 'Thông tư 13/2021/TT-BLĐTBXH';
const local = (group: string) =>
  `Mã địa phương; chỉ tiêu thuộc nhóm ${group} của ${TT13}, mã chính thức chưa đối chiếu`;
const AGE_NOTE =
  ' Nhóm tuổi là giả định của hệ thống (chưa đối chiếu phân tổ của Thông tư), trẻ em là người dưới 16 tuổi (Luật Trẻ em 2016, Điều 1).';

type Seed = Omit<
  CreateIndicatorInput,
  'partOfCode' | 'numeratorCode' | 'denominatorCode' | 'factor' | 'min' | 'max'
> &
  Partial<
    Pick<CreateIndicatorInput, 'partOfCode' | 'numeratorCode' | 'denominatorCode' | 'factor' | 'min' | 'max'>
  >;

// Appendix I groups keep the circular's numerals (docs/indicators.md); the abuse appendix has its own.
const G = {
  general: 'I. Thông tin chung',
  health: 'II. Y tế, dinh dưỡng',
  protection: 'III. Bảo vệ trẻ em',
  education: 'IV. Giáo dục',
  participation: 'VI. Tham gia của trẻ em',
  abuse: 'Xâm hại trẻ em',
  sanction: 'Xử lý vi phạm hành chính',
};

export const seedIndicatorDefs: Seed[] = [
  {
    code: 'DP.0101',
    name: 'Số trẻ em',
    group: G.general,
    unit: 'người',
    aggregation: 'last',
    dimensions: [SEX, AGE],
    definition: `Số người dưới 16 tuổi đang sinh sống trên địa bàn tại thời điểm cuối kỳ.${AGE_NOTE}`,
    source: 'Phần mềm quản lý thông tin trẻ em tại cơ sở',
    leadBody: 'Cơ quan đầu mối công tác trẻ em',
    legalBasis: `${local('I (Dân số trẻ em)')}; mã cũ 601 theo TT 30/2011/TT-BLĐTBXH`,
  },
  {
    code: 'DP.0201',
    name: 'Số trẻ em dưới 5 tuổi được cân, đo',
    group: G.health,
    unit: 'người',
    aggregation: 'last',
    dimensions: [SEX],
    definition:
      'Số trẻ em dưới 5 tuổi được cân, đo trong đợt theo dõi dinh dưỡng gần nhất của kỳ; là mẫu số của tỷ lệ suy dinh dưỡng.',
    source: 'Sổ theo dõi dinh dưỡng của cơ sở y tế',
    leadBody: 'Cơ quan y tế',
    legalBasis: local('II'),
  },
  {
    code: 'DP.0202',
    name: 'Số trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân',
    group: G.health,
    unit: 'người',
    aggregation: 'last',
    dimensions: [SEX],
    partOfCode: 'DP.0201',
    definition:
      'Số trẻ em dưới 5 tuổi được cân có cân nặng theo tuổi thấp hơn ngưỡng suy dinh dưỡng, tại đợt cân đo gần nhất.',
    source: 'Sổ theo dõi dinh dưỡng của cơ sở y tế',
    leadBody: 'Cơ quan y tế',
    legalBasis: local('II'),
  },
  {
    code: 'DP.0203',
    name: 'Số trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi',
    group: G.health,
    unit: 'người',
    aggregation: 'last',
    dimensions: [SEX],
    partOfCode: 'DP.0201',
    definition:
      'Số trẻ em dưới 5 tuổi được đo có chiều cao theo tuổi thấp hơn ngưỡng suy dinh dưỡng, tại đợt cân đo gần nhất.',
    source: 'Sổ theo dõi dinh dưỡng của cơ sở y tế',
    leadBody: 'Cơ quan y tế',
    legalBasis: local('II'),
  },
  {
    code: 'DP.0204',
    name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân',
    group: G.health,
    unit: '%',
    aggregation: 'ratio',
    dimensions: [SEX],
    numeratorCode: 'DP.0202',
    denominatorCode: 'DP.0201',
    factor: 100,
    definition:
      'DP.0202 ÷ DP.0201 × 100. Mục tiêu năm 2025 của Chương trình hành động quốc gia vì trẻ em: dưới 9%.',
    source: 'Tính từ số liệu báo cáo',
    leadBody: 'Cơ quan y tế',
    legalBasis: `${local('II')}; mục tiêu theo QĐ 23/QĐ-TTg`,
  },
  {
    code: 'DP.0205',
    name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi',
    group: G.health,
    unit: '%',
    aggregation: 'ratio',
    dimensions: [SEX],
    numeratorCode: 'DP.0203',
    denominatorCode: 'DP.0201',
    factor: 100,
    definition:
      'DP.0203 ÷ DP.0201 × 100. Mục tiêu năm 2025 của Chương trình hành động quốc gia vì trẻ em: 17%.',
    source: 'Tính từ số liệu báo cáo',
    leadBody: 'Cơ quan y tế',
    legalBasis: `${local('II')}; mục tiêu theo QĐ 23/QĐ-TTg`,
  },
  {
    code: 'DP.0206',
    name: 'Số trẻ em dưới 1 tuổi được tiêm chủng đầy đủ',
    group: G.health,
    unit: 'người',
    aggregation: 'sum',
    dimensions: [SEX],
    definition:
      'Số trẻ em dưới 1 tuổi được tiêm đủ các loại vắc xin của Chương trình tiêm chủng mở rộng trong kỳ.',
    source: 'Hệ thống thông tin tiêm chủng quốc gia',
    leadBody: 'Cơ quan y tế',
    legalBasis: local('II'),
  },
  {
    code: 'DP.0207',
    name: 'Số trẻ em tử vong do tai nạn, thương tích (kể cả đuối nước)',
    group: G.health,
    unit: 'người',
    aggregation: 'sum',
    dimensions: [SEX, AGE],
    definition: `Số trẻ em tử vong trong kỳ do mọi loại tai nạn, thương tích, kể cả đuối nước.${AGE_NOTE}`,
    source: 'Báo cáo của cơ sở y tế',
    leadBody: 'Cơ quan y tế',
    legalBasis: `${local('II')}; QĐ 1248/QĐ-TTg`,
  },
  {
    code: 'DP.0208',
    name: 'Số trẻ em tử vong do đuối nước',
    group: G.health,
    unit: 'người',
    aggregation: 'sum',
    dimensions: [SEX, AGE],
    partOfCode: 'DP.0207',
    definition: `Số trẻ em tử vong do đuối nước trong kỳ; là một phần của DP.0207.${AGE_NOTE}`,
    source: 'Báo cáo của công an, cơ sở y tế',
    leadBody: 'Cơ quan công an',
    legalBasis: `${local('II')}; QĐ 1248/QĐ-TTg`,
  },
  {
    code: 'DP.0301',
    name: 'Số trẻ em có hoàn cảnh đặc biệt',
    group: G.protection,
    unit: 'người',
    aggregation: 'last',
    dimensions: [SEX, AGE],
    definition: `Số trẻ em thuộc một trong 14 nhóm hoàn cảnh đặc biệt (Luật Trẻ em 2016, Điều 10) tại thời điểm cuối kỳ.${AGE_NOTE}`,
    source: 'Phần mềm quản lý thông tin trẻ em tại cơ sở',
    leadBody: 'Cơ quan đầu mối công tác trẻ em',
    legalBasis: `${local('III')}; mã cũ 602 theo TT 30/2011/TT-BLĐTBXH`,
  },
  {
    code: 'DP.0302',
    name: 'Số trẻ em có hoàn cảnh đặc biệt được trợ giúp',
    group: G.protection,
    unit: 'người',
    aggregation: 'last',
    dimensions: [SEX, AGE],
    partOfCode: 'DP.0301',
    definition: `Số trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc phù hợp tại thời điểm cuối kỳ; là một phần của DP.0301.${AGE_NOTE}`,
    source: 'Phần mềm quản lý thông tin trẻ em tại cơ sở',
    leadBody: 'Cơ quan đầu mối công tác trẻ em',
    legalBasis: local('III'),
  },
  {
    code: 'DP.0303',
    name: 'Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp',
    group: G.protection,
    unit: '%',
    aggregation: 'ratio',
    dimensions: [SEX, AGE],
    numeratorCode: 'DP.0302',
    denominatorCode: 'DP.0301',
    factor: 100,
    definition:
      'DP.0302 ÷ DP.0301 × 100. Mục tiêu năm 2025 của Chương trình hành động quốc gia vì trẻ em: 90%.',
    source: 'Tính từ số liệu báo cáo',
    leadBody: 'Cơ quan đầu mối công tác trẻ em',
    legalBasis: `${local('III')}; mục tiêu theo QĐ 23/QĐ-TTg`,
  },
  {
    code: 'DP.0304',
    name: 'Tỷ lệ trẻ em có hoàn cảnh đặc biệt',
    group: G.protection,
    unit: '%',
    aggregation: 'ratio',
    dimensions: [],
    numeratorCode: 'DP.0301',
    denominatorCode: 'DP.0101',
    factor: 100,
    definition:
      'DP.0301 ÷ DP.0101 × 100. Mục tiêu năm 2025 của Chương trình hành động quốc gia vì trẻ em: dưới 6,5%.',
    source: 'Tính từ số liệu báo cáo',
    leadBody: 'Cơ quan đầu mối công tác trẻ em',
    legalBasis: `${local('III')}; mục tiêu theo QĐ 23/QĐ-TTg`,
  },
  {
    code: 'DP.0401',
    name: 'Số học sinh bỏ học',
    group: G.education,
    unit: 'người',
    aggregation: 'sum',
    dimensions: [SEX, LEVEL],
    definition: 'Số học sinh bỏ học trong kỳ, theo cấp học.',
    source: 'Thống kê của ngành giáo dục',
    leadBody: 'Cơ quan giáo dục và đào tạo',
    legalBasis: local('IV'),
  },
  {
    code: 'DP.0601',
    name: 'Số trẻ em được tiếp cận kiến thức, kỹ năng tham gia môi trường mạng an toàn',
    group: G.participation,
    unit: 'người',
    aggregation: 'sum',
    dimensions: [SEX, AGE],
    definition: `Số trẻ em được tập huấn, truyền thông về kỹ năng tham gia môi trường mạng an toàn trong kỳ; là tử số của chỉ tiêu 0605.${AGE_NOTE}`,
    source: 'Báo cáo của các cơ quan tổ chức hoạt động',
    leadBody: 'Cơ quan văn hóa, thông tin',
    legalBasis: local('VI'),
  },
  {
    code: '0605',
    name: 'Tỷ lệ trẻ em được tiếp cận kiến thức, kỹ năng tham gia môi trường mạng an toàn',
    group: G.participation,
    unit: '%',
    aggregation: 'ratio',
    dimensions: [],
    numeratorCode: 'DP.0601',
    denominatorCode: 'DP.0101',
    factor: 100,
    definition: 'Số trẻ em được tiếp cận ÷ tổng số trẻ em × 100 (DP.0601 ÷ DP.0101 × 100). Kỳ công bố: năm.',
    source: 'Chế độ báo cáo thống kê',
    leadBody: 'Bộ Thông tin và Truyền thông',
    legalBasis: `${TT13}, Phụ lục I, mã 0605 (đã đối chiếu)`,
  },
  {
    code: 'DP.0701',
    name: 'Số vụ xâm hại trẻ em',
    group: G.abuse,
    unit: 'vụ',
    aggregation: 'sum',
    dimensions: [ENV, FORM],
    definition:
      'Số vụ xâm hại trẻ em được phát hiện, tiếp nhận trong kỳ. Môi trường xâm hại là giả định của hệ thống (chưa đối chiếu danh mục của Thông tư).',
    source: 'Báo cáo của cơ quan công an',
    leadBody: 'Cơ quan công an',
    legalBasis: `Mã địa phương; thuộc Phụ lục II ${TT13}, mã chính thức chưa đối chiếu`,
  },
  {
    code: 'XH.0101',
    name: 'Số trẻ em bị xâm hại',
    group: G.abuse,
    unit: 'người',
    aggregation: 'sum',
    dimensions: [SEX, AGE, ENV, FORM],
    definition: `Số trẻ em bị xâm hại trong kỳ theo các hình thức tại Điều 4 khoản 5 Luật Trẻ em 2016. Môi trường xâm hại là giả định (chưa đối chiếu).${AGE_NOTE}`,
    source: 'Báo cáo của cơ quan công an',
    leadBody: 'Cơ quan công an',
    legalBasis: `${TT13}, Phụ lục II và IV, mã 0101 (đã đối chiếu; tiền tố XH. do hệ thống đặt)`,
  },
  {
    code: 'DP.0801',
    name: 'Số vụ vi phạm hành chính về xâm hại trẻ em bị xử phạt',
    group: G.sanction,
    unit: 'vụ',
    aggregation: 'sum',
    dimensions: [FORM],
    definition:
      'Số vụ vi phạm hành chính đối với các hành vi xâm hại trẻ em đã có quyết định xử phạt trong kỳ.',
    source: 'Báo cáo của cơ quan công an',
    leadBody: 'Cơ quan công an',
    legalBasis: `Mã địa phương; thuộc Phụ lục II ${TT13}, mã chính thức chưa đối chiếu`,
  },
];

/**
 * Who reports what in Lý Sơn: the district agency until 30/6/2025, and its successor in the special
 * zone from 1/7/2025 (org seed successions). Ratios are computed, never assigned.
 */
export const seedAssignments: { code: string; district: string; zone: string }[] = [
  { code: 'DP.0101', district: 'noi-vu', zone: 'dk-vhxh' },
  { code: 'DP.0201', district: 'ttyt', zone: 'ttyt' },
  { code: 'DP.0202', district: 'ttyt', zone: 'ttyt' },
  { code: 'DP.0203', district: 'ttyt', zone: 'ttyt' },
  { code: 'DP.0206', district: 'ttyt', zone: 'ttyt' },
  { code: 'DP.0207', district: 'ttyt', zone: 'ttyt' },
  { code: 'DP.0208', district: 'cong-an', zone: 'dk-ca' },
  { code: 'DP.0301', district: 'noi-vu', zone: 'dk-vhxh' },
  { code: 'DP.0302', district: 'noi-vu', zone: 'dk-vhxh' },
  { code: 'DP.0401', district: 'gddt', zone: 'dk-vhxh' },
  { code: 'DP.0601', district: 'vhkhtt', zone: 'dk-vhxh' },
  { code: 'DP.0701', district: 'cong-an', zone: 'dk-ca' },
  { code: 'XH.0101', district: 'cong-an', zone: 'dk-ca' },
  { code: 'DP.0801', district: 'cong-an', zone: 'dk-ca' },
];

/** 2025 targets: the national programme's levels (QĐ 23/QĐ-TTg), until the district sets its own. */
export const seedTargets2025: { code: string; value: number }[] = [
  { code: 'DP.0204', value: 9 },
  { code: 'DP.0205', value: 17 },
  { code: 'DP.0303', value: 90 },
  { code: 'DP.0304', value: 6.5 },
];

// Which way is better (a design choice, editable in the catalogue; migration 0020 sets the same on
// existing databases): malnutrition, deaths, dropouts and abuse lower; counts of children neutral.
const LOWER = [
  'DP.0202',
  'DP.0203',
  'DP.0204',
  'DP.0205',
  'DP.0207',
  'DP.0208',
  'DP.0304',
  'DP.0401',
  'DP.0701',
  'XH.0101',
];
const NEUTRAL = ['DP.0101', 'DP.0301', 'DP.0801'];
export const seedDirection = (code: string): IndicatorDirection =>
  LOWER.includes(code) ? 'lower' : NEUTRAL.includes(code) ? 'neutral' : 'higher';
