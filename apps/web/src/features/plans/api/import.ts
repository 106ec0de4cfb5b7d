import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgencyMatch, CreatePlanInput, GroupDto, ImportAgencyOptionDto } from '@vte/contracts';
import { api } from '../../../lib/api-client';
import { planKeys } from './plans';

/** What the server extracted, not saved: the parser's output and the register matches of every name. */
export type ImportPreview = { parsed: unknown; matches: AgencyMatch[] };
export type PreviewSource = { unitId: string; file: File } | { unitId: string; text: string };

export function previewImport(source: PreviewSource): Promise<ImportPreview> {
  if ('text' in source) {
    return api.post<ImportPreview>('/plans/import/preview-text', {
      unitId: source.unitId,
      text: source.text,
    });
  }
  const form = new FormData();
  form.append('unitId', source.unitId); // before the file: the server reads fields that precede it
  form.append('file', source.file, source.file.name);
  return api.postForm<ImportPreview>('/plans/import/preview', form);
}

export const usePreviewImport = () => useMutation({ mutationFn: previewImport });

export const createPlan = (input: CreatePlanInput): Promise<{ id: string }> =>
  api.post<{ id: string }>('/plans', input);

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPlan,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: planKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['org'] }); // the save may create agencies
    },
  });
}

/** Register look-ups for the review screen (the org endpoints, through this feature's own fetchers). */
export type RegisterOption = { kind: 'agency' | 'group'; id: string; name: string; detail: string | null };

/** Agencies valid on the plan's date around its unit, predecessor and successor units included. */
export function useRegisterAgencies(unitId: string, at: string, q: string) {
  return useQuery({
    queryKey: ['plans', 'import', 'agencies', unitId, at, q],
    queryFn: ({ signal }) =>
      api.post<ImportAgencyOptionDto[]>(
        '/plans/import/agencies',
        { unitId, at, ...(q ? { q } : {}) },
        { signal },
      ),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useRegisterGroups(unitId: string) {
  return useQuery({
    queryKey: ['plans', 'import', 'groups', unitId],
    queryFn: ({ signal }) => api.get<GroupDto[]>('/org/groups', { query: { unitId }, signal }),
    staleTime: 5 * 60_000,
  });
}
