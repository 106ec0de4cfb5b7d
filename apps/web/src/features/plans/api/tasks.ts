import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgencyDto, MyTaskDto, ProgressDto, ProgressInputDto, evidenceDto, z } from '@vte/contracts';
import { api } from '../../../lib/api-client';

export type EvidenceDto = z.infer<typeof evidenceDto>;
export type MyTasksParams = { agencyId?: string; planId?: string; at?: string };

export const taskKeys = {
  all: ['plans', 'tasks'] as const,
  mine: (params: MyTasksParams) => ['plans', 'tasks', 'mine', params] as const,
  progress: (taskId: string) => ['plans', 'tasks', 'progress', taskId] as const,
  agency: (id: string) => ['plans', 'tasks', 'agency', id] as const,
};

export function useMyTasks(params: MyTasksParams, enabled = true) {
  return useQuery({
    queryKey: taskKeys.mine(params),
    queryFn: ({ signal }) => api.get<MyTaskDto[]>('/plans/my-tasks', { query: params, signal }),
    enabled,
  });
}

const progressPath = (taskId: string) => `/plans/tasks/${encodeURIComponent(taskId)}/progress`;

export function useTaskProgress(taskId: string | null | undefined) {
  return useQuery({
    queryKey: taskKeys.progress(taskId ?? ''),
    queryFn: ({ signal }) => api.get<ProgressDto[]>(progressPath(taskId ?? ''), { signal }),
    enabled: Boolean(taskId),
  });
}

export function useAddProgress(taskId: string) {
  return useMutation({
    mutationFn: (input: ProgressInputDto) => api.post<ProgressDto>(progressPath(taskId), input),
  });
}

export const uploadEvidence = ({ progressId, file }: { progressId: string; file: File }) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.postForm<EvidenceDto>(`/plans/progress/${encodeURIComponent(progressId)}/evidence`, form);
};
export const useUploadEvidence = () => useMutation({ mutationFn: uploadEvidence });

/** After an update and its files: the history, my tasks (states) and dashboards change. */
export function useRefreshAfterProgress() {
  const queryClient = useQueryClient();
  return (taskId: string) => {
    void queryClient.invalidateQueries({ queryKey: taskKeys.progress(taskId) });
    void queryClient.invalidateQueries({ queryKey: taskKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['plans', 'dashboard'] });
  };
}

export const evidenceUrl = (id: string) => `/api/plans/evidence/${encodeURIComponent(id)}`;

/** The name of an agency that reported (progress rows carry only its id). */
export function useAgencyName(id: string | null | undefined, known: string | null | undefined) {
  return useQuery({
    queryKey: taskKeys.agency(id ?? ''),
    queryFn: ({ signal }) => api.get<AgencyDto>(`/org/agencies/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id) && !known,
    staleTime: 10 * 60_000,
    select: (agency) => agency.name,
  });
}
