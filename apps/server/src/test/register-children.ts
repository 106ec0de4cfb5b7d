import crypto from 'node:crypto';
import type pg from 'pg';

// Register rows for the counts tests, written directly (the counts read whatever the record, import
// and merge features write): a child, his residence periods and his special circumstances.

export interface TestChild {
  provinceId: string;
  dob: string | null;
  sex?: 'M' | 'F' | null;
  status?: 'active' | 'merged' | 'erased';
  residences: { unitId: string; from: string; to?: string | null }[];
  circumstances?: { group: string; from: string; to?: string | null }[];
}

export async function addChild(pool: pg.Pool, c: TestChild): Promise<string> {
  const id = crypto.randomUUID();
  const current = c.residences[c.residences.length - 1]!;
  await pool.query(
    `insert into child (province_id, id, full_name, dob, sex, unit_id, status)
     values ($1, $2, 'Trẻ Thử Nghiệm', $3, $4, $5, $6)`,
    [c.provinceId, id, c.dob, c.sex === undefined ? 'M' : c.sex, current.unitId, c.status ?? 'active'],
  );
  for (const r of c.residences)
    await pool.query(
      `insert into child_residence (province_id, child_id, unit_id, valid_from, valid_to) values ($1, $2, $3, $4, $5)`,
      [c.provinceId, id, r.unitId, r.from, r.to ?? null],
    );
  for (const g of c.circumstances ?? [])
    await pool.query(
      `insert into child_circumstance (province_id, child_id, group_code, from_date, to_date) values ($1, $2, $3, $4, $5)`,
      [c.provinceId, id, g.group, g.from, g.to ?? null],
    );
  return id;
}
