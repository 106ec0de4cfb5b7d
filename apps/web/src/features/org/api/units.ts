import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateSuccessionInput,
  CreateUnitInput,
  SuccessionDto,
  UnitDto,
  UnitType,
  UpdateUnitInput,
  unitDetailDto,
  z,
} from '@vte/contracts';
import { api } from '../../../lib/api-client';

export type UnitDetail = z.infer<typeof unitDetailDto>;
export type UnitListParams = { at?: string; q?: string; type?: UnitType; parentId?: string };

export const unitKeys = {
  all: ['org', 'units'] as const,
  list: (params: UnitListParams) => ['org', 'units', 'list', params] as const,
  detail: (id: string) => ['org', 'units', 'detail', id] as const,
};

export const fetchUnits = (params: UnitListParams, signal?: AbortSignal): Promise<UnitDto[]> =>
  api.get<UnitDto[]>('/org/units', { query: params, signal });

/** Units valid on `at` (default: today on the server). They change rarely: cache them for 5 minutes. */
export function useUnits(params: UnitListParams, enabled = true) {
  return useQuery({
    queryKey: unitKeys.list(params),
    queryFn: ({ signal }) => fetchUnits(params, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export const fetchUnit = (id: string, signal?: AbortSignal): Promise<UnitDetail> =>
  api.get<UnitDetail>(`/org/units/${encodeURIComponent(id)}`, { signal });

export function useUnit(id: string | null | undefined) {
  return useQuery({
    queryKey: unitKeys.detail(id ?? ''),
    queryFn: ({ signal }) => fetchUnit(id ?? '', signal),
    enabled: Boolean(id),
  });
}

function useUnitWrite<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: unitKeys.all }),
  });
}

export const createUnit = (input: CreateUnitInput): Promise<UnitDto> =>
  api.post<UnitDto>('/org/units', input);
export const useCreateUnit = () => useUnitWrite(createUnit);

export const updateUnit = ({ id, input }: { id: string; input: UpdateUnitInput }): Promise<UnitDto> =>
  api.patch<UnitDto>(`/org/units/${encodeURIComponent(id)}`, input);
export const useUpdateUnit = () => useUnitWrite(updateUnit);

export const createSuccession = (input: CreateSuccessionInput): Promise<SuccessionDto> =>
  api.post<SuccessionDto>('/org/successions', input);
export const useCreateSuccession = () => useUnitWrite(createSuccession);
