import type { Exec } from '../../platform/db/pool';
import { sql } from 'drizzle-orm';
import { SYNTHETIC_NOTE, type SyntheticChild } from './synthetic';

// Bulk insert of synthetic children: one statement per table per batch, rows passed as arrays and
// spread by unnest (a few thousand rows per round trip). Ids are deterministic, so a rerun with the
// same seed adds nothing; sub-rows go in only beside a child that is there.

const col = <T>(rows: readonly T[], f: (r: T) => unknown) => rows.map(f);
const arr = (xs: unknown[], type: string) => sql`${sql.param(xs)}::${sql.raw(type)}[]`;

async function insertChildRows(exec: Exec, cs: readonly SyntheticChild[]): Promise<number> {
  const r = await exec.execute(sql`
    insert into child (province_id, id, full_name, dob, dob_precision, sex, ethnicity_code, personal_id,
      personal_id_kind, id_verification, unit_id, hamlet, address, notes, source_record_ref)
    select x.p, x.id, x.n, x.dob, x.pr, x.s, x.e, x.pid, x.k, x.v, x.u, x.h, x.a, ${SYNTHETIC_NOTE}, x.ref from unnest(
      ${arr(
        col(cs, (c) => c.provinceId),
        'uuid',
      )}, ${arr(
        col(cs, (c) => c.id),
        'uuid',
      )},
      ${arr(
        col(cs, (c) => c.fullName),
        'text',
      )}, ${arr(
        col(cs, (c) => c.dob),
        'date',
      )},
      ${arr(
        col(cs, (c) => c.dobPrecision),
        'text',
      )}, ${arr(
        col(cs, (c) => c.sex),
        'text',
      )},
      ${arr(
        col(cs, (c) => c.ethnicityCode),
        'text',
      )}, ${arr(
        col(cs, (c) => c.personalId),
        'text',
      )},
      ${arr(
        col(cs, (c) => c.personalIdKind),
        'text',
      )}, ${arr(
        col(cs, (c) => c.idVerification),
        'text',
      )},
      ${arr(
        col(cs, (c) => c.unitId),
        'uuid',
      )}, ${arr(
        col(cs, (c) => c.hamlet),
        'text',
      )},
      ${arr(
        col(cs, (c) => c.address),
        'text',
      )}, ${arr(
        col(cs, (c) => c.sourceRecordRef),
        'text',
      )})
      as x(p, id, n, dob, pr, s, e, pid, k, v, u, h, a, ref)
    on conflict do nothing`);
  return r.rowCount ?? 0;
}

async function insertResidences(exec: Exec, cs: readonly SyntheticChild[]): Promise<void> {
  await exec.execute(sql`
    insert into child_residence (province_id, id, child_id, unit_id, hamlet, address, kind, valid_from, source)
    select x.p, x.id, x.c, x.u, x.h, x.a, 'hien_tai', x.f, 'mo_phong' from unnest(
      ${arr(
        col(cs, (c) => c.provinceId),
        'uuid',
      )}, ${arr(
        col(cs, (c) => c.residenceId),
        'uuid',
      )},
      ${arr(
        col(cs, (c) => c.id),
        'uuid',
      )}, ${arr(
        col(cs, (c) => c.unitId),
        'uuid',
      )},
      ${arr(
        col(cs, (c) => c.hamlet),
        'text',
      )}, ${arr(
        col(cs, (c) => c.address),
        'text',
      )},
      ${arr(
        col(cs, (c) => c.residenceFrom),
        'date',
      )}) as x(p, id, c, u, h, a, f)
    where exists (select 1 from child k where k.province_id = x.p and k.id = x.c)
    on conflict do nothing`);
}

async function insertGuardians(exec: Exec, cs: readonly SyntheticChild[]): Promise<void> {
  const gs = cs.flatMap((c) => c.guardians.map((g) => ({ c, g })));
  await exec.execute(sql`
    insert into child_guardian (province_id, id, child_id, relation, full_name, birth_year, is_primary_contact)
    select x.* from unnest(
      ${arr(
        col(gs, (r) => r.c.provinceId),
        'uuid',
      )}, ${arr(
        col(gs, (r) => r.g.id),
        'uuid',
      )},
      ${arr(
        col(gs, (r) => r.c.id),
        'uuid',
      )}, ${arr(
        col(gs, (r) => r.g.relation),
        'text',
      )},
      ${arr(
        col(gs, (r) => r.g.fullName),
        'text',
      )}, ${arr(
        col(gs, (r) => r.g.birthYear),
        'int',
      )},
      ${arr(
        col(gs, (r) => r.g.isPrimaryContact),
        'boolean',
      )}) as x(p, id, c, rel, n, y, pc)
    where exists (select 1 from child k where k.province_id = x.p and k.id = x.c)
    on conflict do nothing`);
}

async function insertCircumstancesAndRisks(exec: Exec, cs: readonly SyntheticChild[]): Promise<void> {
  const gs = cs.flatMap((c) => c.circumstances.map((g) => ({ c, g })));
  const rs = cs.flatMap((c) => c.risks.map((r) => ({ c, r })));
  if (gs.length)
    await exec.execute(sql`
      insert into child_circumstance (province_id, id, child_id, group_code, subtype_code, from_date, source)
      select x.*, 'mo_phong' from unnest(
        ${arr(
          col(gs, (r) => r.c.provinceId),
          'uuid',
        )}, ${arr(
          col(gs, (r) => r.g.id),
          'uuid',
        )},
        ${arr(
          col(gs, (r) => r.c.id),
          'uuid',
        )}, ${arr(
          col(gs, (r) => r.g.groupCode),
          'text',
        )},
        ${arr(
          col(gs, (r) => r.g.subtypeCode),
          'text',
        )}, ${arr(
          col(gs, (r) => r.g.fromDate),
          'date',
        )}) as x(p, id, c, g, s, f)
      where exists (select 1 from child k where k.province_id = x.p and k.id = x.c)
      on conflict do nothing`);
  if (rs.length)
    await exec.execute(sql`
      insert into child_risk (province_id, id, child_id, risk_code, from_date, source)
      select x.*, 'mo_phong' from unnest(
        ${arr(
          col(rs, (r) => r.c.provinceId),
          'uuid',
        )}, ${arr(
          col(rs, (r) => r.r.id),
          'uuid',
        )},
        ${arr(
          col(rs, (r) => r.c.id),
          'uuid',
        )}, ${arr(
          col(rs, (r) => r.r.riskCode),
          'text',
        )},
        ${arr(
          col(rs, (r) => r.r.fromDate),
          'date',
        )}) as x(p, id, c, r, f)
      where exists (select 1 from child k where k.province_id = x.p and k.id = x.c)
      on conflict do nothing`);
}

/** One batch with its residences, guardians, circumstances and risks; returns the children added. */
export async function insertSyntheticBatch(exec: Exec, cs: readonly SyntheticChild[]): Promise<number> {
  if (cs.length === 0) return 0;
  const added = await insertChildRows(exec, cs);
  await insertResidences(exec, cs);
  await insertGuardians(exec, cs);
  await insertCircumstancesAndRisks(exec, cs);
  return added;
}
