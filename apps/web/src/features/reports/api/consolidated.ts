import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ConsolidatedDto,
  ConsolidatedSummaryDto,
  ReviewInput,
  UpdateConsolidatedInput,
  generateResultDto,
  z,
} from '@vte/contracts';
import { api } from '../../../lib/api-client';
import { reportKeys, reportsPath } from './keys';

export type GenerateResult = z.infer<typeof generateResultDto>;
export type GenerateMode = 'keep' | 'replace';

export function usePeriodConsolidated(periodId: string) {
  return useQuery({
    queryKey: reportKeys.periodConsolidated(periodId),
    queryFn: ({ signal }) =>
      api.get<ConsolidatedDto>(reportsPath('periods', periodId, 'consolidated'), { signal }),
    refetchOnWindowFocus: false,
    // 404 is the normal "not generated yet" answer: no retries.
    retry: (count, error) => (error as { status?: number }).status !== 404 && count < 2,
  });
}

export function useConsolidated(id: string) {
  return useQuery({
    queryKey: reportKeys.consolidated(id),
    queryFn: ({ signal }) => api.get<ConsolidatedDto>(reportsPath('consolidated', id), { signal }),
    refetchOnWindowFocus: false,
  });
}

/** Puts a fresh consolidated report into every cache that shows it. */
function useStoreConsolidated() {
  const queryClient = useQueryClient();
  return (report: ConsolidatedDto) => {
    queryClient.setQueryData(reportKeys.consolidated(report.id), report);
    if (report.level === 'unit')
      queryClient.setQueryData(reportKeys.periodConsolidated(report.periodId), report);
    void queryClient.invalidateQueries({ queryKey: ['reports', 'province'] });
    void queryClient.invalidateQueries({ queryKey: ['reports', 'dashboard'] });
    void queryClient.invalidateQueries({ queryKey: reportKeys.received });
  };
}

export function useGenerateConsolidated(periodId: string) {
  const store = useStoreConsolidated();
  return useMutation({
    mutationFn: (mode: GenerateMode) =>
      api.post<GenerateResult>(reportsPath('periods', periodId, 'consolidated'), { mode }),
    onSuccess: (result) => store(result.report),
  });
}

export function useProvinceConsolidate() {
  const store = useStoreConsolidated();
  return useMutation({
    mutationFn: (body: { kind: string; year: number; mode: GenerateMode }) =>
      api.post<GenerateResult>('/reports/province/consolidated', body),
    onSuccess: (result) => store(result.report),
  });
}

export function useUpdateConsolidated(id: string) {
  const store = useStoreConsolidated();
  return useMutation({
    mutationFn: (body: UpdateConsolidatedInput) =>
      api.put<ConsolidatedDto>(reportsPath('consolidated', id), body),
    onSuccess: store,
  });
}

export function useSubmitConsolidated(id: string) {
  const store = useStoreConsolidated();
  return useMutation({
    mutationFn: () => api.post<ConsolidatedDto>(reportsPath('consolidated', id, 'submit')),
    onSuccess: store,
  });
}

export function useReviewConsolidated(id: string) {
  const store = useStoreConsolidated();
  return useMutation({
    mutationFn: (body: ReviewInput) =>
      api.post<ConsolidatedDto>(reportsPath('consolidated', id, 'review'), body),
    onSuccess: store,
  });
}

export function useReceived() {
  return useQuery({
    queryKey: reportKeys.received,
    queryFn: ({ signal }) => api.get<ConsolidatedSummaryDto[]>('/reports/received', { signal }),
  });
}

export const consolidatedDocxPath = (id: string) => reportsPath('consolidated', id, 'document.docx');
export const consolidatedXlsxPath = (id: string) => reportsPath('consolidated', id, 'annex.xlsx');
export const consolidatedPdfPath = (id: string) => reportsPath('consolidated', id, 'document.pdf');
