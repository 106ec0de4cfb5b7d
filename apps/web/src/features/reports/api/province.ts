import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PeriodKind, ProvinceCompletenessDto, ReportsDashboardDto } from '@vte/contracts';
import { api } from '../../../lib/api-client';
import { reportKeys } from './keys';

/** `enabled` waits for the default year (the latest with periods) rather than asking twice on 3G. */
export function useProvince(kind: PeriodKind, year: number, enabled = true) {
  return useQuery({
    queryKey: reportKeys.province(kind, year),
    queryFn: ({ signal }) =>
      api.get<ProvinceCompletenessDto>('/reports/province', { query: { kind, year }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useReportsDashboard(periodId: string | undefined) {
  return useQuery({
    queryKey: reportKeys.dashboard(periodId),
    queryFn: ({ signal }) =>
      api.get<ReportsDashboardDto>('/reports/dashboard', { query: { periodId }, signal }),
    placeholderData: keepPreviousData,
  });
}
