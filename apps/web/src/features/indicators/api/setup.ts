import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AgencyDto,
  IndicatorAssignmentDto,
  IndicatorTargetDto,
  UnitDto,
  agencyDto,
} from '@vte/contracts';
import { api } from '../../../lib/api-client';
import type { PageOf } from '../../../lib/types';

export const setupKeys = {
  assignments: (unitId: string) => ['indicators', 'assignments', unitId] as const,
  targets: (unitId: string, year: number) => ['indicators', 'targets', unitId, year] as const,
  units: ['indicators', 'units'] as const,
  agencies: ['indicators', 'agencies'] as const,
};

export function useAssignments(unitId: string | undefined) {
  return useQuery({
    queryKey: setupKeys.assignments(unitId ?? ''),
    queryFn: ({ signal }) =>
      api.get<IndicatorAssignmentDto[]>('/indicators/assignments', { query: { unitId }, signal }),
    enabled: Boolean(unitId),
  });
}

export type AssignmentsInput = { unitId: string; assignments: { indicatorId: string; agencyId: string }[] };

export function useSetAssignments() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssignmentsInput) =>
      api.put<IndicatorAssignmentDto[]>('/indicators/assignments', input),
    onSuccess: (rows, input) => queryClient.setQueryData(setupKeys.assignments(input.unitId), rows),
  });
}

export function useTargets(unitId: string | undefined, year: number) {
  return useQuery({
    queryKey: setupKeys.targets(unitId ?? '', year),
    queryFn: ({ signal }) =>
      api.get<IndicatorTargetDto[]>('/indicators/targets', { query: { unitId, year }, signal }),
    enabled: Boolean(unitId),
  });
}

export type TargetsInput = {
  unitId: string;
  year: number;
  targets: { indicatorId: string; value: number }[];
};

export function useSetTargets() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TargetsInput) => api.put<IndicatorTargetDto[]>('/indicators/targets', input),
    onSuccess: (rows, input) => queryClient.setQueryData(setupKeys.targets(input.unitId, input.year), rows),
  });
}

/** Units the user may see (all dates: a district and the special zone that succeeded it). */
export function useUnitChoices() {
  return useQuery({
    queryKey: setupKeys.units,
    queryFn: ({ signal }) => api.get<UnitDto[]>('/org/units', { signal }),
    staleTime: 5 * 60_000,
  });
}

/** Agencies the user may see; the server still checks each belongs to the chosen unit. */
export function useAgencyChoices() {
  return useQuery({
    queryKey: setupKeys.agencies,
    queryFn: async ({ signal }): Promise<AgencyDto[]> =>
      (await api.get<PageOf<typeof agencyDto>>('/org/agencies', { query: { pageSize: 200 }, signal })).items,
    staleTime: 5 * 60_000,
  });
}
