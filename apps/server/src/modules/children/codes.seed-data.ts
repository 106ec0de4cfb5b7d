import type { CodeCertainty, CodeListName } from '@vte/contracts';

// National code lists of the register as data (docs/children.md, "Code lists"). Each row carries
// the certainty mark of the analyst brief (docs/children.md, Code lists): confirmed, partly, unconfirmed or design; the
// uncertain ones stay editable by an administrator and seeding never overwrites an edited row.

export interface CodeSeed {
  list: CodeListName;
  code: string;
  label: string;
  aliases: string[];
  parentCode: string | null;
  legalBasis: string | null;
  certainty: CodeCertainty;
  sort: number;
}

type Row = [code: string, label: string, aliases?: string[], parent?: string];

function rows(
  list: CodeListName,
  certainty: CodeCertainty,
  legalBasis: string | null,
  items: Row[],
): CodeSeed[] {
  return items.map(([code, label, aliases = [], parent], i) => ({
    list,
    code,
    label,
    aliases,
    parentCode: parent ?? null,
    legalBasis,
    certainty,
    sort: i + 1,
  }));
}

// GSO "Danh mục các dân tộc Việt Nam": 01–20 confirmed, 21–54 and 55/99 partly (spec §2.5).
// Aliases are spellings met in lists; matching also ignores marks, spaces, hyphens and apostrophes.
const ETHNICITY_BASIS = 'Danh mục các dân tộc Việt Nam (Tổng cục Thống kê)';
const ethnicity = [
  ...rows('ethnicity', 'confirmed', ETHNICITY_BASIS, [
    ['01', 'Kinh', ['Việt']],
    ['02', 'Tày'],
    ['03', 'Thái'],
    ['04', 'Mường'],
    ['05', 'Khmer', ['Khơ me', 'Khơ-me', 'Khme', 'Khmer Krôm']],
    ['06', 'Hoa', ['Hán']],
    ['07', 'Nùng'],
    ['08', 'Mông', ["H'Mông", 'Hmông', 'Hmong']],
    ['09', 'Dao'],
    ['10', 'Gia Rai', ['Jrai', 'Jarai', 'Giơ Rai']],
    ['11', 'Ê Đê', ['Ede', 'Rhade']],
    ['12', 'Ba Na', ['Bahnar', 'Ba Nar']],
    ['13', 'Sán Chay', ['Cao Lan', 'Sán Chí', 'Cao Lan - Sán Chí']],
    ['14', 'Chăm', ['Chàm', 'Cham']],
    ['15', 'Cơ Ho', ["K'Ho", 'Koho', 'Cờ Ho']],
    ['16', 'Xơ Đăng', ['Xê Đăng', 'Sê Đăng', 'Sedang']],
    ['17', 'Sán Dìu'],
    ['18', 'Hrê', ["H're", 'Hờ Rê']],
    ['19', 'Ra Glai', ['Raglay', 'Rắc Lây']],
    ['20', 'Mnông', ["M'Nông", 'Mơ Nông']],
  ]).map((r) => ({ ...r, sort: Number(r.code) })),
  ...rows('ethnicity', 'partly', ETHNICITY_BASIS, [
    ['21', 'Thổ'],
    ['22', 'Xtiêng', ["X'Tiêng", 'Xa Điêng', 'Stiêng']],
    ['23', 'Khơ Mú', ['Khmu', "Kh'mú", 'Xá Cẩu']],
    ['24', 'Bru Vân Kiều', ['Vân Kiều', 'Bru - Vân Kiều', 'Bru']],
    ['25', 'Cơ Tu', ['Katu', 'Ca Tu']],
    ['26', 'Giáy'],
    ['27', 'Tà Ôi', ['Pa Cô', 'Pa Kô']],
    ['28', 'Mạ'],
    ['29', 'Giẻ Triêng', ['Gié Triêng', 'Giẻ', 'Triêng']],
    ['30', 'Co', ['Cor']],
    ['31', 'Chơ Ro', ['Châu Ro']],
    ['32', 'Xinh Mun'],
    ['33', 'Hà Nhì'],
    ['34', 'Chu Ru', ['Chu-ru']],
    ['35', 'Lào'],
    ['36', 'La Chí'],
    ['37', 'Kháng'],
    ['38', 'Phù Lá'],
    ['39', 'La Hủ'],
    ['40', 'La Ha'],
    ['41', 'Pà Thẻn', ['Pà Hưng']],
    ['42', 'Lự', ['Lữ']],
    ['43', 'Ngái'],
    ['44', 'Chứt'],
    ['45', 'Lô Lô'],
    ['46', 'Mảng', ['Mảng Ư']],
    ['47', 'Cơ Lao'],
    ['48', 'Bố Y'],
    ['49', 'Cống'],
    ['50', 'Si La'],
    ['51', 'Pu Péo'],
    ['52', 'Rơ Măm'],
    ['53', 'Brâu'],
    ['54', 'Ơ Đu'],
    ['55', 'Người nước ngoài', ['Nước ngoài', 'Ngoại quốc']],
    ['99', 'Không rõ', ['Không xác định', 'Chưa rõ', 'KXĐ']],
  ]).map((r) => ({ ...r, sort: Number(r.code) })),
];

