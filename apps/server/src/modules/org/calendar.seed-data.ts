// The working calendar's starting data (docs/working-calendar.md). Fixed-date public holidays are the
// Labour Code's (Bộ luật Lao động 2019, Art. 112: 1/1, 30/4, 1/5, 2/9 — marked confirmed). Tết, the
// Hùng Kings' day, the day beside 2/9, compensatory days and swaps are announced each year by the
// Government and the Ministry of Home Affairs: the dates below are this project's reading of those
// announcements, not checked against the signed text — `confirmed: false` until an administrator
// checks them on the calendar screen. Years not listed here are entered there.

export interface SeedCalendarDay {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
  confirmed: boolean;
}

const LAW = 'Bộ luật Lao động 2019, Điều 112';
export const CALENDAR_SEED_SOURCE = `${LAW}; các ngày khác: thông báo nghỉ lễ, Tết hằng năm (chưa đối chiếu)`;

const fixed = (year: number): SeedCalendarDay[] => [
  { date: `${year}-01-01`, kind: 'holiday', name: 'Tết Dương lịch', confirmed: true },
  { date: `${year}-04-30`, kind: 'holiday', name: 'Ngày Chiến thắng (30/4)', confirmed: true },
  { date: `${year}-05-01`, kind: 'holiday', name: 'Ngày Quốc tế Lao động (1/5)', confirmed: true },
  { date: `${year}-09-02`, kind: 'holiday', name: 'Quốc khánh (2/9)', confirmed: true },
];
const off = (date: string, name: string): SeedCalendarDay => ({
  date,
  kind: 'holiday',
  name,
  confirmed: false,
});
const work = (date: string, name: string): SeedCalendarDay => ({
  date,
  kind: 'workday',
  name,
  confirmed: false,
});

export const CALENDAR_SEED: Readonly<Record<number, SeedCalendarDay[]>> = {
  2025: [
    ...fixed(2025),
    off('2025-01-27', 'Nghỉ Tết Nguyên đán (hoán đổi, làm bù thứ Bảy 08/02)'),
    ...['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((d) => off(d, 'Tết Nguyên đán Ất Tỵ')),
    work('2025-02-08', 'Làm bù cho thứ Hai 27/01'),
    off('2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    off('2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04)'),
    work('2025-04-26', 'Làm bù cho thứ Sáu 02/05'),
    off('2025-09-01', 'Nghỉ Quốc khánh (ngày liền kề)'),
  ],
  2026: [
    ...fixed(2026),
    ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((d) =>
      off(d, 'Tết Nguyên đán Bính Ngọ'),
    ),
    off('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật)'),
    off('2026-09-01', 'Nghỉ Quốc khánh (ngày liền kề)'),
  ],
};
