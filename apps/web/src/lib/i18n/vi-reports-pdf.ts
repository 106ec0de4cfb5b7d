/** Vietnamese: a report's PDF being converted (issue 9 item 17). */
export const viReportsPdf = {
  'reports.pdf.title': 'Đang chuyển báo cáo sang PDF',
  'reports.pdf.converting':
    'Báo cáo đã gửi đang được chuyển sang PDF. Tệp sẽ tự tải về khi xong; bản PDF được lưu lại nên những lần sau tải ngay.',
  'reports.pdf.onDemand':
    'Bản nháp được chuyển sang PDF mỗi lần tải (thường mất 5–10 giây). Tệp sẽ tự tải về khi xong.',
  'reports.pdf.elapsed': 'Đã chờ {seconds} giây',
  'reports.pdf.hide': 'Ẩn (vẫn tiếp tục tải)',
} as const;
