import {
  agencyKinds,
  draftFromPreview,
  type AgencyKind,
  type AgencyMatch,
  type AgencyRefInput,
  type CreatePlanInput,
  type MatchCandidate,
  type ParsedPlanShape,
  type Timeframe,
} from '@vte/contracts';

/** Where a value came from in the uploaded text (the parser's SourceRef). */
export type SourceRef = { lines: [number, number]; text: string };
export type TaskSource = {
  content?: SourceRef;
  lead?: SourceRef;
  partners?: SourceRef;
  timeframe?: SourceRef;
  outputs?: SourceRef;
};
type Sourced<T> = T & { source?: SourceRef };
type ParsedTask = ParsedPlanShape['tasks'][number];
/** The parser's output as ParsedPlanShape, plus the source references the review screen shows. */
export type ParsedPreview = Omit<ParsedPlanShape, 'tasks' | 'reporting' | 'organisation'> & {
  tasks: (Omit<ParsedTask, 'subtasks'> & {
    source?: TaskSource;
    subtasks: (ParsedTask['subtasks'][number] & { source?: TaskSource })[];
  })[];
  reporting: Sourced<ParsedPlanShape['reporting'][number]>[];
  organisation: Sourced<ParsedPlanShape['organisation'][number]>[];
  source?: {
    title?: SourceRef;
    issuer?: SourceRef;
    number?: SourceRef;
    date?: SourceRef;
    bases?: SourceRef[];
    recipients?: SourceRef;
    purpose?: SourceRef;
    requirements?: SourceRef;
    funding?: SourceRef;
  };
  warnings?: string[];
};

/** The server sends `parsed` untyped: check the few things the screen relies on. */
export function asParsedPreview(value: unknown): ParsedPreview | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<Record<keyof ParsedPreview, unknown>>;
  const arrays = [v.tasks, v.bases, v.reporting, v.recipients, v.requirements, v.organisation];
  return arrays.every(Array.isArray) ? (value as ParsedPreview) : null;
}

export type MatchHow = MatchCandidate['how'];
/** What one agency phrase, as written, will be saved as. */
export type Resolution =
  | { type: 'agency' | 'group'; id: string; name: string; how: MatchHow | 'picked' }
  | { type: 'create'; name: string; kind: AgencyKind; confirmed: boolean }
  /** Only similar names were found: the user must choose. */
  | { type: 'suggested'; candidates: MatchCandidate[] };

export type ReviewTask = {
  key: string;
  number: string;
  content: string;
  lead: string[];
  partners: string[];
  timeframeText: string | null;
  timeframe: Timeframe | null;
  outputs: string | null;
  source: TaskSource;
  subtasks: ReviewTask[];
};
export type ReviewDraft = Omit<CreatePlanInput, 'tasks'> & { tasks: ReviewTask[] };
export type Review = {
  draft: ReviewDraft;
  resolutions: Record<string, Resolution>;
  /** Every candidate the server offered per phrase (for "choose another"). */
  candidates: Record<string, MatchCandidate[]>;
  warnings: string[];
  sources: NonNullable<ParsedPreview['source']>;
  reportingSources: (SourceRef | undefined)[];
  organisationSources: (SourceRef | undefined)[];
};

const asKind = (kind: string): AgencyKind =>
  (agencyKinds as readonly string[]).includes(kind) ? (kind as AgencyKind) : 'other';

function resolutionOf(ref: AgencyRefInput, match: AgencyMatch | undefined): Resolution {
  const found = match?.match;
  if (ref.agencyId)
    return {
      type: 'agency',
      id: ref.agencyId,
      name: found?.name ?? ref.writtenAs,
      how: found?.how ?? 'exact',
    };
  if (ref.groupId)
    return { type: 'group', id: ref.groupId, name: found?.name ?? ref.writtenAs, how: found?.how ?? 'exact' };
  const candidates = match?.candidates ?? [];
  if (candidates.length > 0) return { type: 'suggested', candidates };
  return {
    type: 'create',
    name: ref.create?.name ?? ref.writtenAs,
    kind: asKind(ref.create?.kind ?? 'other'),
    confirmed: false,
  };
}

type DraftTask = CreatePlanInput['tasks'][number];
type DraftSubtask = DraftTask['subtasks'][number];

