import {
  z,
  isoDate,
  optionalText,
  pageQuery,
  patchOf,
  text,
  trimmed,
  uuid,
  workDate,
  year,
  yearQuery,
} from './common';

// Progress updates on tasks (statuses, input, evidence) live in plans-progress.ts.
export * from './plans-progress';

export const planStatuses = ['draft', 'issued', 'closed'] as const;
export type PlanStatus = (typeof planStatuses)[number];
export const planStatusLabels: Record<PlanStatus, string> = {
  draft: 'Dự thảo',
  issued: 'Đã ban hành',
  closed: 'Đã kết thúc',
};

export const assignmentRoles = ['lead', 'partner'] as const;
export type AssignmentRole = (typeof assignmentRoles)[number];
export const assignmentRoleLabels: Record<AssignmentRole, string> = { lead: 'Chủ trì', partner: 'Phối hợp' };

/** The four states of government task tracking, plus "not due yet / not started" for completeness. */
export const taskStates = ['done_on_time', 'done_late', 'in_progress', 'overdue'] as const;
export type TaskState = (typeof taskStates)[number];
export const taskStateLabels: Record<TaskState, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  in_progress: 'Đang thực hiện trong hạn',
  overdue: 'Quá hạn chưa hoàn thành',
};
/** Worst first: a task takes the worst state of its lead agencies and its sub-tasks. */
export const taskStateSeverity: TaskState[] = ['overdue', 'in_progress', 'done_late', 'done_on_time'];
export const stateRollupRule =
  'Trạng thái của nhiệm vụ là trạng thái kém nhất trong các cơ quan chủ trì và các nhiệm vụ con, theo thứ tự: ' +
  'Quá hạn chưa hoàn thành → Đang thực hiện trong hạn → Hoàn thành quá hạn → Hoàn thành đúng hạn. ' +
  'Nhiệm vụ "thường xuyên trong năm" được đánh giá theo từng kỳ báo cáo: hạn của kỳ là hạn nộp báo cáo kỳ đó.';

