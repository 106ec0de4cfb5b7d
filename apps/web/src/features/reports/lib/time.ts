const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `HH:mm` in Vietnam time ("Đã lưu lúc 14:05"), whatever the device's time zone. */
export const clockTime = (date: Date): string => clock.format(date);
