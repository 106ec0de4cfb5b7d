import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ChildCreateInput,
  ChildDto,
  ChildMatchDraft,
  ChildMatchResultDto,
  GuardianInput,
} from '@vte/contracts';
import { api } from '../../../lib/api-client';

export type { ChildMatchResultDto, GuardianInput };

/** The forced search before a child is added: the draft (a name, an ID) goes in the POST body. */
export const useMatchDraft = () =>
  useMutation({
    mutationFn: (draft: ChildMatchDraft) => api.post<ChildMatchResultDto>('/children/match', draft),
  });

export function useCreateChild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChildCreateInput) => api.post<ChildDto>('/children', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['children', 'search'] }),
  });
}

export type SubKind = 'guardians' | 'circumstances' | 'risks' | 'consents';

/** A sub-record added (no subId) or changed (subId) on the child's page; the page is read again. */
export function useSubRecord(childId: string, kind: SubKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ subId, body }: { subId?: string; body: Record<string, unknown> }) =>
      subId
        ? api.patch(`/children/${childId}/${kind}/${subId}`, body)
        : api.post(`/children/${childId}/${kind}`, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['children', 'child', childId] }),
  });
}

/** Erasure on a lawful request: the record then answers 404; only the audited tombstone stays. */
export function useEraseChild(childId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { requestRef: string; reason: string }) =>
      api.post<{ id: string; status: 'erased' }>(`/children/${childId}/erase`, body),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['children', 'child', childId] });
      void queryClient.invalidateQueries({ queryKey: ['children', 'search'] });
    },
  });
}