export const timeframeSchema = z.object({
  kind: z.enum(['year-round', 'quarters', 'month', 'date', 'range', 'before', 'unknown']),
  year: z.number().int().nullable(),
  quarters: z.array(z.number().int().min(1).max(4)).optional(),
  months: z.array(z.number().int().min(1).max(12)).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type Timeframe = z.infer<typeof timeframeSchema>;
/** A time frame as entered: dates and year within the working years, the end not before the start. */
export const timeframeInput = timeframeSchema
  .extend({ year: year.nullable(), from: workDate.optional(), to: workDate.optional() })
  .refine((t) => !t.from || !t.to || t.from <= t.to, {
    message: 'Ngày kết thúc không được trước ngày bắt đầu',
    path: ['to'],
  });

export const plansErrorCodes = [
  'PLAN_NOT_FOUND',
  'PLAN_TASK_NOT_FOUND',
  'PLAN_PARSE_EMPTY',
  'PLAN_PARSE_NOT_A_PLAN',
  'PLAN_PARSE_CORRUPT_DOCX',
  'PLAN_PARSE_UNSUPPORTED_TYPE',
  'PLAN_PARSE_TOO_LARGE',
  'PLAN_PARSE_TOO_COMPLEX',
  'PLAN_PARSE_ENCRYPTED',
  'PLAN_UNRESOLVED_AGENCY',
  'PLAN_TASK_NO_LEAD',
  'PLAN_AGENCY_INVALID',
  'PLAN_NOT_EDITABLE',
  'PLAN_STATUS_INVALID',
  'PLAN_NOT_ASSIGNED',
  'PLAN_EVIDENCE_TYPE',
  'PLAN_EVIDENCE_TOO_LARGE',
] as const;
export type PlansErrorCode = (typeof plansErrorCodes)[number];

/** One agency phrase as written, and what it was matched to in the register. */
export const agencyRef = z.strictObject({
  writtenAs: trimmed(300),
  agencyId: uuid.nullish(),
  groupId: uuid.nullish(),
  /** A name that matches nothing is offered for creation, never dropped. */
  create: z.strictObject({ name: trimmed(200), kind: text().max(40) }).nullish(),
});
export type AgencyRefInput = z.infer<typeof agencyRef>;

export const matchCandidate = z.object({
  kind: z.enum(['agency', 'group']),
  id: uuid,
  name: z.string(),
  how: z.enum(['exact', 'alias', 'short', 'similar']),
  score: z.number(),
});
export type MatchCandidate = z.infer<typeof matchCandidate>;
export const agencyMatch = z.object({
  writtenAs: z.string(),
  match: matchCandidate.nullable(),
  candidates: z.array(matchCandidate),
});
export type AgencyMatch = z.infer<typeof agencyMatch>;

const taskFields = {
  number: text().trim().max(20),
  content: trimmed(5000),
  lead: z.array(agencyRef).max(30),
  partners: z.array(agencyRef).max(60),
  timeframeText: optionalText(300),
  timeframe: timeframeInput.nullish(),
  outputs: optionalText(2000),
  budget: optionalText(500),
};
export const draftSubtask = z.strictObject(taskFields);
export const draftTask = z.strictObject({
  ...taskFields,
  subtasks: z.array(draftSubtask).max(50).default([]),
});
export type DraftTaskInput = z.infer<typeof draftTask>;

export const reportingEntryInput = z.strictObject({
  period: trimmed(200),
  due: workDate.nullable(),
  dueRule: z.enum(['before', 'by', 'on', 'rule']).default('before'),
});

export const createPlanInput = z.strictObject({
  unitId: uuid,
  issuerAgencyId: uuid.nullish(),
  issuerName: trimmed(200),
  number: optionalText(60),
  place: optionalText(120),
  issuedDate: workDate.nullish(),
  issuedMonth: text()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng không hợp lệ (YYYY-MM, tháng 01–12)')
    .refine((m) => workDate.safeParse(`${m}-01`).success, 'Tháng phải thuộc các năm làm việc')
    .nullish(),
  year,
  title: trimmed(1000),
  bases: z.array(trimmed(1000)).max(30).default([]),
  purpose: optionalText(10000),
  requirements: z.array(trimmed(5000)).max(30).default([]),
  funding: optionalText(10000),
  organisation: z
    .array(z.strictObject({ agency: optionalText(300), responsibilities: trimmed(10000) }))
    .max(50)
    .default([]),
  reporting: z.array(reportingEntryInput).max(30).default([]),
  recipients: z.array(trimmed(300)).max(60).default([]),
  parentPlanId: uuid.nullish(),
  sourceFilename: optionalText(255),
  tasks: z.array(draftTask).min(1).max(300),
});
export type CreatePlanInput = z.infer<typeof createPlanInput>;

export const assignmentDto = z.object({
  role: z.enum(assignmentRoles),
  writtenAs: z.string(),
  agencyId: uuid.nullable(),
  groupId: uuid.nullable(),
  name: z.string(),
});
export type AssignmentDto = z.infer<typeof assignmentDto>;

export const taskDto = z.object({
  id: uuid,
  parentId: uuid.nullable(),
  number: z.string(),
  content: z.string(),
  timeframeText: z.string().nullable(),
  timeframe: timeframeSchema.nullable(),
  dueDate: z.string().nullable(),
  outputs: z.string().nullable(),
  budget: z.string().nullable(),
  assignments: z.array(assignmentDto),
});
export type TaskDto = z.infer<typeof taskDto>;

export const planSummaryDto = z.object({
  id: uuid,
  unitId: uuid,
  unitName: z.string(),
  issuerName: z.string(),
  number: z.string().nullable(),
  title: z.string(),
  year: z.number().int(),
  status: z.enum(planStatuses),
  issuedDate: z.string().nullable(),
  issuedMonth: z.string().nullable(),
  taskCount: z.number().int(),
});
export type PlanSummaryDto = z.infer<typeof planSummaryDto>;

export const planDto = planSummaryDto.extend({
  issuerAgencyId: uuid.nullable(),
  place: z.string().nullable(),
  bases: z.array(z.string()),
  purpose: z.string().nullable(),
  requirements: z.array(z.string()),
  funding: z.string().nullable(),
  organisation: z.array(z.object({ agency: z.string().nullable(), responsibilities: z.string() })),
  reporting: z.array(z.object({ period: z.string(), due: z.string().nullable(), dueRule: z.string() })),
  recipients: z.array(z.string()),
  parentPlanId: uuid.nullable(),
  /** Plans that implement this one (an agency's own plan, as section IV asks). */
  children: z.array(
    z.object({ id: uuid, title: z.string(), issuerName: z.string(), status: z.enum(planStatuses) }),
  ),
  tasks: z.array(taskDto),
});
export type PlanDto = z.infer<typeof planDto>;

export const planListQuery = pageQuery.extend({
  q: text().trim().max(100).optional(),
  status: z.enum(planStatuses).optional(),
  year: yearQuery.optional(),
  sort: z.enum(['recent', 'title', 'year']).default('recent'),
});

export const parseTextInput = z.strictObject({ text: text().min(1).max(2_000_000), unitId: uuid });
export const importPreviewDto = z.object({
  parsed: z.unknown(),
  matches: z.array(agencyMatch),
});

/** The import review's register search: agencies valid on the plan's date around its unit (issue 9 item 5). */
export const importAgencySearchQuery = z.strictObject({
  unitId: uuid,
  at: isoDate,
  q: text().trim().max(100).optional(),
});
export const importAgencyOptionDto = z.object({
  id: uuid,
  name: z.string(),
  shortName: z.string().nullable(),
  unitName: z.string(),
});
export type ImportAgencyOptionDto = z.infer<typeof importAgencyOptionDto>;

export const setStatusInput = z.strictObject({ status: z.enum(planStatuses) });

export const myTaskDto = z.object({
  planId: uuid,
  planTitle: z.string(),
  task: taskDto,
  role: z.enum(assignmentRoles),
  via: z.string().nullable(),
  state: z.enum(taskStates),
  dueDate: z.string().nullable(),
});
export type MyTaskDto = z.infer<typeof myTaskDto>;
export const myTasksQuery = z.strictObject({
  planId: uuid.optional(),
  agencyId: uuid.optional(),
  at: isoDate.optional(),
});

export const matrixDto = z.object({
  planId: uuid,
  title: z.string(),
  columns: z.array(z.object({ id: uuid, kind: z.enum(['agency', 'group']), name: z.string() })),
  rows: z.array(
    z.object({
      taskId: uuid,
      number: z.string(),
      content: z.string(),
      parentId: uuid.nullable(),
      cells: z.record(z.string(), z.enum(assignmentRoles)),
    }),
  ),
});
export type MatrixDto = z.infer<typeof matrixDto>;

const stateCounts = z.object(
  Object.fromEntries(taskStates.map((s) => [s, z.number().int()])) as Record<TaskState, z.ZodNumber>,
);
export const dashboardDto = z.object({
  planId: uuid,
  at: z.string(),
  counts: stateCounts,
  tasks: z.array(
    z.object({ taskId: uuid, number: z.string(), parentId: uuid.nullable(), state: z.enum(taskStates) }),
  ),
  agencies: z.array(
    z.object({
      agencyId: uuid,
      name: z.string(),
      counts: stateCounts,
      tasks: z.array(
        z.object({
          taskId: uuid,
          number: z.string(),
          role: z.enum(assignmentRoles),
          state: z.enum(taskStates),
        }),
      ),
    }),
  ),
});
export type DashboardDto = z.infer<typeof dashboardDto>;
export const dashboardQuery = z.strictObject({ at: isoDate.optional() });

export const calendarQuery = z.strictObject({ from: isoDate, to: isoDate });
export const calendarEntryDto = z.object({
  date: z.string(),
  kind: z.enum(['report', 'task']),
  planId: uuid,
  taskId: uuid.optional(),
  title: z.string(),
  /** Past its date and not done by its lead agencies (issue 9 item 14). */
  overdue: z.boolean().optional(),
  /** Due before the month shown, still overdue: carried into the current month. */
  carried: z.boolean().optional(),
});

export const taskIdParams = z.strictObject({ taskId: uuid });

export const updatePlanInput = patchOf(
  createPlanInput
    .omit({ tasks: true, unitId: true, sourceFilename: true })
    .extend({
      bases: z.array(trimmed(1000)).max(30),
      requirements: z.array(trimmed(5000)).max(30),
      organisation: z
        .array(z.strictObject({ agency: optionalText(300), responsibilities: trimmed(10000) }))
        .max(50),
      reporting: z.array(reportingEntryInput).max(30),
      recipients: z.array(trimmed(300)).max(60),
    })
    .partial()
    .strict(),
);
export type UpdatePlanInput = z.infer<typeof updatePlanInput>;

/** A task edited after import; assignments, when given, replace the task's current ones. */
export const updateTaskInput = patchOf(
  z
    .strictObject({
      number: trimmed(20),
      content: trimmed(5000),
      lead: z.array(agencyRef).min(1).max(30),
      partners: z.array(agencyRef).max(60),
      timeframeText: optionalText(300),
      timeframe: timeframeInput.nullable(),
      outputs: optionalText(2000),
      budget: optionalText(500),
    })
    .partial()
    .strict(),
);
export type UpdateTaskInput = z.infer<typeof updateTaskInput>;

export const reminderKinds = ['before_due', 'overdue', 'manual'] as const;
export const reminderKindLabels: Record<(typeof reminderKinds)[number], string> = {
  before_due: 'Sắp đến hạn (tự động)',
  overdue: 'Quá hạn (tự động)',
  manual: 'Đôn đốc',
};
export const remindInput = z.strictObject({
  agencyIds: z.array(uuid).min(1).max(100),
  taskId: uuid.optional(),
  message: trimmed(2000),
});
export const reminderDto = z.object({
  id: uuid,
  agencyId: uuid,
  agencyName: z.string(),
  taskId: uuid.nullable(),
  taskNumber: z.string().nullable(),
  kind: z.enum(reminderKinds),
  message: z.string().nullable(),
  sentByName: z.string().nullable(),
  recipients: z.number().int(),
  createdAt: z.string(),
});
export type ReminderDto = z.infer<typeof reminderDto>;
