import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type {
  ChildExportInput,
  ChildFilters,
  ChildListItemDto,
  ChildMaskedItemDto,
  ChildSearchResultDto,
  CodeItemDto,
  CodeListsDto,
} from '@vte/contracts';
import { api } from '../../../lib/api-client';
import { download } from '../../../lib/download';
import { childrenKeys } from './keys';

export type CodeItem = CodeItemDto;
export type CodeLists = Map<string, CodeItemDto[]>;
export type RegisterFilters = Omit<ChildFilters, 'q' | 'asOf'>;

/** One row of the list as the screen shows it, full or masked (list-only roles). */
export type RegisterRow = {
  id: string;
  name: string;
  masked: boolean;
  dob: string | null;
  dobPrecision: string;
  birthYear: number | null;
  age: number | null;
  sex: 'M' | 'F' | null;
  unitName: string;
  hamlet: string | null;
  groups: string[];
  idVerification: string | null;
  personalId: string | null;
};

const fullRow = (item: ChildListItemDto): RegisterRow => ({
  id: item.id,
  name: item.fullName,
  masked: false,
  dob: item.dob,
  dobPrecision: item.dobPrecision,
  birthYear: item.dob ? Number(item.dob.slice(0, 4)) : null,
  age: item.age,
  sex: item.sex,
  unitName: item.unit.name,
  hamlet: item.hamlet,
  groups: item.groups,
  idVerification: item.personalId ? item.idVerification : null,
  personalId: item.personalId,
});

const maskedRow = (item: ChildMaskedItemDto): RegisterRow => ({
  id: item.id,
  name: item.maskedName,
  masked: true,
  dob: null,
  dobPrecision: 'year',
  birthYear: item.birthYear,
  age: null,
  sex: item.sex,
  unitName: item.unit.name,
  hamlet: null,
  groups: [],
  idVerification: null,
  personalId: null,
});

export type RegisterPage = {
  rows: RegisterRow[];
  masked: boolean;
  total: number | null;
  totalCapped: boolean;
  nextCursor: string | null;
};

/** The national code lists (ethnicity, groups, risks, ID states…), by list name. */
export function useCodes() {
  return useQuery({
    queryKey: childrenKeys.codes(),
    queryFn: async ({ signal }) => {
      const lists = await api.get<CodeListsDto>('/children/codes', { signal });
      return new Map(Object.entries(lists)) as CodeLists;
    },
    staleTime: 30 * 60_000,
  });
}

export type SearchBody = ChildFilters & { cursor?: string; limit: number };

/** POST so a name or an ID typed in the search box never lands in a URL or a log line. */
export function useRegisterSearch(body: SearchBody) {
  return useQuery({
    queryKey: childrenKeys.search(body),
    queryFn: async ({ signal }): Promise<RegisterPage> => {
      const page = await api.post<ChildSearchResultDto>('/children/search', body, { signal });
      const rows = page.masked ? page.items.map(maskedRow) : page.items.map(fullRow);
      return {
        rows,
        masked: page.masked,
        total: page.total,
        totalCapped: page.totalCapped,
        nextCursor: page.nextCursor,
      };
    },
    placeholderData: keepPreviousData,
  });
}

/** Downloads the register's export (.xlsx); the reason goes into the file and the audit row. */
export function useExport() {
  return useMutation({
    mutationFn: (body: ChildExportInput) =>
      download('POST', '/children/export', 'so-theo-doi-tre-em.xlsx', body),
  });
}
