/** Query keys of the reports area: every key starts with 'reports' so one invalidation refreshes all. */
export const reportKeys = {
  all: ['reports'] as const,
  periods: (params: object) => ['reports', 'periods', params] as const,
  completeness: (periodId: string) => ['reports', 'completeness', periodId] as const,
  periodReports: (periodId: string) => ['reports', 'period-reports', periodId] as const,
  mine: ['reports', 'mine'] as const,
  agency: (id: string) => ['reports', 'agency', id] as const,
  versions: (id: string) => ['reports', 'agency', id, 'versions'] as const,
  version: (id: string, version: number) => ['reports', 'agency', id, 'version', version] as const,
  periodConsolidated: (periodId: string) => ['reports', 'period-consolidated', periodId] as const,
  consolidated: (id: string) => ['reports', 'consolidated', id] as const,
  received: ['reports', 'received'] as const,
  province: (kind: string, year: number) => ['reports', 'province', kind, year] as const,
  dashboard: (periodId: string | undefined) => ['reports', 'dashboard', periodId ?? 'current'] as const,
  plans: ['reports', 'plan-options'] as const,
};

export const reportsPath = (...parts: string[]) =>
  `/reports/${parts.map((part) => encodeURIComponent(part)).join('/')}`;
