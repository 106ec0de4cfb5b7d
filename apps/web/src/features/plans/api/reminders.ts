import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

// The reminder contract is being added on the server; these mirror its published spec until
// @vte/contracts exports the schemas (then import the inferred types instead).
export type ReminderKind = 'before_due' | 'overdue' | 'manual';
export type ReminderDto = {
  id: string;
  agencyId: string;
  agencyName: string;
  taskId: string | null;
  taskNumber: string | null;
  kind: ReminderKind | (string & {});
  message: string | null;
  /** In the spec; the first server version does not send it yet. */
  sentByName?: string | null;
  recipients: number;
  createdAt: string;
};
export type RemindInput = { agencyIds: string[]; taskId?: string; message: string };

export const reminderKeys = { list: (planId: string) => ['plans', 'reminders', planId] as const };

export function useReminders(planId: string) {
  return useQuery({
    queryKey: reminderKeys.list(planId),
    queryFn: ({ signal }) =>
      api.get<ReminderDto[]>(`/plans/${encodeURIComponent(planId)}/reminders`, { signal }),
  });
}

export function useRemind(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RemindInput) =>
      api.post<{ recipients: number }>(`/plans/${encodeURIComponent(planId)}/remind`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reminderKeys.list(planId) }),
  });
}
