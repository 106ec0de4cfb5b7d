const DAY_MS = 86_400_000;

const utcDay = (iso: string): number => {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
};

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((utcDay(to) - utcDay(from)) / DAY_MS);

export type Deadline = { kind: 'left' | 'today' | 'overdue' | 'done'; days: number };

/**
 * Where a due date stands today: days left, due today, or days overdue. A report already sent is
 * `done` (no countdown: the civil servant has nothing more to do).
 */
export function deadlineOf(dueDate: string, today: string, submitted = false): Deadline {
  if (submitted) return { kind: 'done', days: 0 };
  const days = daysBetween(today, dueDate);
  if (days > 0) return { kind: 'left', days };
  if (days === 0) return { kind: 'today', days: 0 };
  return { kind: 'overdue', days: -days };
}
