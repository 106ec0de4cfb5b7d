import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgencyDto, AgencyKind, CreateAgencyInput, UpdateAgencyInput, agencyDto } from '@vte/contracts';
import { api } from '../../../lib/api-client';
import type { PageOf } from '../../../lib/types';

export type AgencyPage = PageOf<typeof agencyDto>;
export type AgencySort = 'name' | 'kind' | 'validFrom';
export type AgencyListParams = {
  unitId?: string;
  q?: string;
  kind?: AgencyKind;
  at?: string;
  sort?: AgencySort;
  page: number;
  pageSize: number;
};

export const agencyKeys = {
  all: ['org', 'agencies'] as const,
  list: (params: AgencyListParams) => ['org', 'agencies', 'list', params] as const,
  detail: (id: string) => ['org', 'agencies', 'detail', id] as const,
};

export const fetchAgencies = (params: AgencyListParams, signal?: AbortSignal): Promise<AgencyPage> =>
  api.get<AgencyPage>('/org/agencies', { query: params, signal });

export function useAgencies(params: AgencyListParams, enabled = true) {
  return useQuery({
    queryKey: agencyKeys.list(params),
    queryFn: ({ signal }) => fetchAgencies(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export const fetchAgency = (id: string, signal?: AbortSignal): Promise<AgencyDto> =>
  api.get<AgencyDto>(`/org/agencies/${encodeURIComponent(id)}`, { signal });

export function useAgency(id: string | null | undefined) {
  return useQuery({
    queryKey: agencyKeys.detail(id ?? ''),
    queryFn: ({ signal }) => fetchAgency(id ?? '', signal),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}

function useAgencyWrite<TVariables>(mutationFn: (variables: TVariables) => Promise<AgencyDto>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (agency) => {
      queryClient.setQueryData(agencyKeys.detail(agency.id), agency);
      void queryClient.invalidateQueries({ queryKey: agencyKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['org', 'groups'] });
    },
  });
}

export const createAgency = (input: CreateAgencyInput): Promise<AgencyDto> =>
  api.post<AgencyDto>('/org/agencies', input);
export const useCreateAgency = () => useAgencyWrite(createAgency);

export const updateAgency = ({ id, input }: { id: string; input: UpdateAgencyInput }): Promise<AgencyDto> =>
  api.patch<AgencyDto>(`/org/agencies/${encodeURIComponent(id)}`, input);
export const useUpdateAgency = () => useAgencyWrite(updateAgency);
