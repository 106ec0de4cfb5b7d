import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgencyReportDto, ReopenAnswerInput, ReopenRequestDto } from '@vte/contracts';
import { api } from '../../../lib/api-client';
import { reportKeys, reportsPath } from './keys';

const reopenKey = ['reports', 'reopen-requests'] as const;

/** "Đề nghị mở lại" of my agency's report in a period. */
export function useRequestReopen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ periodId, reason }: { periodId: string; reason: string }) =>
      api.post<ReopenRequestDto>(reportsPath('periods', periodId, 'reopen-requests'), { reason }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reportKeys.mine }),
  });
}

/** The requests in the focal officer's scope, pending first. */
export function useReopenRequests(enabled: boolean) {
  return useQuery({
    queryKey: reopenKey,
    queryFn: ({ signal }) => api.get<ReopenRequestDto[]>(reportsPath('reopen-requests'), { signal }),
    enabled,
  });
}

export function useAnswerReopen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ReopenAnswerInput & { id: string }) =>
      api.post<ReopenRequestDto>(reportsPath('reopen-requests', id, 'answer'), body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

/** Moves a progress update into this report's period; answers the report as it now is. */
export function useMoveProgress(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (progressId: string) =>
      api.post<AgencyReportDto>(reportsPath('agency', reportId, 'progress', progressId, 'move')),
    onSuccess: (report) => queryClient.setQueryData(reportKeys.agency(report.id), report),
  });
}