/** The review starts from the contract's draft (draftFromPreview), keeping each task's source beside it. */
export function initReview(
  parsed: ParsedPreview,
  matches: AgencyMatch[],
  unitId: string,
  filename?: string,
): Review {
  const draft = draftFromPreview(parsed, matches, unitId, filename);
  const byName = new Map(matches.map((m) => [m.writtenAs, m]));
  const resolutions: Record<string, Resolution> = {};
  const candidates: Record<string, MatchCandidate[]> = {};
  const note = (ref: AgencyRefInput) => {
    resolutions[ref.writtenAs] ??= resolutionOf(ref, byName.get(ref.writtenAs));
    candidates[ref.writtenAs] ??= byName.get(ref.writtenAs)?.candidates ?? [];
    return ref.writtenAs;
  };
  const toTask = (
    task: DraftTask | DraftSubtask,
    key: string,
    source: TaskSource | undefined,
    subs: ReviewTask[],
  ): ReviewTask => ({
    key,
    number: task.number,
    content: task.content,
    lead: task.lead.map(note),
    partners: task.partners.map(note),
    timeframeText: task.timeframeText ?? null,
    timeframe: task.timeframe ?? null,
    outputs: task.outputs ?? null,
    source: source ?? {},
    subtasks: subs,
  });
  const tasks = draft.tasks.map((task, i) => {
    const parsedTask = parsed.tasks[i];
    const subs = task.subtasks.map((sub, j) =>
      toTask(sub, `t${i}.${j}`, parsedTask?.subtasks[j]?.source, []),
    );
    return toTask(task, `t${i}`, parsedTask?.source, subs);
  });
  return {
    draft: { ...draft, tasks },
    resolutions,
    candidates,
    warnings: parsed.warnings ?? [],
    sources: parsed.source ?? {},
    reportingSources: parsed.reporting.map((r) => r.source),
    organisationSources: parsed.organisation.map((o) => o.source),
  };
}

export const allTasks = (tasks: ReviewTask[]): ReviewTask[] =>
  tasks.flatMap((task) => [task, ...task.subtasks]);

/** Where each phrase is used: "Nhiệm vụ 2 (chủ trì)". */
export type Usage = { taskKey: string; number: string; role: 'lead' | 'partner' };
export function usagesOf(tasks: ReviewTask[]): Map<string, Usage[]> {
  const out = new Map<string, Usage[]>();
  for (const task of allTasks(tasks)) {
    for (const [role, names] of [
      ['lead', task.lead],
      ['partner', task.partners],
    ] as const) {
      for (const name of names)
        out.set(name, [...(out.get(name) ?? []), { taskKey: task.key, number: task.number, role }]);
    }
  }
  return out;
}

export type ReviewProblem = {
  taskKey: string | null;
  number: string | null;
  kind: 'suggested' | 'noLead' | 'noContent';
  name?: string;
};

/** What must be fixed before saving; names proposed for creation are only confirmed, not blocked. */
export function reviewProblems(review: Review): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  for (const task of allTasks(review.draft.tasks)) {
    if (!task.content.trim()) problems.push({ taskKey: task.key, number: task.number, kind: 'noContent' });
    if (task.lead.length === 0 && !task.key.includes('.'))
      problems.push({ taskKey: task.key, number: task.number, kind: 'noLead' });
    for (const name of [...task.lead, ...task.partners]) {
      if (review.resolutions[name]?.type === 'suggested')
        problems.push({ taskKey: task.key, number: task.number, kind: 'suggested', name });
    }
  }
  return problems;
}

/** Names that will become new agencies in the register when the plan is saved. */
export function namesToCreate(review: Review): { writtenAs: string; name: string; kind: AgencyKind }[] {
  const used = usagesOf(review.draft.tasks);
  return [...used.keys()].flatMap((writtenAs) => {
    const r = review.resolutions[writtenAs];
    return r?.type === 'create' ? [{ writtenAs, name: r.name, kind: r.kind }] : [];
  });
}

export function refOf(writtenAs: string, resolution: Resolution | undefined): AgencyRefInput {
  if (resolution?.type === 'agency') return { writtenAs, agencyId: resolution.id };
  if (resolution?.type === 'group') return { writtenAs, groupId: resolution.id };
  if (resolution?.type === 'create')
    return { writtenAs, create: { name: resolution.name, kind: resolution.kind } };
  return { writtenAs };
}

/** The reviewed plan as the server takes it. */
export function toCreateInput(review: Review): CreatePlanInput {
  const { tasks, ...header } = review.draft;
  const refs = (names: string[]) => names.map((name) => refOf(name, review.resolutions[name]));
  const task = (t: ReviewTask): DraftSubtask => ({
    number: t.number.trim(),
    content: t.content.trim(),
    lead: refs(t.lead),
    partners: refs(t.partners),
    timeframeText: t.timeframeText?.trim() || null,
    timeframe: t.timeframe,
    outputs: t.outputs?.trim() || null,
    budget: null,
  });
  const clean = (list: string[]) => list.map((item) => item.trim()).filter(Boolean);
  return {
    ...header,
    bases: clean(header.bases),
    requirements: clean(header.requirements),
    recipients: clean(header.recipients),
    organisation: header.organisation.filter((o) => o.responsibilities.trim()),
    reporting: header.reporting.filter((r) => r.period.trim()),
    tasks: tasks.map((t) => ({ ...task(t), subtasks: t.subtasks.map(task) })),
  };
}

export type NameStats = { matched: number; suggested: number; create: number };
export function nameStats(review: Review): NameStats {
  const stats: NameStats = { matched: 0, suggested: 0, create: 0 };
  for (const name of usagesOf(review.draft.tasks).keys()) {
    const type = review.resolutions[name]?.type;
    if (type === 'suggested') stats.suggested++;
    else if (type === 'create') stats.create++;
    else stats.matched++;
  }
  return stats;
}
