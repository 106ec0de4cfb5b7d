import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  PeriodDto,
  PeriodKind,
  createPeriodInput,
  planSummaryDto,
  updatePeriodInput,
  z,
} from '@vte/contracts';
import { api } from '../../../lib/api-client';
import type { PageOf } from '../../../lib/types';
import { reportKeys, reportsPath } from './keys';

export type PeriodListParams = { planId?: string; year?: number; kind?: PeriodKind };
export type CreatePeriodBody = z.input<typeof createPeriodInput>;
export type UpdatePeriodBody = z.input<typeof updatePeriodInput>;
type PlanPage = PageOf<typeof planSummaryDto>;

export const fetchPeriods = (params: PeriodListParams, signal?: AbortSignal) =>
  api.get<PeriodDto[]>('/reports/periods', { query: params, signal });

export function usePeriods(params: PeriodListParams) {
  return useQuery({
    queryKey: reportKeys.periods(params),
    queryFn: ({ signal }) => fetchPeriods(params, signal),
  });
}

export function useCreatePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePeriodBody) => api.post<PeriodDto>('/reports/periods', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

export function useGeneratePeriods() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (planId: string) => api.post<PeriodDto[]>('/reports/periods/generate', { planId }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

export function useUpdatePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdatePeriodBody }) =>
      api.patch<PeriodDto>(reportsPath('periods', id), body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

/** Plans to build periods from: the plans API itself (features never import each other). */
export function usePlanOptions(enabled: boolean) {
  return useQuery({
    queryKey: reportKeys.plans,
    queryFn: ({ signal }) =>
      api.get<PlanPage>('/plans', { query: { page: 1, pageSize: 200, sort: 'recent' }, signal }),
    enabled,
    staleTime: 5 * 60_000,
    select: (page) => page.items,
  });
}
