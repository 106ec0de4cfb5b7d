import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateGroupInput, GroupDto, UpdateGroupInput } from '@vte/contracts';
import { api } from '../../../lib/api-client';

export const groupKeys = {
  all: ['org', 'groups'] as const,
  list: (unitId: string | undefined) => ['org', 'groups', 'list', unitId ?? 'all'] as const,
  detail: (id: string) => ['org', 'groups', 'detail', id] as const,
};

export const fetchGroups = (unitId: string | undefined, signal?: AbortSignal): Promise<GroupDto[]> =>
  api.get<GroupDto[]>('/org/groups', { query: { unitId }, signal });

export function useGroups(unitId: string | undefined) {
  return useQuery({ queryKey: groupKeys.list(unitId), queryFn: ({ signal }) => fetchGroups(unitId, signal) });
}

export const fetchGroup = (id: string, signal?: AbortSignal): Promise<GroupDto> =>
  api.get<GroupDto>(`/org/groups/${encodeURIComponent(id)}`, { signal });

export function useGroup(id: string | null | undefined) {
  return useQuery({
    queryKey: groupKeys.detail(id ?? ''),
    queryFn: ({ signal }) => fetchGroup(id ?? '', signal),
    enabled: Boolean(id),
  });
}

function useGroupWrite<TVariables>(mutationFn: (variables: TVariables) => Promise<GroupDto>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (group) => {
      queryClient.setQueryData(groupKeys.detail(group.id), group);
      void queryClient.invalidateQueries({ queryKey: groupKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['org', 'agencies'] }); // agencies list their groupIds
    },
  });
}

export const createGroup = (input: CreateGroupInput): Promise<GroupDto> =>
  api.post<GroupDto>('/org/groups', input);
export const useCreateGroup = () => useGroupWrite(createGroup);

export const updateGroup = ({ id, input }: { id: string; input: UpdateGroupInput }): Promise<GroupDto> =>
  api.patch<GroupDto>(`/org/groups/${encodeURIComponent(id)}`, input);
export const useUpdateGroup = () => useGroupWrite(updateGroup);
