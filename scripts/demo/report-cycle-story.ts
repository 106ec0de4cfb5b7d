// The story that `npm run cli -- demo:report-cycle` plays: the six-month report of 2025 in Lý Sơn,
// agency by agency, on its 2025 dates. Data only; scripts/demo/report-cycle.ts replays it through
// the services. Times are UTC (09:00 in Vietnam is 02:00Z). Figures are plausible for an island
// district of about 22,000 people, and consistent: parts never exceed totals, and the narratives
// quote the same numbers as the indicators.

import { at, type AgencyStory } from './report-cycle-basics';
import { lateAgencies } from './report-cycle-late';

export * from './report-cycle-basics';

/** Progress updates during the half-year: they pre-fill the report form. */
export const progress = [
  {
    key: 'gddt',
    task: '4',
    at: at('2025-03-18', '15:00'),
    text: 'Rà soát học sinh có nguy cơ bỏ học sau Tết Nguyên đán; đã vận động 3 em trở lại lớp.',
  },
  {
    key: 'huyen-doan',
    task: '8',
    at: at('2025-04-02', '16:00'),
    text: 'Duy trì 4 câu lạc bộ “Thủ lĩnh của sự thay đổi” trong các trường THCS và THPT.',
  },
];

export const agencies: AgencyStory[] = [
  {
    key: 'noi-vu',
    username: 'noivu.canbo',
    role: 'focal_officer',
    fullName: 'Cán bộ Phòng Nội vụ (đầu mối công tác trẻ em)',
    draftAt: at('2025-05-05', '16:30'),
    submitAt: at('2025-05-07', '10:00'),
    tasks: {
      '1': {
        text: 'Tham mưu UBND huyện ban hành Kế hoạch triển khai công tác trẻ em năm 2025; hướng dẫn các phòng, ban, đoàn thể lồng ghép mục tiêu của Chương trình hành động vì trẻ em, phòng, chống tai nạn, thương tích và phòng, chống bạo lực, xâm hại trẻ em vào kế hoạch của đơn vị.',
      },
      '2': {
        text: 'Phối hợp Trung tâm Truyền thông – Văn hóa – Thể thao tổ chức 6 buổi truyền thông tại khu dân cư về kỹ năng làm cha mẹ, phòng, chống xâm hại trẻ em và Tổng đài điện thoại quốc gia bảo vệ trẻ em 111; cấp phát 1.200 tờ rơi.',
        figures: [
          ['Buổi truyền thông tại khu dân cư', 6, 'buổi'],
          ['Tờ rơi được cấp phát', 1200, 'tờ'],
        ],
      },
      '3': {
        text: 'Phối hợp Đồn Công an thăm hỏi, hỗ trợ 2 trẻ em bị xâm hại và gia đình; hướng dẫn gia đình tiếp cận dịch vụ tư vấn tâm lý.',
      },
      '4': {
        text: 'Phối hợp Phòng Giáo dục và Đào tạo rà soát trẻ em có hoàn cảnh khó khăn có nguy cơ bỏ học, đề xuất hỗ trợ học bổng cho 18 em.',
      },
      '5': {
        text: 'Rà soát, lập danh sách 46 trẻ em có hoàn cảnh đặc biệt; 43 em được trợ giúp, chăm sóc phù hợp (trợ cấp xã hội hằng tháng, bảo hiểm y tế, quà tặng).',
      },
      '9': {
        text: 'Tham mưu UBND huyện Kế hoạch tổ chức Tháng hành động vì trẻ em năm 2025 với chủ đề “Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em”; chuẩn bị Lễ phát động ngày 31/5/2025 tại Nhà Văn hóa huyện, kết hợp trao quà cho trẻ em có hoàn cảnh khó khăn.',
      },
      '10': {
        text: 'Chủ trì kiểm tra việc thực hiện chính sách trợ giúp xã hội đối với trẻ em tại 3 thôn; không phát hiện sai phạm, nhắc nhở cập nhật hồ sơ của 5 trường hợp.',
      },
      '11': {
        text: 'Thu thập chỉ tiêu thống kê trẻ em 6 tháng đầu năm; cập nhật thông tin 6.480 trẻ em vào phần mềm quản lý thông tin trẻ em, làm sạch 312 bản ghi trùng lặp, sai lệch theo Cơ sở dữ liệu quốc gia về dân cư.',
        figures: [
          ['Trẻ em được cập nhật thông tin', 6480, 'em'],
          ['Bản ghi được làm sạch', 312, 'bản ghi'],
        ],
      },
      '12': {
        text: 'Phối hợp Huyện đoàn vận động doanh nghiệp, nhà hảo tâm hỗ trợ 65 suất quà và 12 suất học bổng cho trẻ em có hoàn cảnh đặc biệt, tổng giá trị 78 triệu đồng.',
        figures: [['Kinh phí vận động', 78, 'triệu đồng']],
      },
      '13': {
        text: 'Đôn đốc các cơ quan, đơn vị báo cáo kết quả 6 tháng; chuẩn bị sơ kết Chương trình hành động vì trẻ em giai đoạn 2021 - 2025.',
      },
    },
    difficulties:
      'Công tác trẻ em do 01 công chức kiêm nhiệm; các thôn chưa có người làm công tác bảo vệ trẻ em chuyên trách.',
    proposals:
      'Đề nghị Sở Y tế tổ chức tập huấn nghiệp vụ quản lý trường hợp trẻ em có hoàn cảnh đặc biệt cho cộng tác viên thôn.',
    indicators: {
      'DP.0101': {
        '': 6480,
        'sex=nam': 3350,
        'sex=nu': 3130,
        'age=0-5': 2150,
        'age=6-10': 2240,
        'age=11-15': 2090,
      },
      'DP.0301': { '': 46, 'sex=nam': 27, 'sex=nu': 19, 'age=0-5': 8, 'age=6-10': 17, 'age=11-15': 21 },
      'DP.0302': { '': 43, 'sex=nam': 25, 'sex=nu': 18, 'age=0-5': 7, 'age=6-10': 16, 'age=11-15': 20 },
    },
  },
  {
    key: 'gddt',
    username: 'baocao.gddt',
    role: 'agency_reporter',
    fullName: 'Cán bộ báo cáo – Phòng GD&ĐT',
    submitAt: at('2025-05-05', '14:00'),
    tasks: {
      '4': {
        text: 'Rà soát học sinh có nguy cơ bỏ học sau Tết Nguyên đán; đã vận động 3 em trở lại lớp. Toàn huyện còn 5 học sinh bỏ học (3 THCS, 2 THPT); 100% trường học duy trì mô hình trường học an toàn, thân thiện, không có bạo lực học đường.',
        figures: [['Học sinh được vận động trở lại lớp', 3, 'em']],
      },
      '2': {
        text: 'Lồng ghép giáo dục kỹ năng sống, phòng, chống xâm hại trẻ em vào 42 tiết sinh hoạt dưới cờ; phổ biến Tổng đài 111 đến học sinh toàn huyện.',
      },
      '3': {
        text: 'Phối hợp Đồn Công an tổ chức 4 buổi tuyên truyền phòng ngừa xâm hại trẻ em trên môi trường mạng cho học sinh THCS.',
      },
      '5': {
        text: 'Phối hợp Trung tâm Y tế khám sức khỏe định kỳ cho 2.950 học sinh; duy trì bữa ăn bán trú bảo đảm dinh dưỡng tại các trường mầm non.',
        figures: [['Học sinh được khám sức khỏe', 2950, 'em']],
      },
      '7': { text: 'Tổ chức Hội thi văn nghệ, thể thao học sinh cấp huyện với 320 em tham gia.' },
      '8': { text: 'Duy trì Câu lạc bộ quyền tham gia của trẻ em tại 2 trường THCS.' },
    },
    indicators: {
      'DP.0401': { '': 5, 'sex=nam': 3, 'sex=nu': 2, 'level=tieu-hoc': 0, 'level=thcs': 3, 'level=thpt': 2 },
    },
  },
  {
    key: 'vhkhtt',
    username: 'baocao.vhkhtt',
    role: 'agency_reporter',
    fullName: 'Cán bộ báo cáo – Phòng VH, KH&TT',
    submitAt: at('2025-05-06', '10:30'),
    tasks: {
      '7': {
        text: 'Kiểm tra 12 cơ sở kinh doanh dịch vụ internet, trò chơi điện tử; nhắc nhở 2 cơ sở để trẻ em chơi quá giờ quy định; đưa sân chơi thiếu nhi tại Nhà Văn hóa huyện vào hoạt động cuối tuần.',
        figures: [['Cơ sở được kiểm tra', 12, 'cơ sở']],
      },
      '9': {
        text: 'Phối hợp Phòng Nội vụ xây dựng chương trình Tháng hành động vì trẻ em; chuẩn bị các hoạt động văn hóa, thể thao dịp hè gắn với các sự kiện văn hóa, du lịch của địa phương.',
      },
      '2': {
        text: 'Đăng 14 tin, bài về quyền trẻ em, kỹ năng làm cha mẹ và Tổng đài 111 trên Cổng thông tin điện tử huyện.',
      },
      '3': {
        text: 'Phối hợp các trường tổ chức chuyên đề an toàn cho trẻ em trên môi trường mạng cho 1.250 học sinh.',
      },
    },
    indicators: {
      'DP.0601': { '': 1250, 'sex=nam': 640, 'sex=nu': 610, 'age=0-5': 0, 'age=6-10': 520, 'age=11-15': 730 },
    },
  },
  {
    key: 'ttvhtt',
    username: 'baocao.ttvhtt',
    role: 'agency_reporter',
    fullName: 'Cán bộ báo cáo – Trung tâm TT-VH-TT',
    submitAt: at('2025-05-06', '15:00'),
    tasks: {
      '2': {
        text: 'Phát 45 tin, bài trên hệ thống truyền thanh về phòng, chống đuối nước, phòng, chống xâm hại trẻ em và Tổng đài 111; treo 20 băng rôn, khẩu hiệu.',
        figures: [['Tin, bài phát thanh', 45, 'tin, bài']],
      },
      '7': {
        text: 'Chuẩn bị lớp dạy bơi an toàn, phòng, chống đuối nước cho 150 trẻ em dịp hè; tổ chức giải bóng đá thiếu niên với 8 đội tham gia.',
      },
      '9': { text: 'Xây dựng chương trình văn nghệ Lễ phát động Tháng hành động vì trẻ em.' },
    },
  },
  {
    key: 'tu-phap',
    username: 'baocao.tuphap',
    role: 'agency_reporter',
    fullName: 'Cán bộ báo cáo – Phòng Tư pháp',
    submitAt: at('2025-05-08', '09:30'),
    tasks: {
      '6': {
        text: 'Thực hiện 4 vụ việc trợ giúp pháp lý cho trẻ em và người đại diện; tổ chức 2 buổi phổ biến Luật Trẻ em, Luật Hôn nhân và gia đình; 6 tháng đầu năm không phát sinh hồ sơ nuôi con nuôi.',
        figures: [['Vụ việc trợ giúp pháp lý', 4, 'vụ việc']],
      },
      '11': { text: 'Cung cấp số liệu đăng ký khai sinh: 196 trẻ em được đăng ký khai sinh đúng hạn.' },
    },
  },
  {
    key: 'vp',
    username: 'baocao.vanphong',
    role: 'agency_reporter',
    fullName: 'Cán bộ báo cáo – Văn phòng HĐND và UBND',
    submitAt: at('2025-05-08', '14:30'),
    tasks: {
      '5': {
        text: 'Tham mưu UBND huyện chỉ đạo Trung tâm Y tế triển khai tiêm chủng mở rộng và chiến dịch bổ sung vitamin A; theo dõi việc chăm sóc trẻ em mồ côi, không nơi nương tựa.',
      },
      '13': {
        text: 'Theo dõi việc thực hiện chế độ báo cáo của các cơ quan, đơn vị; trình UBND huyện ban hành 3 văn bản chỉ đạo về công tác trẻ em.',
      },
      '10': {
        text: 'Cử công chức tham gia đoàn kiểm tra việc thực hiện chính sách đối với trẻ em do Phòng Nội vụ chủ trì.',
      },
    },
  },
  {
    key: 'ttyt',
    username: 'baocao.ttyt',
    role: 'agency_reporter',
    fullName: 'Cán bộ báo cáo – TTYT quân - dân y',
    submitAt: at('2025-05-08', '16:00'),
    tasks: {
      '5': {
        text: 'Triển khai tiêm chủng mở rộng cho trẻ em dưới 1 tuổi; tổ chức cân, đo cho 1.760 trẻ em dưới 5 tuổi.',
      },
      '1': {
        text: 'Tuyên truyền phòng, chống tai nạn, thương tích và sơ cứu đuối nước cho 6 nhóm cha mẹ tại khu dân cư.',
      },
      '11': {
        text: 'Cung cấp số liệu trẻ em tử vong do tai nạn, thương tích: 1 trường hợp (tai nạn giao thông).',
      },
    },
    indicators: {
      'DP.0201': { '': 1760, 'sex=nam': 905, 'sex=nu': 855 },
      'DP.0202': { '': 98, 'sex=nam': 52, 'sex=nu': 46 },
      'DP.0203': { '': 176, 'sex=nam': 94, 'sex=nu': 82 },
      'DP.0207': { '': 1, 'sex=nam': 1, 'sex=nu': 0, 'age=0-5': 0, 'age=6-10': 0, 'age=11-15': 1 },
    },
    noValue: { 'DP.0206': 'Đang tổng hợp số liệu tiêm chủng tháng 4 từ các điểm tiêm.' },
  },
  {
    key: 'huyen-doan',
    username: 'baocao.huyendoan',
    role: 'agency_reporter',
    fullName: 'Cán bộ báo cáo – Huyện đoàn',
    submitAt: at('2025-05-09', '08:30'),
    tasks: {
      '8': {
        text: 'Tổ chức Diễn đàn trẻ em huyện năm 2025 với 80 đại biểu trẻ em, ghi nhận 12 ý kiến, kiến nghị gửi UBND huyện; duy trì 4 câu lạc bộ “Thủ lĩnh của sự thay đổi” trong các trường THCS và THPT.',
        figures: [['Trẻ em tham gia Diễn đàn', 80, 'em']],
      },
      '12': {
        text: 'Vận động 12 suất học bổng “Nâng bước em đến trường” và 40 suất quà cho thiếu nhi có hoàn cảnh khó khăn, trị giá 46 triệu đồng.',
        figures: [['Giá trị học bổng, quà', 46, 'triệu đồng']],
      },
      '2': { text: 'Tổ chức 3 buổi sinh hoạt kỹ năng sống, phòng, chống đuối nước cho đội viên, thiếu nhi.' },
      '9': {
        text: 'Chuẩn bị chương trình “Ngày hội thiếu nhi vui khỏe” hưởng ứng Tháng hành động vì trẻ em.',
      },
    },
    proposals: 'Đề nghị bố trí kinh phí duy trì các câu lạc bộ trẻ em trong dịp hè.',
  },
  {
    key: 'phu-nu',
    username: 'baocao.phunu',
    role: 'agency_reporter',
    fullName: 'Cán bộ báo cáo – Hội LHPN huyện',
    submitAt: at('2025-05-09', '10:00'),
    tasks: {
      '2': {
        text: 'Lồng ghép tuyên truyền kỹ năng làm cha mẹ, phòng, chống bạo lực gia đình và xâm hại trẻ em trong 14 buổi sinh hoạt chi hội với 620 lượt hội viên.',
        figures: [['Lượt hội viên được tuyên truyền', 620, 'lượt']],
      },
      '5': {
        text: 'Vận động hội viên đưa trẻ đi tiêm chủng đúng lịch; duy trì mô hình “Góc dinh dưỡng” tại 3 chi hội.',
      },
      '12': { text: 'Trao 25 suất quà cho trẻ em mồ côi, trẻ em có hoàn cảnh khó khăn.' },
    },
  },
  {
    key: 'mttq',
    username: 'baocao.mttq',
    role: 'agency_reporter',
    fullName: 'Cán bộ báo cáo – Ủy ban MTTQVN huyện',
    submitAt: at('2025-05-09', '14:00'),
    tasks: {
      '1': {
        text: 'Gắn phong trào “Toàn dân chăm sóc, giáo dục và bảo vệ trẻ em” với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” tại các khu dân cư.',
      },
      '10': { text: 'Tham gia giám sát việc thực hiện chính sách hỗ trợ trẻ em có hoàn cảnh đặc biệt.' },
      '12': { text: 'Trích Quỹ “Vì người nghèo” hỗ trợ 10 triệu đồng sửa nhà cho 1 hộ nuôi trẻ em mồ côi.' },
    },
  },
  {
    key: 'nong-dan',
    username: 'baocao.nongdan',
    role: 'agency_reporter',
    fullName: 'Cán bộ báo cáo – Hội Nông dân huyện',
    submitAt: at('2025-05-09', '16:30'),
    tasks: {
      '2': {
        text: 'Tuyên truyền phòng, chống lao động trẻ em trái quy định trong sản xuất hành, tỏi tại 8 buổi sinh hoạt chi hội.',
      },
      '12': { text: 'Vận động hội viên hỗ trợ 15 suất quà cho trẻ em thuộc hộ nghèo.' },
    },
  },
  ...lateAgencies,
];

export const others = [
  {
    username: 'lanhdao.ubnd',
    role: 'leader' as const,
    agency: 'ubnd',
    fullName: 'Lãnh đạo UBND huyện (xem tổng quan)',
    province: false,
  },
  {
    username: 'tinh.soyte',
    role: 'focal_officer' as const,
    agency: 'so-yt',
    fullName: 'Cán bộ Sở Y tế tỉnh Quảng Ngãi',
    province: true,
  },
];
