import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DuplicatePairDetailDto,
  DuplicatePairDto,
  DuplicatePairSideDto,
  DuplicateScanResultDto,
  MergeInput,
  MergeResultDto,
} from '@vte/contracts';
import { api } from '../../../lib/api-client';
import { childrenKeys } from './keys';

export type PairSide = DuplicatePairSideDto;
export type PairSummary = DuplicatePairDto;
export type MergeResult = MergeResultDto;

export function usePairs() {
  return useQuery({
    queryKey: childrenKeys.duplicates(null),
    queryFn: ({ signal }) => api.get<{ items: DuplicatePairDto[] }>('/children/duplicates', { signal }),
  });
}

/** Both records side by side: an audited read of two children, purpose "làm sạch dữ liệu". */
export function usePair(id: string | null) {
  return useQuery({
    queryKey: childrenKeys.pair(id ?? ''),
    queryFn: ({ signal }) => api.get<DuplicatePairDetailDto>(`/children/duplicates/${id}`, { signal }),
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
  useDuplicatesWrite((choice: MergeInput) =>
    api.post<MergeResultDto>(`/children/duplicates/${pairId}/merge`, choice),
  );
export const useNotSame = (pairId: string) =>
  useDuplicatesWrite(() => api.post(`/children/duplicates/${pairId}/not-same`, {}));
export const useUndoMerge = () =>
  useDuplicatesWrite((mergeId: string) => api.post(`/children/merges/${mergeId}/undo`, {}));
export const useScan = () =>
  useDuplicatesWrite((unitId: string) =>
    api.post<DuplicateScanResultDto>('/children/duplicates/scan', { unitId }),
  );
