// The agencies of the training story (report-cycle-story.ts) that report after the 10/5 deadline, and the
// one that never does.
import { at, type AgencyStory } from './report-cycle-basics';

export const lateAgencies: AgencyStory[] = [
  // Late: after the 10/5 deadline.
  {
    key: 'cong-an',
    username: 'baocao.congan',
    role: 'police',
    fullName: 'Cán bộ báo cáo – Đồn Công an',
    submitAt: at('2025-05-12', '15:00'),
    tasks: {
      '3': {
        text: 'Tiếp nhận, xử lý 2 vụ xâm hại trẻ em (1 vụ xâm hại tình dục đã khởi tố, 1 vụ bạo lực trong gia đình bị xử phạt vi phạm hành chính); tổ chức 5 buổi tuyên truyền phòng ngừa xâm hại trẻ em trên môi trường mạng tại trường học.',
        figures: [['Vụ xâm hại trẻ em được xử lý', 2, 'vụ']],
      },
      '11': {
        text: 'Cập nhật số liệu về tình hình xâm hại trẻ em và xử lý vi phạm hành chính theo biểu mẫu; đối chiếu dữ liệu trẻ em với Cơ sở dữ liệu quốc gia về dân cư.',
      },
      '6': {
        text: 'Phối hợp Phòng Tư pháp bảo đảm trợ giúp pháp lý cho 2 trẻ em bị hại trong quá trình giải quyết vụ việc.',
      },
      '9': {
        text: 'Xây dựng phương án bảo đảm an ninh trật tự các hoạt động Tháng hành động vì trẻ em; tăng cường tuần tra khu vực bãi tắm để phòng, chống đuối nước.',
      },
    },
    difficulties:
      'Trẻ em bị xâm hại và gia đình còn e ngại trình báo, việc phát hiện vụ việc chủ yếu qua phản ánh của nhà trường.',
    indicators: {
      'DP.0208': { '': 0 },
      'DP.0701': { '': 2, 'env=gia-dinh': 1, 'env=cong-dong': 1, 'form=bao-luc': 1, 'form=tinh-duc': 1 },
      'DP.0801': { '': 1, 'form=bao-luc': 1 },
      'XH.0101': {
        '': 2,
        'sex=nam': 1,
        'sex=nu': 1,
        'age=6-10': 1,
        'age=11-15': 1,
        'env=gia-dinh': 1,
        'env=cong-dong': 1,
        'form=bao-luc': 1,
        'form=tinh-duc': 1,
      },
    },
  },
  {
    key: 'ccb',
    username: 'baocao.ccb',
    role: 'agency_reporter',
    fullName: 'Cán bộ báo cáo – Hội Cựu chiến binh huyện',
    submitAt: at('2025-05-13', '10:00'),
    tasks: {
      '2': {
        text: 'Nói chuyện truyền thống, chủ quyền biển đảo cho 150 học sinh, gắn với giáo dục kỹ năng sống.',
      },
      '3': {
        text: 'Hội viên tham gia tổ an ninh nhân dân, nắm bắt và phản ánh kịp thời nguy cơ xâm hại trẻ em tại khu dân cư.',
      },
    },
  },
  {
    key: 'tckh',
    username: 'baocao.tckh',
    role: 'agency_reporter',
    fullName: 'Cán bộ báo cáo – Phòng TC-KH',
    submitAt: at('2025-05-15', '09:00'),
    tasks: {
      '12': {
        text: 'Tham mưu bố trí 150 triệu đồng từ ngân sách huyện năm 2025 cho công tác trẻ em; hướng dẫn thủ tục thanh, quyết toán kinh phí.',
        figures: [['Kinh phí bố trí từ ngân sách huyện', 150, 'triệu đồng']],
      },
      '9': { text: 'Thẩm định dự toán kinh phí tổ chức Tháng hành động vì trẻ em năm 2025.' },
    },
    difficulties: 'Ngân sách huyện còn hạn hẹp, chưa đáp ứng đủ nhu cầu hỗ trợ trẻ em có hoàn cảnh đặc biệt.',
  },
  // Never sends its report (it appears as missing in the consolidated report).
  {
    key: 'ldld',
    username: 'baocao.ldld',
    role: 'agency_reporter',
    fullName: 'Cán bộ báo cáo – Liên đoàn Lao động huyện',
    tasks: {},
  },
];
