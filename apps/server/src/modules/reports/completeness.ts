import type { CompletenessCounts, CompletenessRowDto, CompletenessState } from '@vte/contracts';
import type { ExpectedAgency } from './expected';
import { onTime } from './report-content';

interface ReportFact {
  id: string;
  agencyId: string;
  agencyName: string;
  status: string;
  firstSubmittedAt: Date | null;
}

function stateOf(r: ReportFact | undefined): CompletenessState {
  if (!r) return 'missing';
  if (!r.firstSubmittedAt) return 'draft';
  return r.status as CompletenessState;
}

/**
 * DHIS2's completeness and timeliness, made so it cannot pass 100 %: only expected agencies count,
 * each once; a report from anyone else is listed apart. Submitted = sent at least once (a report
 * returned for correction was still submitted on its first date); on time = first sent by the due date.
 */
export function completeness(expected: Map<string, ExpectedAgency>, reports: ReportFact[], dueDate: string) {
  const byAgency = new Map(reports.map((r) => [r.agencyId, r]));
  const row = (agencyId: string, name: string, standsFor: string[]): CompletenessRowDto => {
    const r = byAgency.get(agencyId);
    return {
      agencyId,
      agencyName: name,
      state: stateOf(r),
      reportId: r?.id ?? null,
      firstSubmittedAt: r?.firstSubmittedAt?.toISOString() ?? null,
      onTime: onTime(r?.firstSubmittedAt ?? null, dueDate),
      standsFor,
    };
  };
  const agencies = [...expected.values()]
    .map((e) => row(e.id, e.name, e.standsFor))
    .sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'vi'));
  const unexpected = reports
    .filter((r) => !expected.has(r.agencyId) && r.firstSubmittedAt)
    .map((r) => row(r.agencyId, r.agencyName, []));
  return { counts: countRows(agencies), agencies, unexpected };
}

export function countRows(rows: Pick<CompletenessRowDto, 'state' | 'onTime'>[]): CompletenessCounts {
  const submitted = rows.filter((r) => r.onTime !== null).length;
  const onTimeN = rows.filter((r) => r.onTime === true).length;
  const expected = rows.length;
  return {
    expected,
    submitted,
    onTime: onTimeN,
    late: submitted - onTimeN,
    missing: expected - submitted,
    accepted: rows.filter((r) => r.state === 'accepted').length,
    returned: rows.filter((r) => r.state === 'returned').length,
    rate: expected ? submitted / expected : 0,
    onTimeRate: expected ? onTimeN / expected : 0,
  };
}

export function addCounts(list: CompletenessCounts[]): CompletenessCounts {
  const sum = (k: keyof CompletenessCounts) => list.reduce((s, c) => s + c[k], 0);
  const expected = sum('expected');
  const submitted = sum('submitted');
  const onTimeN = sum('onTime');
  return {
    expected,
    submitted,
    onTime: onTimeN,
    late: sum('late'),
    missing: sum('missing'),
    accepted: sum('accepted'),
    returned: sum('returned'),
    rate: expected ? submitted / expected : 0,
    onTimeRate: expected ? onTimeN / expected : 0,
  };
}

/** Counts only, from expected ids and report facts (the province view of thousands of agencies). */
export function countsFor(
  expected: Set<string>,
  reports: { agencyId: string; status: string; firstSubmittedAt: Date | null }[],
  dueDate: string,
): CompletenessCounts {
  const byAgency = new Map(reports.map((r) => [r.agencyId, r]));
  return countRows(
    [...expected].map((id) => {
      const r = byAgency.get(id);
      return {
        state: stateOf(r && { id: '', agencyName: '', ...r }),
        onTime: onTime(r?.firstSubmittedAt ?? null, dueDate),
      };
    }),
  );
}
