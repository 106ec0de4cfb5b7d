import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { childrenKeys } from './keys';

// Provisional shapes until C's children-duplicates contracts land (then replaced by their types).
export type PairSide = {
  id: string;
  fullName: string;
  dob: string | null;
  dobPrecision: string;
  sex: string | null;
  personalId: string | null;
  unitName: string;
  hamlet: string | null;
  address: string | null;
  ethnicityCode: string | null;
  guardians: string[];
  groups: string[];
};
export type PairSummary = {
  id: string;
  score: number;
  kind: string;
  reasons: string[];
  status: string;
  a: { id: string; fullName: string; dob: string | null; dobPrecision: string };
  b: { id: string; fullName: string; dob: string | null; dobPrecision: string };
};
export type PairDetail = PairSummary & { left: PairSide; right: PairSide };
export type MergeChoice = { survivorId: string; fields: Record<string, string> };
export type MergeResult = { mergeId: string; survivorId: string };

export function usePairs() {
  return useQuery({
    queryKey: childrenKeys.duplicates(null),
    queryFn: ({ signal }) => api.get<{ items: PairSummary[] }>('/children/duplicates', { signal }),
  });
}

/** Both records side by side: an audited read of two children, purpose "làm sạch dữ liệu". */
export function usePair(id: string | null) {
  return useQuery({
    queryKey: childrenKeys.pair(id ?? ''),
    queryFn: ({ signal }) => api.get<PairDetail>(`/children/duplicates/${id}`, { signal }),
    enabled: Boolean(id),
    staleTime: Infinity,
  });
}

function useDuplicatesWrite<B, R>(send: (body: B) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['children'] }),
  });
}

export const useMerge = (pairId: string) =>
  useDuplicatesWrite((choice: MergeChoice) =>
    api.post<MergeResult>(`/children/duplicates/${pairId}/merge`, choice),
  );
export const useNotSame = (pairId: string) =>
  useDuplicatesWrite(() => api.post(`/children/duplicates/${pairId}/not-same`, {}));
export const useUndoMerge = () =>
  useDuplicatesWrite((mergeId: string) => api.post(`/children/merges/${mergeId}/undo`, {}));
export const useScan = () =>
  useDuplicatesWrite((unitId: string) =>
    api.post<{ found: number }>('/children/duplicates/scan', { unitId }),
  );
