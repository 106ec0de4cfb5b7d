import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReminderDto, remindInput, z } from '@vte/contracts';
import { api } from '../../../lib/api-client';

export type RemindInput = z.input<typeof remindInput>;

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
