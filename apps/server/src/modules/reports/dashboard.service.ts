import type { ReportsDashboardDto } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Db } from '../../platform/db/pool';
import { today } from './clock';
import { toConsolidatedDto, toSummary } from './consolidated-dto';
import * as crepo from './consolidated.repo';
import { periodCompleteness } from './completeness.service';
import { listPeriods, readablePeriod } from './periods.service';
import { periodIndicators } from './consolidation.service';

/**
 * For the focal department and leaders: this period's completeness, who is late or missing, and
 * the indicators of the consolidated draft beside the last period and the targets. Without a
 * chosen period: the first one not yet past its expiry, else the latest.
 */
export async function reportsDashboard(
  db: Db,
  ctx: AuthedContext,
  periodId?: string,
): Promise<ReportsDashboardDto> {
  const periods = (await listPeriods(db, ctx, {})).filter((p) => p.planId);
  const day = today();
  const chosen = periodId
    ? periods.find((p) => p.id === periodId)
    : ([...periods].sort((a, b) => a.dueDate.localeCompare(b.dueDate)).find((p) => p.expiresOn >= day) ??
      [...periods].sort((a, b) => b.dueDate.localeCompare(a.dueDate))[0]);
  if (periodId && !chosen) await readablePeriod(db, ctx, periodId);
  if (!chosen)
    return { period: null, periods, counts: null, late: [], missing: [], indicators: [], consolidated: null };
  const row = await readablePeriod(db, ctx, chosen.id);
  const c = await periodCompleteness(db, row);
  const consolidated = await crepo.consolidatedOfPeriod(db, chosen.id);
  return {
    period: chosen,
    periods,
    counts: c.counts,
    late: c.agencies.filter((a) => a.onTime === false),
    missing: c.agencies.filter((a) => a.onTime === null),
    // Live from the accepted reports until a consolidated report exists, then as consolidated.
    indicators: consolidated ? toConsolidatedDto(consolidated).indicators : await periodIndicators(db, row),
    consolidated: consolidated ? toSummary(consolidated) : null,
  };
}
