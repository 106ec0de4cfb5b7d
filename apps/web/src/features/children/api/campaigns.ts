import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BoardDto,
  CampaignDto,
  CampaignItemDto,
  CreateCampaignInput,
  PoliceDiffDto,
  VisitResult,
} from '@vte/contracts';
import { api } from '../../../lib/api-client';
import { download } from '../../../lib/download';
import { childrenKeys } from './keys';

const base = '/children/campaigns';

export function useCampaigns() {
  return useQuery({
    queryKey: childrenKeys.campaigns(),
    queryFn: ({ signal }) => api.get<CampaignDto[]>(base, { signal }),
  });
}

export function useBoard(id: string | null) {
  return useQuery({
    queryKey: [...childrenKeys.campaign(id ?? ''), 'board'],
    queryFn: ({ signal }) => api.get<BoardDto>(`${base}/${id}/board`, { signal }),
    enabled: Boolean(id),
  });
}

export type HamletRow = {
  unitId: string;
  unitName: string;
  hamlet: string | null;
  total: number;
  open: number;
  visited: number;
};
export function useHamlets(id: string, unitId: string | null) {
  return useQuery({
    queryKey: [...childrenKeys.campaign(id), 'hamlets', unitId],
    queryFn: ({ signal }) =>
      api.get<HamletRow[]>(`${base}/${id}/hamlets`, { query: { unitId: unitId ?? undefined }, signal }),
    enabled: Boolean(unitId),
  });
}

export type ItemsFilter = { unitId: string; hamlet: string; page: number; pageSize: number };
export function useItems(id: string, filter: ItemsFilter | null) {
  return useQuery({
    queryKey: [...childrenKeys.campaign(id), 'items', filter],
    queryFn: ({ signal }) =>
      api.get<{ items: CampaignItemDto[]; total: number }>(`${base}/${id}/items`, {
        query: filter ?? {},
        signal,
      }),
    enabled: Boolean(filter),
    placeholderData: keepPreviousData,
  });
}

function useCampaignWrite<B, R = unknown>(id: string, send: (body: B) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: childrenKeys.campaign(id) }),
  });
}

export function useOpenCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCampaignInput) => api.post<CampaignDto>(base, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: childrenKeys.campaigns() }),
  });
}

export const useRefresh = (id: string) => useCampaignWrite(id, () => api.post(`${base}/${id}/refresh`, {}));
export const useSample = (id: string) => useCampaignWrite(id, () => api.post(`${base}/${id}/sample`, {}));
export const useVisit = (id: string) =>
  useCampaignWrite(id, ({ itemId, result }: { itemId: string; result: VisitResult }) =>
    api.post(`${base}/${id}/items/${itemId}/visit`, { result }),
  );

/** The police's returned list: read and compared first (nothing applied), then applied in one go. */
export const usePoliceDiff = (id: string) =>
  useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.postForm<PoliceDiffDto>(`${base}/${id}/police/preview`, form);
    },
  });
export const usePoliceApply = (id: string) =>
  useCampaignWrite(id, (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.postForm<{ applied: number }>(`${base}/${id}/police/apply`, form);
  });

export type SheetKind = 'check-sheet' | 'police';
/** Check sheets per thôn and the police hand-over list: exports of personal data, so with a reason. */
export const downloadSheet = (
  id: string,
  kind: SheetKind,
  body: { unitId?: string; hamlet?: string; reason: string },
) =>
  download(
    'POST',
    `${base}/${id}/${kind === 'police' ? 'police-list.xlsx' : 'check-sheet.xlsx'}`,
    kind === 'police' ? 'danh-sach-gui-cong-an.xlsx' : 'phieu-ra-soat.xlsx',
    body,
  );
