import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditAction, auditEntryDto } from '@vte/contracts';
import { api } from '../../../lib/api-client';
import type { PageOf } from '../../../lib/types';

export type AuditPage = PageOf<typeof auditEntryDto>;
export type AuditParams = {
  actorId?: string;
  entity?: string;
  entityId?: string;
  action?: AuditAction;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

export const auditKeys = { list: (params: AuditParams) => ['audit', 'list', params] as const };

export const fetchAuditEntries = (params: AuditParams, signal?: AbortSignal): Promise<AuditPage> =>
  api.get<AuditPage>('/audit', { query: params, signal });

export function useAuditEntries(params: AuditParams) {
  return useQuery({
    queryKey: auditKeys.list(params),
    queryFn: ({ signal }) => fetchAuditEntries(params, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