// Luật Trẻ em 2016 Art. 10 k1 (DOMAIN §1, confirmed): letter → NĐ 56/2017 article (3 + index).
const groups = rows('circumstance_group', 'confirmed', 'Luật Trẻ em 2016, Điều 10 khoản 1', [
  // "mồ côi" / "MC" alone are ambiguous (codes.ts AMBIGUOUS_LABELS): not aliases of a.
  ['a', 'Trẻ em mồ côi cả cha và mẹ', ['mồ côi cả cha lẫn mẹ', 'mồ côi cha mẹ', 'mồ côi cả cha mẹ']],
  ['b', 'Trẻ em bị bỏ rơi', ['bỏ rơi', 'BR']],
  ['c', 'Trẻ em không nơi nương tựa', ['không nơi nương tựa', 'KNNT']],
  ['d', 'Trẻ em khuyết tật', ['khuyết tật', 'KT', 'TEKT']],
  ['dd', 'Trẻ em nhiễm HIV/AIDS', ['đ', 'HIV', 'HIV/AIDS', 'nhiễm HIV']],
  ['e', 'Trẻ em vi phạm pháp luật', ['vi phạm pháp luật', 'VPPL']],
  ['g', 'Trẻ em nghiện ma túy', ['nghiện ma túy', 'nghiện ma tuý', 'NMT']],
  [
    'h',
    'Trẻ em phải bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở',
    ['bỏ học kiếm sống', 'bỏ học', 'bỏ học kiếm sống chưa hoàn thành phổ cập THCS'],
  ],
  [
    'i',
    'Trẻ em bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực',
    ['bạo lực', 'bị bạo lực', 'tổn hại do bạo lực'],
  ],
  ['k', 'Trẻ em bị bóc lột', ['bóc lột', 'bị bóc lột']],
  ['l', 'Trẻ em bị xâm hại tình dục', ['xâm hại tình dục', 'XHTD', 'bị xâm hại tình dục']],
  ['m', 'Trẻ em bị mua bán', ['mua bán', 'bị mua bán', 'buôn bán']],
  [
    'n',
    'Trẻ em mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày thuộc hộ nghèo hoặc hộ cận nghèo',
    ['bệnh hiểm nghèo', 'điều trị dài ngày', 'bệnh hiểm nghèo hộ nghèo'],
  ],
  [
    'o',
    'Trẻ em di cư, trẻ em lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người chăm sóc',
    ['di cư', 'lánh nạn', 'tị nạn', 'di cư lánh nạn'],
  ],
]);

const ND56 = 'Nghị định 56/2017/NĐ-CP';
const sub = (certainty: CodeCertainty, article: number, parent: string, items: [string, string][]) =>
  rows(
    'circumstance_subtype',
    certainty,
    `${ND56}, Điều ${article}`,
    items.map(([clause, label]) => [`${article}.${clause}`, label, [], parent] as Row),
  );

