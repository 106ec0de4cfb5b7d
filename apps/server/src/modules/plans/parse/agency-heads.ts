// Words that open the name of an agency or of a group of agencies. The splitter uses them to decide
// whether a comma or "và" starts a new agency ("…, Phòng Nội vụ") or continues the current name
// ("Phòng Văn hóa, Khoa học và Thông tin").

// Multi-word heads are unambiguous in any case.
const HEAD_ANY_CASE =
  /^(?:các|trung tâm|văn phòng|công an|ủy ban|uỷ ban|huyện đoàn|tỉnh đoàn|thành đoàn|huyện ủy|huyện uỷ|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|đảng ủy|đảng uỷ|bệnh viện|chi cục|tổng cục|liên đoàn|mặt trận|ngân hàng|bảo hiểm|kho bạc|thanh tra|tòa án|toà án|viện kiểm sát|ban chỉ huy|ban chỉ đạo|ban quản lý|hội đồng|thường trực|đài truyền thanh|chi nhánh|cơ quan|đơn vị|lực lượng|tổ chức|doanh nghiệp|cổng thông tin|ubnd|hđnd|ubmttq|mttq|bchqs|cán bộ|công chức|chủ tịch|lãnh đạo)(?=[\s,;.]|$)/iu;
// Single-word heads need a capital ("Hội Liên hiệp Phụ nữ") or a capitalised next word
// ("phòng Tư pháp"), so that "phòng, chống" or "hội đoàn thể" inside prose stay untouched.
const HEAD_CAPITAL =
  /^(?:Phòng|Sở|Ban|Đồn|Hội|Đoàn|Trường|Trạm|Viện|Cục|Bộ|Đội|Đài|Nhà|Hạt|Chi hội|Chi đoàn|Cổng|Báo(?!\s+cáo)|Tổ(?!\s+quốc)|Quỹ|Bảo tàng|Thư viện)(?=[\s,;.]|$)/u;
const HEAD_LOWER_THEN_CAPITAL = /^(?:phòng|sở|ban|đồn|hội|đoàn|trường|trạm|đội|cục|viện)\s+\p{Lu}/u;

export function startsWithAgencyHead(s: string): boolean {
  const t = s.trimStart();
  return HEAD_ANY_CASE.test(t) || HEAD_CAPITAL.test(t) || HEAD_LOWER_THEN_CAPITAL.test(t);
}

/**
 * Official names that contain a comma or "và" followed by a capitalised word. The heuristics
 * already keep most of them whole; listing them makes the common ones certain. Matching ignores
 * case, dash style and tone-mark placement.
 */
export const BUILT_IN_AGENCY_NAMES: readonly string[] = [
  'Phòng Văn hóa, Khoa học và Thông tin',
  'Phòng Văn hóa và Thông tin',
  'Phòng Văn hóa - Xã hội',
  'Phòng Giáo dục và Đào tạo',
  'Phòng Tài chính - Kế hoạch',
  'Phòng Lao động - Thương binh và Xã hội',
  'Phòng Tài nguyên và Môi trường',
  'Phòng Nông nghiệp và Môi trường',
  'Phòng Nông nghiệp và Phát triển nông thôn',
  'Phòng Kinh tế và Hạ tầng',
  'Phòng Kinh tế, Hạ tầng và Đô thị',
  'Phòng Y tế',
  'Trung tâm Truyền thông - Văn hóa - Thể thao',
  'Trung tâm Văn hóa, Thông tin và Thể thao',
  'Trung tâm Văn hóa - Thể thao và Truyền thanh',
  'Trung tâm Y tế quân - dân y',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Văn phòng HĐND và UBND',
  'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Giáo dục và Đào tạo',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Văn hóa và Thể thao',
  'Sở Thông tin và Truyền thông',
  'Sở Khoa học và Công nghệ',
  'Sở Tài nguyên và Môi trường',
  'Sở Nông nghiệp và Môi trường',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Kế hoạch và Đầu tư',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Hội Liên hiệp Phụ nữ',
  'Ban Chỉ huy Quân sự',
];
