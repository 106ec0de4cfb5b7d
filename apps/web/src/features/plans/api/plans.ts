import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DashboardDto,
  MatrixDto,
  PlanDto,
  PlanStatus,
  calendarEntryDto,
  planSummaryDto,
  z,
} from '@vte/contracts';
import { api } from '../../../lib/api-client';
import type { PageOf } from '../../../lib/types';

export type PlanPage = PageOf<typeof planSummaryDto>;
export type CalendarEntry = z.infer<typeof calendarEntryDto>;
export type PlanListParams = {
  q?: string;
  status?: PlanStatus;
  year?: number;
  page: number;
  pageSize: number;
};

export const planKeys = {
  all: ['plans'] as const,
  list: (params: PlanListParams) => ['plans', 'list', params] as const,
  detail: (id: string) => ['plans', 'detail', id] as const,
  matrix: (id: string) => ['plans', 'matrix', id] as const,
  dashboard: (id: string, at: string | undefined) => ['plans', 'dashboard', id, at ?? 'today'] as const,
  calendar: (from: string, to: string) => ['plans', 'calendar', from, to] as const,
};

const planPath = (id: string, suffix = '') => `/plans/${encodeURIComponent(id)}${suffix}`;

export const fetchPlans = (params: PlanListParams, signal?: AbortSignal): Promise<PlanPage> =>
  api.get<PlanPage>('/plans', { query: params, signal });

export function usePlans(params: PlanListParams) {
  return useQuery({
    queryKey: planKeys.list(params),
    queryFn: ({ signal }) => fetchPlans(params, signal),
    placeholderData: keepPreviousData,
  });
}

export const fetchPlan = (id: string, signal?: AbortSignal): Promise<PlanDto> =>
  api.get<PlanDto>(planPath(id), { signal });

export function usePlan(id: string | null | undefined) {
  return useQuery({
    queryKey: planKeys.detail(id ?? ''),
    queryFn: ({ signal }) => fetchPlan(id ?? '', signal),
    enabled: Boolean(id),
  });
}

export const setPlanStatus = ({ id, status }: { id: string; status: PlanStatus }): Promise<void> =>
  api.post<void>(planPath(id, '/status'), { status });

export function useSetPlanStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setPlanStatus,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}

export function usePlanMatrix(id: string) {
  return useQuery({
    queryKey: planKeys.matrix(id),
    queryFn: ({ signal }) => api.get<MatrixDto>(planPath(id, '/matrix'), { signal }),
  });
}

export function usePlanDashboard(id: string, at: string | undefined) {
  return useQuery({
    queryKey: planKeys.dashboard(id, at),
    queryFn: ({ signal }) => api.get<DashboardDto>(planPath(id, '/dashboard'), { query: { at }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePlanCalendar(from: string, to: string) {
  return useQuery({
    queryKey: planKeys.calendar(from, to),
    queryFn: ({ signal }) => api.get<CalendarEntry[]>('/plans/calendar', { query: { from, to }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Files are plain GETs with the session cookie: links with `download`, no script needed. */
export const planDocxUrl = (id: string) => `/api${planPath(id, '/export.docx')}`;
export const planMatrixXlsxUrl = (id: string) => `/api${planPath(id, '/matrix.xlsx')}`;
