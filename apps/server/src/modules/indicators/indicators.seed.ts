import type { Db } from '../../platform/db/pool';
import { getUnit, LY_SON } from '../org';
import * as repo from './indicators.repo';
import { seedAssignments, seedDirection, seedIndicatorDefs, seedTargets2025 } from './indicators.seed-data';

/**
 * Every start: adds catalogue entries missing by code (an admin's later edits are never
 * overwritten), and gives the Lý Sơn units their assignments and 2025 targets while they have none.
 */
export async function seedIndicators(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await repo.insertIndicators(
      tx,
      seedIndicatorDefs.map((d) => ({
        ...d,
        direction: seedDirection(d.code),
        partOfCode: d.partOfCode ?? null,
        numeratorCode: d.numeratorCode ?? null,
        denominatorCode: d.denominatorCode ?? null,
        factor: d.factor ?? null,
        min: d.min ?? null,
        max: d.max ?? null,
      })),
      'skip',
    );
    const ids = await repo.idsByCodes(
      tx,
      seedIndicatorDefs.map((d) => d.code),
    );
    for (const [unitId, side] of [
      [LY_SON.districtId, 'district'],
      [LY_SON.specialZoneId, 'zone'],
    ] as const) {
      const unit = await getUnit(tx, unitId);
      if (!unit) continue;
      if ((await repo.countAssignments(tx, unitId)) === 0) {
        const rows = seedAssignments.flatMap((a) => {
          const indicatorId = ids.get(a.code);
          return indicatorId
            ? [{ provinceId: unit.provinceId, unitId, indicatorId, agencyId: LY_SON.agency(a[side]) }]
            : [];
        });
        await repo.replaceAssignments(tx, unitId, rows);
      }
      if (!(await repo.targetsOf(tx, unitId, 2025)).length) {
        const rows = seedTargets2025.flatMap((t) => {
          const indicatorId = ids.get(t.code);
          return indicatorId
            ? [{ provinceId: unit.provinceId, unitId, indicatorId, year: 2025, value: t.value }]
            : [];
        });
        await repo.replaceTargets(tx, unitId, 2025, rows);
      }
    }
  });
}