// NĐ 56/2017 Arts 3–16 keyed <article>.<clause> (spec §2.2): only what the spec marks is certain.
const subtypes = [
  ...sub('confirmed', 3, 'a', [
    ['1', 'Mồ côi cả cha và mẹ, không có người chăm sóc'],
    [
      '2',
      'Mồ côi cả cha và mẹ, được nuôi dưỡng trong cơ sở cung cấp dịch vụ bảo vệ trẻ em hoặc cơ sở trợ giúp xã hội',
    ],
    ['3', 'Mồ côi cả cha và mẹ, sống với người thân thích'],
    ['4', 'Mồ côi cả cha và mẹ, được chăm sóc thay thế bởi cá nhân, gia đình không phải người thân thích'],
  ]),
  ...sub('confirmed', 4, 'b', [
    ['1', 'Trẻ em bị bỏ rơi chưa được chăm sóc thay thế'],
    ['2', 'Trẻ em bị bỏ rơi được chăm sóc thay thế'],
  ]),
  ...sub('confirmed', 5, 'c', [
    ['1', 'Mồ côi cha hoặc mẹ và người còn lại mất tích'],
    ['2', 'Mồ côi cha hoặc mẹ và người còn lại ở cơ sở trợ giúp xã hội hoặc không còn khả năng nuôi dưỡng'],
  ]),
  ...sub('partly', 5, 'c', [
    ['3', 'Mồ côi cha hoặc mẹ và người còn lại đang chấp hành án phạt tù hoặc biện pháp xử lý hành chính'],
  ]),
  ...sub('unconfirmed', 6, 'd', [
    ['1', 'Trẻ em khuyết tật đặc biệt nặng'],
    ['2', 'Trẻ em khuyết tật nặng'],
    ['3', 'Trẻ em khuyết tật nhẹ'],
  ]),
  ...sub('unconfirmed', 8, 'e', [
    ['1', 'Đang chịu biện pháp giáo dục tại xã, phường, thị trấn'],
    ['2', 'Đang ở trường giáo dưỡng'],
    ['3', 'Đang chịu biện pháp quản lý tại gia đình'],
    ['4', 'Trường hợp vi phạm pháp luật khác'],
  ]),
  ...sub('unconfirmed', 11, 'i', [
    ['1', 'Bị tổn hại nghiêm trọng về thể chất do bạo lực'],
    ['2', 'Bị tổn hại nghiêm trọng về tinh thần do bạo lực'],
  ]),
  ...sub('partly', 12, 'k', [['1', 'Bị bắt buộc tham gia lao động trái quy định của pháp luật về lao động']]),
  ...sub('unconfirmed', 12, 'k', [
    ['2', 'Bị sử dụng để biểu diễn hoặc sản xuất sản phẩm khiêu dâm'],
    ['3', 'Bị sử dụng trong du lịch vì mục đích xâm hại tình dục'],
    ['4', 'Bị sử dụng vào mục đích mại dâm'],
    ['5', 'Bị sử dụng vì mục đích thương mại khác'],
  ]),
  ...sub('confirmed', 13, 'l', [
    ['1', 'Bị hiếp dâm'],
    ['2', 'Bị cưỡng dâm'],
    ['3', 'Bị giao cấu'],
    ['4', 'Bị dâm ô'],
    ['5', 'Bị sử dụng vào mục đích mại dâm, khiêu dâm dưới mọi hình thức'],
  ]),
  ...sub('unconfirmed', 15, 'n', [
    ['1', 'Thuộc hộ nghèo'],
    ['2', 'Thuộc hộ cận nghèo'],
  ]),
  ...sub('unconfirmed', 16, 'o', [
    ['1', 'Trẻ em di cư'],
    ['2', 'Trẻ em lánh nạn, tị nạn'],
  ]),
];

const risks = [
  ...rows('risk', 'unconfirmed', null, [
    ['ho_ngheo', 'Sống trong hộ nghèo / cận nghèo', ['hộ nghèo', 'hộ cận nghèo']],
    ['cha_me_ly_hon', 'Cha mẹ ly hôn / ly thân', ['ly hôn', 'ly thân']],
    ['cha_me_nghien', 'Cha hoặc mẹ / người chăm sóc nghiện ma túy, nghiện rượu', ['cha mẹ nghiện']],
    ['cha_me_tu', 'Cha hoặc mẹ đang chấp hành án phạt tù', ['cha mẹ đi tù']],
  ]),
  ...rows('risk', 'confirmed', 'Nghị định 56/2017/NĐ-CP, Mẫu số 01', [
    ['nguy_co_xam_hai', 'Có nguy cơ bị bạo lực, bóc lột, bỏ rơi', ['nguy cơ bị xâm hại']],
  ]),
  ...rows('risk', 'unconfirmed', null, [
    ['nguy_co_bo_hoc', 'Có nguy cơ bỏ học', ['nguy cơ bỏ học']],
    ['gia_dinh_hiv', 'Sống ở gia đình có người nhiễm HIV', ['gia đình có người nhiễm HIV']],
    ['cha_me_di_xa', 'Cha mẹ đi làm ăn xa, trẻ ở với ông bà / người thân', ['cha mẹ đi làm xa']],
    ['khac', 'Khác'],
  ]),
].map((r, i) => ({ ...r, sort: i + 1 }));

