// Deterministic Vietnamese text and names for the reports scenario: agency names of a district or a
// commune, narratives of 300–1500 characters per task entry, difficulties and proposals.

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rnd = () => number;
export const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
export const between = (rnd: Rnd, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

/** 40 agencies a district plan names: departments, services, mass organisations, commune committees. */
export const DISTRICT_AGENCIES = [
  'Phòng Nội vụ',
  'Phòng Giáo dục và Đào tạo',
  'Phòng Văn hóa, Khoa học và Thông tin',
  'Phòng Tư pháp',
  'Phòng Tài chính - Kế hoạch',
  'Phòng Y tế',
  'Phòng Lao động - Thương binh và Xã hội',
  'Phòng Kinh tế - Hạ tầng',
  'Phòng Tài nguyên và Môi trường',
  'Văn phòng HĐND và UBND huyện',
  'Công an huyện',
  'Trung tâm Y tế huyện',
  'Trung tâm Văn hóa - Thể thao và Truyền thông',
  'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên',
  'Ban Chỉ huy Quân sự huyện',
  'Tòa án nhân dân huyện',
  'Viện Kiểm sát nhân dân huyện',
  'Chi cục Thi hành án dân sự',
  'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
  'Huyện đoàn',
  'Hội Liên hiệp Phụ nữ huyện',
  'Hội Nông dân huyện',
  'Hội Cựu chiến binh huyện',
  'Hội Chữ thập đỏ huyện',
  'Liên đoàn Lao động huyện',
  'Hội Khuyến học huyện',
  'Bảo hiểm xã hội huyện',
  'Ngân hàng Chính sách xã hội huyện',
  'Đồn Biên phòng',
  'Trường Phổ thông Dân tộc nội trú huyện',
  ...[
    'An Hải',
    'An Vĩnh',
    'An Bình',
    'Bình Hải',
    'Bình Châu',
    'Tịnh Hòa',
    'Tịnh Kỳ',
    'Bình Thạnh',
    'Bình Đông',
    'Bình Trị',
  ].map((c) => `Ủy ban nhân dân xã ${c}`),
] as const;

/** 40 bodies of a commune (two-tier local government after 7/2025). */
export const COMMUNE_AGENCIES = [
  'Ủy ban nhân dân xã',
  'Phòng Văn hóa - Xã hội',
  'Phòng Kinh tế',
  'Văn phòng HĐND và UBND',
  'Công an xã',
  'Trạm Y tế',
  'Ban Chỉ huy Quân sự',
  'Trung tâm Phục vụ hành chính công',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Hội Liên hiệp Phụ nữ',
  'Hội Nông dân',
  'Hội Cựu chiến binh',
  'Hội Chữ thập đỏ',
  'Hội Khuyến học',
  'Hội Người cao tuổi',
  'Trường Mầm non Hoa Sen',
  'Trường Mầm non Sơn Ca',
  'Trường Tiểu học số 1',
  'Trường Tiểu học số 2',
  'Trường Tiểu học số 3',
  'Trường Trung học cơ sở',
  'Trường Trung học phổ thông',
  'Nhà Văn hóa xã',
  'Đài Truyền thanh xã',
  'Ban Công tác Mặt trận thôn 1',
  'Ban Công tác Mặt trận thôn 2',
  'Ban Công tác Mặt trận thôn 3',
  'Ban Công tác Mặt trận thôn 4',
  'Ban Công tác Mặt trận thôn 5',
  'Chi hội Phụ nữ thôn 1',
  'Chi hội Phụ nữ thôn 2',
  'Chi đoàn thôn 1',
  'Chi đoàn thôn 2',
  'Tổ hòa giải cơ sở',
  'Tổ bảo vệ an ninh trật tự',
  'Cộng tác viên công tác trẻ em',
  'Câu lạc bộ Quyền tham gia của trẻ em',
  'Hợp tác xã Dịch vụ nông nghiệp',
  'Quỹ Tín dụng nhân dân',
] as const;

const SYL1 = ['An', 'Bình', 'Hòa', 'Phước', 'Tân', 'Thạnh', 'Long', 'Phú', 'Mỹ', 'Đức'];
const SYL2 = ['Hải', 'Sơn', 'Lợi', 'Thuận', 'Trung', 'Hưng', 'Lộc', 'Thành', 'Khánh', 'Điền'];
export const communeName = (n: number) =>
  `${SYL1[n % 10]} ${SYL2[Math.floor(n / 10) % 10]}${n >= 100 ? ` ${Math.floor(n / 100) + 1}` : ''}`;

const OPENINGS = [
  'Trong kỳ báo cáo, đơn vị đã chủ động triển khai các nội dung được giao theo Kế hoạch.',
  'Thực hiện Kế hoạch của Ủy ban nhân dân, đơn vị đã ban hành văn bản hướng dẫn và phân công cán bộ phụ trách.',
  'Bám sát chỉ đạo của cấp trên, đơn vị đã lồng ghép nội dung bảo vệ, chăm sóc trẻ em vào chương trình công tác.',
  'Ngay từ đầu năm, đơn vị đã xây dựng kế hoạch chi tiết và tổ chức quán triệt đến toàn thể cán bộ, công chức.',
];
const SENTENCES = [
  'Tổ chức {n} buổi truyền thông về phòng, chống xâm hại, bạo lực trẻ em với sự tham gia của {m} lượt cha mẹ và học sinh.',
  'Phối hợp với nhà trường rà soát, lập danh sách {n} trẻ em có hoàn cảnh đặc biệt để kịp thời hỗ trợ.',
  'Trao {n} suất quà cho trẻ em nghèo, trẻ em khuyết tật với tổng giá trị {m} triệu đồng từ nguồn vận động xã hội hóa.',
  'Kiểm tra {n} cơ sở kinh doanh dịch vụ internet, trò chơi điện tử, nhắc nhở các chủ cơ sở không để trẻ em chơi quá giờ quy định.',
  'Duy trì hoạt động của {n} câu lạc bộ kỹ năng sống, thu hút {m} em tham gia sinh hoạt định kỳ hằng tháng.',
  'Phát {n} tờ rơi, treo {m} băng rôn tuyên truyền về Tổng đài điện thoại quốc gia bảo vệ trẻ em 111.',
  'Tổ chức lớp tập huấn cho {n} cộng tác viên, cán bộ làm công tác trẻ em ở thôn, tổ dân phố về kỹ năng nhận diện và báo cáo vụ việc.',
  'Tiếp nhận và phối hợp xử lý {n} vụ việc liên quan đến trẻ em, không để phát sinh vụ việc phức tạp kéo dài.',
  'Cập nhật thông tin của {m} trẻ em vào cơ sở dữ liệu về trẻ em, bảo đảm đầy đủ, chính xác theo hướng dẫn.',
  'Tổ chức tiêm chủng đầy đủ cho {m} trẻ em dưới 1 tuổi, cân, đo theo dõi tăng trưởng cho {n} trẻ em dưới 5 tuổi.',
  'Phối hợp tổ chức Tháng hành động vì trẻ em với nhiều hoạt động thiết thực như vui chơi, văn nghệ, thể thao cho {m} em.',
  'Vận động {n} trẻ em bỏ học trở lại lớp, phối hợp với gia đình theo dõi việc học tập của các em.',
  'Tuần tra, kiểm soát bảo đảm an toàn cho trẻ em tại các khu vực bãi tắm, hồ, ao; tổ chức {n} lớp dạy bơi cho {m} em.',
  'Lồng ghép nội dung quyền trẻ em vào {n} buổi sinh hoạt chi hội, tổ dân phố với khoảng {m} lượt người tham dự.',
];
const CLOSINGS = [
  'Nhìn chung, các nhiệm vụ được giao cơ bản hoàn thành đúng tiến độ, góp phần bảo đảm quyền của trẻ em trên địa bàn.',
  'Tuy nhiên, nguồn lực còn hạn chế nên một số hoạt động chưa được triển khai thường xuyên; đơn vị sẽ tiếp tục thực hiện trong kỳ tới.',
  'Kết quả thực hiện được tổng hợp từ báo cáo của các bộ phận chuyên môn và các thôn, tổ dân phố.',
];

/** A narrative of about `target` characters (300–1500), ending on a full sentence. */
export function narrative(rnd: Rnd, target: number): string {
  const fill = (s: string) =>
    s.replace('{n}', String(between(rnd, 2, 30))).replace('{m}', String(between(rnd, 40, 900)));
  const parts = [pick(rnd, OPENINGS)];
  let len = parts[0]!.length;
  while (len < target - 120) {
    const s = fill(pick(rnd, SENTENCES));
    parts.push(s);
    len += s.length + 1;
  }
  const end = pick(rnd, CLOSINGS);
  if (len + end.length < 1500) parts.push(end);
  return parts.join(' ');
}

export const DIFFICULTIES = [
  'Kinh phí bố trí cho công tác trẻ em còn hạn chế; cán bộ làm công tác trẻ em kiêm nhiệm nhiều việc.',
  'Một bộ phận cha mẹ còn chưa quan tâm đúng mức đến việc chăm sóc, giáo dục và bảo vệ con em mình.',
  'Cơ sở vật chất phục vụ vui chơi, giải trí cho trẻ em ở các thôn còn thiếu, chưa đáp ứng nhu cầu.',
];
export const PROPOSALS = [
  'Đề nghị cấp trên quan tâm bố trí kinh phí và tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác trẻ em.',
  'Đề nghị tăng cường phối hợp liên ngành trong tiếp nhận, xử lý thông tin về trẻ em có nguy cơ bị xâm hại.',
];
