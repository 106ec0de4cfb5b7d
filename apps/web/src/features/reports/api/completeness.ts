import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AgencyReportSummaryDto,
  CompletenessDto,
  remindMissingInput,
  remindResultDto,
  z,
} from '@vte/contracts';
import { api } from '../../../lib/api-client';
import { reportKeys, reportsPath } from './keys';

export type RemindMissingBody = z.input<typeof remindMissingInput>;
export type RemindResult = z.infer<typeof remindResultDto>;

export function useCompleteness(periodId: string) {
  return useQuery({
    queryKey: reportKeys.completeness(periodId),
    queryFn: ({ signal }) =>
      api.get<CompletenessDto>(reportsPath('periods', periodId, 'completeness'), { signal }),
  });
}

export function usePeriodReports(periodId: string) {
  return useQuery({
    queryKey: reportKeys.periodReports(periodId),
    queryFn: ({ signal }) =>
      api.get<AgencyReportSummaryDto[]>(reportsPath('periods', periodId, 'reports'), { signal }),
  });
}

export function useRemindMissing(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RemindMissingBody) =>
      api.post<RemindResult>(reportsPath('periods', periodId, 'remind'), body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reportKeys.completeness(periodId) }),
  });
}