const relations = rows('relation', 'unconfirmed', null, [
  ['cha', 'Cha', ['bố', 'ba']],
  ['me', 'Mẹ', ['má']],
  ['cha_duong', 'Cha dượng', ['bố dượng']],
  ['me_ke', 'Mẹ kế', ['dì ghẻ']],
  ['ong_ba', 'Ông bà nội/ngoại', ['ông', 'bà', 'ông bà', 'ông nội', 'bà nội', 'ông ngoại', 'bà ngoại']],
  ['anh_chi_em', 'Anh chị em ruột', ['anh', 'chị', 'anh ruột', 'chị ruột']],
  ['than_thich', 'Người thân thích khác', ['cô', 'dì', 'chú', 'bác', 'cậu', 'mợ', 'thím']],
  ['giam_ho', 'Người giám hộ', ['giám hộ']],
  ['cham_soc_thay_the', 'Người chăm sóc thay thế', ['chăm sóc thay thế']],
  ['giao_vien', 'Giáo viên/Nhà trường'],
  ['ban_be', 'Bạn bè'],
  ['hang_xom', 'Hàng xóm'],
  ['nguoi_quen', 'Người quen'],
  ['nguoi_la', 'Người lạ'],
  ['khac', 'Khác'],
  ['khong_ro', 'Không rõ'],
]);

// CV 2513/LĐTBXH-TTTT steps (spec §2.7, design), plus "has a number not yet checked".
const idVerification = rows('id_verification', 'design', 'Công văn 2513/LĐTBXH-TTTT', [
  ['chua_co', 'Chưa có số định danh'],
  ['chua_xac_thuc', 'Có số, chưa xác thực'],
  ['sai_dinh_dang', 'Sai định dạng'],
  ['thieu_thong_tin', 'Thiếu/sai thông tin cơ bản'],
  ['da_ra_soat', 'Đã rà soát tại hộ gia đình'],
  ['da_gui_cong_an', 'Đã gửi Công an xã xác thực'],
  ['cong_an_xac_thuc', 'Công an đã xác thực'],
  ['cong_an_tra_lai', 'Công an trả lại (không khớp)'],
  ['da_cap_nhat', 'Đã cập nhật lên hệ thống'],
]);

// Spec §5.2.1: purposes and their basis. Publication and disclosure need the child's consent from 7
// (Law 91/2025 Art. 24); see disclosurePurposes in contracts.
const consentPurposes = rows('consent_purpose', 'design', 'Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15', [
  ['truyen_thong', 'Truyền thông hoạt động (ảnh, tin bài)'],
  ['cong_bo', 'Công bố, tiết lộ thông tin đời sống riêng tư'],
  ['chia_se_to_chuc', 'Chia sẻ với tổ chức hỗ trợ ngoài nhà nước'],
  ['khac', 'Mục đích khác cần đồng ý'],
]);

const accessPurposes = rows('access_purpose', 'design', null, [
  ['quan_ly', 'Quản lý trẻ em theo Luật Trẻ em'],
  ['ho_tro_can_thiep', 'Hỗ trợ, can thiệp theo Nghị định 56/2017/NĐ-CP'],
  ['thong_ke', 'Thống kê, báo cáo'],
  ['lam_sach', 'Rà soát, làm sạch dữ liệu'],
  ['khac', 'Khác'],
]);

const small = [
  ...rows('consent_method', 'design', null, [
    ['van_ban', 'Văn bản có chữ ký'],
    ['bien_ban', 'Trực tiếp, có biên bản'],
    ['dien_tu', 'Điện tử'],
  ]),
  ...rows('schooling', 'unconfirmed', null, [
    ['dang_hoc', 'Đang đi học', ['đi học']],
    ['bo_hoc', 'Bỏ học'],
    ['chua_di_hoc', 'Chưa đi học'],
  ]),
  ...rows('dob_precision', 'design', null, [
    ['day', 'Đủ ngày, tháng, năm'],
    ['month', 'Chỉ tháng và năm'],
    ['year', 'Chỉ năm'],
    ['estimated', 'Ước tính'],
  ]),
  ...rows('residence_kind', 'partly', 'Nghị định 356/2025/NĐ-CP (dữ liệu cơ bản)', [
    ['thuong_tru', 'Nơi thường trú'],
    ['tam_tru', 'Nơi tạm trú'],
    ['hien_tai', 'Nơi ở hiện tại'],
  ]),
];

export const codeSeeds: readonly CodeSeed[] = [
  ...ethnicity,
  ...groups,
  ...subtypes.map((r, i) => ({ ...r, sort: i + 1 })),
  ...risks,
  ...relations,
  ...idVerification,
  ...consentPurposes,
  ...accessPurposes,
  ...small,
];
