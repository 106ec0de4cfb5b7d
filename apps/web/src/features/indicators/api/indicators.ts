import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateIndicatorInput, IndicatorDto, UpdateIndicatorInput } from '@vte/contracts';
import { api } from '../../../lib/api-client';

export const indicatorKeys = {
  all: ['indicators'] as const,
  list: (includeInactive: boolean) => ['indicators', 'list', includeInactive] as const,
  detail: (id: string) => ['indicators', 'detail', id] as const,
};

// The catalogue is small (tens of rows): fetched whole, searched on the device.
export const fetchIndicators = (includeInactive: boolean, signal?: AbortSignal): Promise<IndicatorDto[]> =>
  api.get<IndicatorDto[]>('/indicators', {
    query: { includeInactive: includeInactive ? 'true' : undefined },
    signal,
  });

export function useIndicators(includeInactive = false) {
  return useQuery({
    queryKey: indicatorKeys.list(includeInactive),
    queryFn: ({ signal }) => fetchIndicators(includeInactive, signal),
    staleTime: 5 * 60_000,
  });
}

function useIndicatorWrite<TVariables>(mutationFn: (variables: TVariables) => Promise<IndicatorDto>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (indicator) => {
      queryClient.setQueryData(indicatorKeys.detail(indicator.id), indicator);
      void queryClient.invalidateQueries({ queryKey: indicatorKeys.all });
    },
  });
}

export const createIndicator = (input: CreateIndicatorInput): Promise<IndicatorDto> =>
  api.post<IndicatorDto>('/indicators', input);
export const useCreateIndicator = () => useIndicatorWrite(createIndicator);

export const updateIndicator = ({
  id,
  input,
}: {
  id: string;
  input: UpdateIndicatorInput;
}): Promise<IndicatorDto> => api.patch<IndicatorDto>(`/indicators/${encodeURIComponent(id)}`, input);
export const useUpdateIndicator = () => useIndicatorWrite(updateIndicator);
