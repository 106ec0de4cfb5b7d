import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChildImportDecision, ChildImportDto, ChildImportIssueDto } from '@vte/contracts';
import { api } from '../../../lib/api-client';
import { download } from '../../../lib/download';
import { childrenKeys } from './keys';

export type UploadInput = { unitId: string; asOf: string; file: File };

/** Upload → preview: the server reads the file, guesses the mapping and lists issues; nothing is saved. */
export function useUploadImport() {
  return useMutation({
    mutationFn: ({ unitId, asOf, file }: UploadInput) => {
      const form = new FormData();
      form.append('unitId', unitId); // fields before the file: the server reads them first
      form.append('asOf', asOf);
      form.append('file', file, file.name);
      return api.postForm<ChildImportDto>('/children/imports', form);
    },
  });
}

/** The import, polled while its job runs so the progress bar moves. */
export function useImport(id: string | null) {
  return useQuery({
    queryKey: childrenKeys.importOne(id ?? ''),
    queryFn: ({ signal }) => api.get<ChildImportDto>(`/children/imports/${id}`, { signal }),
    enabled: Boolean(id),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'queued' || status === 'running' ? 1000 : false;
    },
  });
}

export function useSaveMapping(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mapping: Record<string, string>) =>
      api.put<ChildImportDto>(`/children/imports/${id}/mapping`, { mapping }),
    onSuccess: (data) => queryClient.setQueryData(childrenKeys.importOne(id), data),
  });
}

export function useRunImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decisions: ChildImportDecision[]) =>
      api.post<ChildImportDto>(`/children/imports/${id}/run`, { decisions }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: childrenKeys.importOne(id) });
      void queryClient.invalidateQueries({ queryKey: ['children', 'search'] });
    },
  });
}

export type IssueFilter = {
  code?: string;
  severity?: 'error' | 'warning' | 'fixed';
  page: number;
  pageSize: number;
};
type IssuePage = { items: ChildImportIssueDto[]; total: number; page: number; pageSize: number };

/** Every issue of the preview, filtered by code and severity on the server (a file can have thousands). */
export function useImportIssues(id: string, filter: IssueFilter) {
  return useQuery({
    queryKey: ['children', 'imports', id, 'issues', filter],
    queryFn: ({ signal }) => api.get<IssuePage>(`/children/imports/${id}/issues`, { query: filter, signal }),
    placeholderData: keepPreviousData,
  });
}

export const downloadRejects = (id: string) =>
  download('GET', `/children/imports/${id}/rejects.xlsx`, 'danh-sach-loi.xlsx');
