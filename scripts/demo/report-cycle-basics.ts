// The ground rules of the training story (report-cycle-story.ts): its shapes, the password, the period
// and its deadline, and the clock.

export type Figure = [label: string, value: number, unit: string];
export interface TaskText {
  text: string;
  figures?: Figure[];
}
/** Indicator cells by code: '' is the total, then 'dimension=option'. */
export type Cells = Record<string, Record<string, number>>;

export interface AgencyStory {
  /** Seed key (LY_SON.agency(key)). */
  key: string;
  username: string;
  role: 'focal_officer' | 'agency_reporter' | 'police';
  fullName: string;
  /** A draft saved (autosave) before sending. */
  draftAt?: string;
  /** Absent: the agency never sends its report. */
  submitAt?: string;
  /** By task number; tasks not listed are left empty (nothing to report on them). */
  tasks: Record<string, TaskText>;
  difficulties?: string;
  proposals?: string;
  indicators?: Cells;
  /** Why an indicator has no figure yet (a submission must say). */
  noValue?: Record<string, string>;
}

export const DEMO_PASSWORD = 'TapHuan@2025';
export const PERIOD_KIND = 'six_month';
export const DUE = '2025-05-10';

export const at = (day: string, hhmm = '09:00') => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), h! - 7, m!),
  ).toISOString();
};
