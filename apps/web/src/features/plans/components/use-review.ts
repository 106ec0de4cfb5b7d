import { useCallback, useMemo, useState } from 'react';
import type { RegisterOption } from '../api/import';
import type { Resolution, Review, ReviewDraft, ReviewTask } from './import-model';

type Role = 'lead' | 'partner';
const listOf = (role: Role) => (role === 'lead' ? 'lead' : 'partners');

function mapTasks(
  tasks: ReviewTask[],
  key: string,
  change: (task: ReviewTask) => ReviewTask | null,
): ReviewTask[] {
  return tasks.flatMap((task) => {
    if (task.key === key) {
      const next = change(task);
      return next ? [next] : [];
    }
    if (!key.startsWith(`${task.key}.`)) return [task];
    return [{ ...task, subtasks: mapTasks(task.subtasks, key, change) }];
  });
}

let added = 0;

/** The review screen's state: the editable draft and how each agency phrase resolves. */
export function useReview(initial: Review) {
  const [review, setReview] = useState(initial);
  const update = useCallback((change: (review: Review) => Review) => setReview(change), []);

  const actions = useMemo(
    () => ({
      setField: <K extends keyof ReviewDraft>(field: K, value: ReviewDraft[K]) =>
        update((r) => ({ ...r, draft: { ...r.draft, [field]: value } })),
      updateTask: (key: string, patch: Partial<ReviewTask>) =>
        update((r) => ({
          ...r,
          draft: { ...r.draft, tasks: mapTasks(r.draft.tasks, key, (t) => ({ ...t, ...patch })) },
        })),
      removeTask: (key: string) =>
        update((r) => ({ ...r, draft: { ...r.draft, tasks: mapTasks(r.draft.tasks, key, () => null) } })),
      addTask: () =>
        update((r) => {
          const numbers = r.draft.tasks.map((t) => Number(t.number)).filter(Number.isFinite);
          const task: ReviewTask = {
            key: `new${++added}`,
            number: String(numbers.length ? Math.max(...numbers) + 1 : r.draft.tasks.length + 1),
            content: '',
            lead: [],
            partners: [],
            timeframeText: null,
            timeframe: null,
            outputs: null,
            source: {},
            subtasks: [],
          };
          return { ...r, draft: { ...r.draft, tasks: [...r.draft.tasks, task] } };
        }),
      /** Applies to every place the phrase is written the same way. */
      resolve: (writtenAs: string, resolution: Resolution) =>
        update((r) => ({ ...r, resolutions: { ...r.resolutions, [writtenAs]: resolution } })),
      addRef: (key: string, role: Role, option: RegisterOption) =>
        update((r) => {
          const existing = r.resolutions[option.name];
          const keep = existing && existing.type === option.kind && existing.id === option.id;
          const resolutions = keep
            ? r.resolutions
            : {
                ...r.resolutions,
                [option.name]: {
                  type: option.kind,
                  id: option.id,
                  name: option.name,
                  how: 'picked' as const,
                },
              };
          const tasks = mapTasks(r.draft.tasks, key, (t) =>
            t[listOf(role)].includes(option.name)
              ? t
              : { ...t, [listOf(role)]: [...t[listOf(role)], option.name] },
          );
          return { ...r, resolutions, draft: { ...r.draft, tasks } };
        }),
      removeRef: (key: string, role: Role, writtenAs: string) =>
        update((r) => ({
          ...r,
          draft: {
            ...r.draft,
            tasks: mapTasks(r.draft.tasks, key, (t) => ({
              ...t,
              [listOf(role)]: t[listOf(role)].filter((n) => n !== writtenAs),
            })),
          },
        })),
    }),
    [update],
  );

  return { review, actions };
}
export type ReviewActions = ReturnType<typeof useReview>['actions'];
