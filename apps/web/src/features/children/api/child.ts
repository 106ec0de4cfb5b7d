import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChildDto, ChildMoveInput, ChildUpdateInput } from '@vte/contracts';
import { api } from '../../../lib/api-client';
import { childrenKeys } from './keys';

export type { ChildDto };

/** Opening a child's page is an audited read: the purpose goes with it (a code, nothing personal). */
export function useChild(id: string, purpose: string | null) {
  return useQuery({
    queryKey: childrenKeys.child(id, purpose ?? ''),
    queryFn: ({ signal }) =>
      api.get<ChildDto>(`/children/${id}`, { query: { purpose: purpose ?? '' }, signal }),
    enabled: Boolean(purpose),
    staleTime: Infinity, // one audited read per opening; writes refresh it
    retry: false,
  });
}

function useChildWrite<B>(id: string, send: (body: B) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['children', 'child', id] }),
  });
}

export type CircumstanceBody = {
  groupCode: string;
  subtypeCode?: string | null;
  fromDate: string;
  source?: string | null;
};

export const useUpdateChild = (id: string) =>
  useChildWrite(id, (body: ChildUpdateInput) => api.patch(`/children/${id}`, body));
export const useMoveChild = (id: string) =>
  useChildWrite(id, (body: ChildMoveInput) => api.post(`/children/${id}/moves`, body));
export const useAddCircumstance = (id: string) =>
  useChildWrite(id, (body: CircumstanceBody) => api.post(`/children/${id}/circumstances`, body));
