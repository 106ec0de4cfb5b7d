// Progress on a plan's tasks: what an assigned agency reports, with its evidence files.
import { z, optionalText, pastWorkDate, trimmed, uuid, workDate } from './common';

export const progressStatuses = ['not_started', 'in_progress', 'done'] as const;
export type ProgressStatus = (typeof progressStatuses)[number];
export const progressStatusLabels: Record<ProgressStatus, string> = {
  not_started: 'Chưa triển khai',
  in_progress: 'Đang thực hiện',
  done: 'Đã hoàn thành',
};

export const progressInput = z.strictObject({
  status: z.enum(progressStatuses),
  narrative: optionalText(10000),
  figures: z
    .array(
      z.strictObject({
        label: trimmed(200),
        value: z.number().finite().min(0).max(1e12),
        unit: optionalText(40),
      }),
    )
    .max(50)
    .default([]),
  completedOn: pastWorkDate.nullish(),
  periodDue: workDate.nullish(),
});
export type ProgressInputDto = z.infer<typeof progressInput>;

export const evidenceDto = z.object({
  id: uuid,
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
});
export const progressDto = z.object({
  id: uuid,
  taskId: uuid,
  agencyId: uuid,
  status: z.enum(progressStatuses),
  narrative: z.string().nullable(),
  figures: z.array(z.object({ label: z.string(), value: z.number(), unit: z.string().nullable() })),
  completedOn: z.string().nullable(),
  periodDue: z.string().nullable(),
  createdAt: z.string(),
  evidence: z.array(evidenceDto),
});
export type ProgressDto = z.infer<typeof progressDto>;
