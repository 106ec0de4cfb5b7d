import type { TestApp } from '../../test/harness';
import { LY_SON } from '../org';
import type { SyntheticChild } from './synthetic';
import { syntheticId } from './synthetic';
import { insertSyntheticBatch } from './synthetic.repo';

// Hand-made children for the list and export tests, written with the synthetic register's bulk insert.

export const AS_OF = '2026-06-15';
let n = 0;

export interface KidSpec extends Partial<Omit<SyntheticChild, 'guardians' | 'circumstances' | 'risks'>> {
  fullName: string;
  father?: string;
  mother?: string;
  groups?: { code: string; from?: string; to?: string }[];
  risks?: string[];
}

export function kid(s: KidSpec): SyntheticChild & { groupEnds: (string | undefined)[] } {
  const key = `test-kid:${++n}`;
  const id = syntheticId(99, key);
  const guardians = [
    ...(s.father
      ? [
          {
            id: syntheticId(99, `${key}:f`),
            relation: 'cha',
            fullName: s.father,
            birthYear: 1985,
            isPrimaryContact: false,
          },
        ]
      : []),
    ...(s.mother
      ? [
          {
            id: syntheticId(99, `${key}:m`),
            relation: 'me',
            fullName: s.mother,
            birthYear: 1987,
            isPrimaryContact: true,
          },
        ]
      : []),
  ];
  return {
    provinceId: s.provinceId ?? LY_SON.provinceId,
    id,
    fullName: s.fullName,
    dob: s.dob === undefined ? '2015-01-01' : s.dob,
    dobPrecision: s.dobPrecision ?? 'day',
    sex: s.sex ?? 'M',
    ethnicityCode: s.ethnicityCode ?? '01',
    personalId: s.personalId ?? null,
    personalIdKind:
      s.personalIdKind ?? (s.personalId ? (s.personalId.length === 9 ? 'cmnd9' : 'cccd12') : null),
    idVerification: s.idVerification ?? (s.personalId ? 'chua_xac_thuc' : 'chua_co'),
    unitId: s.unitId ?? LY_SON.specialZoneId,
    hamlet: s.hamlet ?? 'Thôn Đông',
    address: s.address ?? 'Số 1, Thôn Đông',
    residenceId: syntheticId(99, `${key}:res`),
    residenceFrom: s.dob ?? '2015-01-01',
    sourceRecordRef: key,
    guardians,
    circumstances: (s.groups ?? []).map((g, i) => ({
      id: syntheticId(99, `${key}:g${i}`),
      groupCode: g.code,
      subtypeCode: null,
      fromDate: g.from ?? '2020-01-01',
    })),
    groupEnds: (s.groups ?? []).map((g) => g.to),
    risks: (s.risks ?? []).map((r, i) => ({
      id: syntheticId(99, `${key}:r${i}`),
      riskCode: r,
      fromDate: '2021-01-01',
    })),
  };
}

/** Inserts the children (ended groups get their end date) and returns them. */
export async function seedKids<K extends ReturnType<typeof kid>>(t: TestApp, kids: K[]): Promise<K[]> {
  await insertSyntheticBatch(t.db, kids);
  for (const k of kids)
    for (const [i, to] of k.groupEnds.entries())
      if (to)
        await t.pool.query('update child_circumstance set to_date = $1 where province_id = $2 and id = $3', [
          to,
          k.provinceId,
          k.circumstances[i]!.id,
        ]);
  return kids;
}

/** Kon Tum (merged into Quảng Ngãi on 1/7/2025): outside every Lý Sơn user's locality. */
export async function konTum(t: TestApp): Promise<{ id: string; provinceId: string }> {
  const r = await t.pool.query<{ id: string; provinceId: string }>(
    `select id, province_id as "provinceId" from admin_unit where code = '62'`,
  );
  return r.rows[0]!;
}
