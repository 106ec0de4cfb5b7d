import { z, isoDate, optionalText, trimmed, uuid, workDate } from './common';

// Issue 9: why a report is locked, "Đề nghị mở lại", dated progress moved between periods,
// and what autosave kept although it is not valid yet.

/** Why an agency cannot write to its report: accepted, past the lock date, or before the period opens. */
export const lockReasons = ['accepted', 'expired', 'not_open'] as const;
export type LockReason = (typeof lockReasons)[number];
export const reportLock = z.object({
  reason: z.enum(lockReasons),
  /** Accepted on, locked since (the expiry or the end of a reopening), or opens on. */
  on: isoDate.nullable(),
});
export type ReportLock = z.infer<typeof reportLock>;

export const reopenStatuses = ['pending', 'granted', 'refused'] as const;
export type ReopenStatus = (typeof reopenStatuses)[number];
export const reopenStatusLabels: Record<ReopenStatus, string> = {
  pending: 'Chờ trả lời',
  granted: 'Đã mở lại',
  refused: 'Không mở lại',
};

export const reopenRequestInput = z.strictObject({ reason: trimmed(2000) });
export type ReopenRequestInput = z.infer<typeof reopenRequestInput>;

export const reopenAnswerInput = z
  .strictObject({
    decision: z.enum(['reopen', 'refuse']),
    /** Required when refusing: the agency is told why. */
    answer: optionalText(2000),
    /** Reopened until (default: 14 days from today). */
    until: workDate.nullish(),
  })
  .refine((v) => v.decision === 'reopen' || (v.answer ?? '').length > 0, {
    message: 'Khi không mở lại phải ghi rõ lý do.',
    path: ['answer'],
  });
export type ReopenAnswerInput = z.infer<typeof reopenAnswerInput>;

export const reopenRequestDto = z.object({
  id: uuid,
  periodId: uuid,
  periodLabel: z.string(),
  agencyId: uuid,
  agencyName: z.string(),
  reason: z.string(),
  status: z.enum(reopenStatuses),
  answer: z.string().nullable(),
  reopenedUntil: isoDate.nullable(),
  requestedByName: z.string().nullable(),
  createdAt: z.string(),
  answeredAt: z.string().nullable(),
  lock: reportLock.nullable(),
});
export type ReopenRequestDto = z.infer<typeof reopenRequestDto>;

/** A progress update of the agency on one of the report's tasks, and whether this report offers it. */
export const reportProgressDto = z.object({
  id: uuid,
  taskId: uuid,
  /** The update's date: its completion day, else the day it was written. */
  date: isoDate,
  status: z.string(),
  narrative: z.string().nullable(),
  offered: z.boolean(),
  /** Moved by hand to a period: its label (this one or another). */
  movedTo: z.string().nullable(),
});
export type ReportProgressDto = z.infer<typeof reportProgressDto>;

/** An indicator cell autosave kept although a rule refuses it: submitting waits until it is fixed. */
export const draftIssueDto = z.object({
  path: z.string(),
  message: z.string(),
  indicatorId: uuid.optional(),
});
export type DraftIssueDto = z.infer<typeof draftIssueDto>;
