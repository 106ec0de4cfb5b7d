import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AgencyReportDto,
  MyReportDto,
  ReportVersionDto,
  ReviewInput,
  SaveAgencyReportInput,
  evidenceDto,
  z,
} from '@vte/contracts';
import { api } from '../../../lib/api-client';
import { reportKeys, reportsPath } from './keys';

export type EvidenceDto = z.infer<typeof evidenceDto>;

export function useMyReports() {
  return useQuery({
    queryKey: reportKeys.mine,
    queryFn: ({ signal }) => api.get<MyReportDto[]>('/reports/mine', { signal }),
  });
}

/** Opens (or returns) my agency's report for a period. */
export function useOpenMyReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (periodId: string) =>
      api.post<AgencyReportDto>(reportsPath('periods', periodId, 'my-report')),
    onSuccess: (report) => {
      queryClient.setQueryData(reportKeys.agency(report.id), report);
      void queryClient.invalidateQueries({ queryKey: reportKeys.mine });
    },
  });
}

export function useAgencyReport(id: string) {
  return useQuery({
    queryKey: reportKeys.agency(id),
    queryFn: ({ signal }) => api.get<AgencyReportDto>(reportsPath('agency', id), { signal }),
    // The editor owns its draft: a background refetch must not overwrite what the user is typing.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}

export const saveAgencyReport = (id: string, body: SaveAgencyReportInput, signal?: AbortSignal) =>
  api.put<AgencyReportDto>(reportsPath('agency', id), body, { signal });

export const submitAgencyReport = (id: string, body: SaveAgencyReportInput) =>
  api.post<AgencyReportDto>(reportsPath('agency', id, 'submit'), body);

export function useReviewAgencyReport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReviewInput) => api.post<AgencyReportDto>(reportsPath('agency', id, 'review'), body),
    onSuccess: (report) => {
      queryClient.setQueryData(reportKeys.agency(id), report);
      void queryClient.invalidateQueries({ queryKey: ['reports', 'completeness', report.periodId] });
      void queryClient.invalidateQueries({ queryKey: ['reports', 'period-reports', report.periodId] });
      void queryClient.invalidateQueries({ queryKey: reportKeys.versions(id) });
    },
  });
}

export function useReportVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: reportKeys.versions(id),
    queryFn: ({ signal }) => api.get<ReportVersionDto[]>(reportsPath('agency', id, 'versions'), { signal }),
    enabled,
  });
}

export function useReportVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: reportKeys.version(id, version ?? 0),
    queryFn: ({ signal }) =>
      api.get<AgencyReportDto>(reportsPath('agency', id, 'versions', String(version)), { signal }),
    enabled: version !== null,
    staleTime: Infinity,
  });
}

/** Text fields before the file: the server reads them first. */
export function useUploadAttachment(reportId: string) {
  return useMutation({
    mutationFn: ({ taskId, file }: { taskId: string; file: File }) => {
      const form = new FormData();
      form.append('taskId', taskId);
      form.append('file', file, file.name);
      return api.postForm<EvidenceDto>(reportsPath('agency', reportId, 'attachments'), form);
    },
  });
}

/** Removes a file attached since the last submission (the server keeps those already sent). */
export function useRemoveAttachment() {
  return useMutation({ mutationFn: (id: string) => api.delete<void>(reportsPath('attachments', id)) });
}

/** Files are plain GETs with the session cookie. */
export const attachmentUrl = (id: string) => `/api${reportsPath('attachments', id)}`;
export const agencyDocxPath = (id: string) => reportsPath('agency', id, 'document.docx');
export const agencyPdfPath = (id: string) => reportsPath('agency', id, 'document.pdf');
export const agencyXlsxPath = (id: string) => reportsPath('agency', id, 'annex.xlsx');
