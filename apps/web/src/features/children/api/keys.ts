/** Query keys of the children feature; everything under ['children'] is dropped after a register write. */
export const childrenKeys = {
  all: ['children'] as const,
  codes: () => ['children', 'codes'] as const,
  search: (body: unknown) => ['children', 'search', body] as const,
  child: (id: string, purpose: string) => ['children', 'child', id, purpose] as const,
  imports: () => ['children', 'imports'] as const,
  importOne: (id: string) => ['children', 'imports', id] as const,
  duplicates: (unitId: string | null) => ['children', 'duplicates', unitId] as const,
  pair: (id: string) => ['children', 'duplicates', 'pair', id] as const,
  campaigns: () => ['children', 'campaigns'] as const,
  campaign: (id: string) => ['children', 'campaigns', id] as const,
};
