import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationDto, outboxPageDto, z } from '@vte/contracts';
import { api } from '../../../lib/api-client';

export type OutboxPage = z.infer<typeof outboxPageDto>;

export const notificationKeys = {
  list: ['notifications'] as const,
  outbox: (page: number, pageSize: number) => ['mail', 'outbox', page, pageSize] as const,
};

/** Checked every two minutes while the tab is visible: cheap, and enough for reminders. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.list,
    queryFn: ({ signal }) => api.get<NotificationDto[]>('/notifications', { signal }),
    // Stop asking while the server answers with an error (e.g. an older server without notifications).
    refetchInterval: (query) => (query.state.status === 'error' ? false : 120_000),
    staleTime: 60_000,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<void>(`/notifications/${encodeURIComponent(id)}/read`),
    onMutate: (id) =>
      queryClient.setQueryData<NotificationDto[]>(notificationKeys.list, (list) =>
        list?.map((n) => (n.id === id && !n.readAt ? { ...n, readAt: new Date().toISOString() } : n)),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.list }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/notifications/read-all'),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.list }),
  });
}

export function useOutbox(page: number, pageSize: number) {
  return useQuery({
    queryKey: notificationKeys.outbox(page, pageSize),
    queryFn: ({ signal }) => api.get<OutboxPage>('/mail/outbox', { query: { page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}
