import crypto from 'node:crypto';
import type { TestApp } from '../../test/harness';
import { LY_SON } from '../org';

// Register rows for the duplicates tests, written directly (the scan and the queue read whatever
// the record API and the import write): a child, his open residence, parents and circumstances.

export interface Kid {
  fullName: string;
  dob: string;
  dobPrecision?: string;
  sex?: 'M' | 'F';
  personalId?: string | null;
  unitId?: string;
  provinceId?: string;
  hamlet?: string;
  mother?: string;
  father?: string;
  groups?: string[];
  residenceFrom?: string;
}

export async function addKid(t: TestApp, k: Kid): Promise<string> {
  const id = crypto.randomUUID();
  const p = k.provinceId ?? LY_SON.provinceId;
  const unit = k.unitId ?? LY_SON.specialZoneId;
  await t.pool.query(
    `insert into child (province_id, id, full_name, dob, dob_precision, sex, personal_id, personal_id_kind,
                        id_verification, unit_id, hamlet)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      p,
      id,
      k.fullName,
      k.dob,
      k.dobPrecision ?? 'day',
      k.sex ?? 'F',
      k.personalId ?? null,
      k.personalId ? 'cccd12' : null,
      k.personalId ? 'chua_xac_thuc' : 'chua_co',
      unit,
      k.hamlet ?? 'Thôn Đông',
    ],
  );
  await t.pool.query(
    `insert into child_residence (province_id, child_id, unit_id, hamlet, valid_from) values ($1, $2, $3, $4, $5)`,
    [p, id, unit, k.hamlet ?? 'Thôn Đông', k.residenceFrom ?? k.dob],
  );
  for (const [relation, name] of [
    ['me', k.mother],
    ['cha', k.father],
  ] as const)
    if (name)
      await t.pool.query(
        `insert into child_guardian (province_id, child_id, relation, full_name) values ($1, $2, $3, $4)`,
        [p, id, relation, name],
      );
  for (const g of k.groups ?? [])
    await t.pool.query(
      `insert into child_circumstance (province_id, child_id, group_code, from_date) values ($1, $2, $3, $4)`,
      [p, id, g, '2024-01-01'],
    );
  return id;
}

/** Every register row of these children, for "the state before the merge equals the state after undo". */
export async function registerState(t: TestApp, ids: string[]): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  out.child = (await t.pool.query(`select * from child where id = any($1) order by id`, [ids])).rows;
  for (const table of [
    'child_residence',
    'child_guardian',
    'child_circumstance',
    'child_risk',
    'child_consent',
    'child_campaign_item',
  ])
    out[table] = (
      await t.pool.query(`select * from ${table} where child_id = any($1) order by id`, [ids])
    ).rows;
  return out;
}

export async function auditOf(t: TestApp, entityId: string) {
  return (
    await t.pool.query<{ action: string; entity: string; after: Record<string, unknown> | null }>(
      `select action, entity, after from audit_log where entity_id = $1 order by id`,
      [entityId],
    )
  ).rows;
}
