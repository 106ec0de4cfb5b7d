// Calendar days as 'YYYY-MM-DD' in Asia/Ho_Chi_Minh (docs/architecture.md §5.18).

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

export function isoDay(d: Date): string {
  return dayFormat.format(d);
}

/** Plain calendar arithmetic on 'YYYY-MM-DD' (no time zone involved). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** "10/05/2025" */
export function viDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
