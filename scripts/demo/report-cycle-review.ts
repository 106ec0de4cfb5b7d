// The focal department's side of the training story (report-cycle-story.ts): the report it returns,
// the days it reviews, the reminders, and the consolidated report with the province's answer.
import { at, type Cells, type TaskText } from './report-cycle-story';

/** The report the focal department returns once, and how it comes back corrected. */
export const returned = {
  key: 'ttyt',
  comment:
    'Đề nghị bổ sung số trẻ em dưới 1 tuổi được tiêm chủng đầy đủ (chỉ tiêu DP.0206) và nêu cụ thể kết quả phòng, chống suy dinh dưỡng ở nhiệm vụ 5.',
  correctedAt: at('2025-05-12', '10:00'),
  tasks: {
    '5': {
      text: 'Tiêm chủng đầy đủ cho 182 trẻ em dưới 1 tuổi (đạt 96% kế hoạch 6 tháng); cân, đo 1.760 trẻ em dưới 5 tuổi: suy dinh dưỡng thể nhẹ cân 5,6%, thể thấp còi 10,0%; tư vấn dinh dưỡng cho 240 bà mẹ có con dưới 2 tuổi; không có dịch bệnh lớn ở trẻ em.',
      figures: [
        ['Trẻ em dưới 1 tuổi được tiêm chủng đầy đủ', 182, 'em'],
        ['Bà mẹ được tư vấn dinh dưỡng', 240, 'người'],
      ],
    },
  } as Record<string, TaskText>,
  indicators: { 'DP.0206': { '': 182, 'sex=nam': 95, 'sex=nu': 87 } } as Cells,
};

/** The focal department reads what came in on these days (returning the one above the first time). */
export const reviewDays = [
  at('2025-05-07', '15:00'),
  at('2025-05-09', '10:30'),
  at('2025-05-13', '08:00'),
  at('2025-05-13', '16:00'),
  at('2025-05-15', '14:00'),
];
/** The daily job's reminders (5 days before, and the day after the deadline), and one by hand. */
export const autoReminderDays = ['2025-05-05', '2025-05-11'];
export const manualReminder = {
  at: at('2025-05-12', '08:00'),
  message:
    'Đề nghị các cơ quan, đơn vị chưa gửi báo cáo 6 tháng đầu năm 2025 hoàn thành trước ngày 15/5/2025 để Phòng Nội vụ tổng hợp.',
};

/** Consolidation, the number and date of the UBND report, and the province's answer. */
export const consolidated = {
  generateAt: at('2025-05-15', '16:00'),
  number: '86/BC-UBND',
  reportDate: '2025-05-16',
  submitAt: at('2025-05-16', '10:00'),
  acceptAt: at('2025-05-20', '09:00'),
};
