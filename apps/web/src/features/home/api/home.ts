import { useQuery } from '@tanstack/react-query';
import type { DashboardDto, PlanSummaryDto, ReportsDashboardDto } from '@vte/contracts';
import { api } from '../../../lib/api-client';

// The leaders' home reads what the plan and report screens already serve: no figure of its own.

type PlanPage = { items: PlanSummaryDto[]; total: number };

/** The most recent issued plan in the user's scope. */
export function useCurrentPlan() {
  return useQuery({
    queryKey: ['home', 'plan'],
    queryFn: async ({ signal }) =>
      (
        await api.get<PlanPage>('/plans', {
          query: { status: 'issued', sort: 'recent', page: 1, pageSize: 1 },
          signal,
        })
      ).items[0] ?? null,
  });
}

export function usePlanStates(planId: string | undefined) {
  return useQuery({
    queryKey: ['home', 'plan-dashboard', planId],
    queryFn: ({ signal }) =>
      api.get<DashboardDto>(`/plans/${encodeURIComponent(planId ?? '')}/dashboard`, { signal }),
    enabled: Boolean(planId),
  });
}

/** Completeness, who is late and the indicators of the current period (the server picks it). */
export function useReportingNow() {
  return useQuery({
    queryKey: ['home', 'reports-dashboard'],
    queryFn: ({ signal }) => api.get<ReportsDashboardDto>('/reports/dashboard', { signal }),
  });
}
