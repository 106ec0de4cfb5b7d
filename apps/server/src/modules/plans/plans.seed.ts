import fs from 'node:fs';
import path from 'node:path';
import { PLAN_SEED_DIR } from '../../paths';
import { draftFromPreview, type ParsedPlanShape } from '@vte/contracts';
import { systemContext } from '../../platform/auth/context';
import type { Db } from '../../platform/db/pool';
import { LY_SON } from '../org';
import { createPlan, previewImport } from './import.service';
import * as repo from './plans.repo';

const SEED_FILE = path.join(PLAN_SEED_DIR, 'ke-hoach-ly-son-2025.txt');

const SEED_CTX = systemContext('seed');

/**
 * First start: the 2025 plan of Lý Sơn, imported through the same parser and matching as a user's
 * upload, and issued. Skipped once the district has any plan.
 */
export async function seedPlans(db: Db): Promise<string | null> {
  if ((await repo.plansOfUnits(db, [LY_SON.districtId])).length) return null;
  const { parsed, matches } = await previewImport(db, SEED_CTX, LY_SON.districtId, {
    file: fs.readFileSync(SEED_FILE),
    filename: path.basename(SEED_FILE),
  });
  const draft = draftFromPreview(
    parsed as ParsedPlanShape,
    matches,
    LY_SON.districtId,
    path.basename(SEED_FILE),
  );
  const id = await createPlan(db, SEED_CTX, { ...draft, issuerAgencyId: LY_SON.agency('ubnd') });
  await repo.updatePlanRow(db, id, { status: 'issued' });
  return id;
}
