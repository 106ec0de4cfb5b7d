import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { IndicatorValueInput } from '@vte/contracts';
import { systemContext, type AuthedContext } from '../../platform/auth/context';
import { AppError } from '../../platform/http/app-error';
import { LY_SON } from '../org';
import { createTestApp, type TestApp } from '../../test/harness';
import { aggregateIndicators, indicatorEntries, saveIndicatorValues, seedIndicators } from '.';
import { indicatorValue } from './indicators.tables';

// The API the reports module calls, against the seeded Lý Sơn assignments.
let t: TestApp;
let h1: string;
let h2: string;
const ids = new Map<string, string>();
const ctx: AuthedContext = systemContext('test');
const unitId = LY_SON.districtId;
const provinceId = LY_SON.provinceId;
const noiVu = LY_SON.agency('noi-vu');
const ttyt = LY_SON.agency('ttyt');

async function period(label: string, cutoffTo: string): Promise<string> {
  // A bare period row (owned by reports; inserted in SQL as a fixture, not through its tables).
  const r = await t.db.execute<{ id: string }>(sql`
    insert into report_period (province_id, unit_id, kind, label, year, cutoff_from, cutoff_to, due_date, expires_on)
    values (${provinceId}, ${unitId}, 'six_month', ${label}, 2025, '2025-01-01', ${cutoffTo}, ${cutoffTo}, '2026-12-31')
    returning id`);
  return r.rows[0]!.id;
}

type Cell = { code: string; disagg?: string; value: number | null; comment?: string };
const save = (agencyId: string, periodId: string, cells: Cell[], complete = false) => {
  const values: IndicatorValueInput[] = cells.map((v) => ({
    indicatorId: ids.get(v.code)!,
    disagg: v.disagg ?? '',
    value: v.value,
    comment: v.comment ?? null,
  }));
  return t.db.transaction((tx) =>
    saveIndicatorValues(tx, ctx, { provinceId, unitId, agencyId, periodId }, values, { complete }),
  );
};

const failure = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError & { details: { issues: { path: string; message: string }[] } };
};

beforeAll(async () => {
  t = await createTestApp();
  await seedIndicators(t.db);
  const rows = await t.db.execute<{ id: string; code: string }>(sql`select id, code from indicator`);
  for (const r of rows.rows) ids.set(r.code, r.id);
  h1 = await period('6 tháng đầu năm 2025', '2025-06-14');
  h2 = await period('Cả năm 2025', '2025-12-14');
});
afterAll(() => t.close());

describe('indicatorEntries', () => {
  it('gives an agency its assigned entered indicators with every cell, and nothing to an agency without assignments', async () => {
    const entries = await indicatorEntries(t.db, { unitId, agencyId: noiVu, periodId: h1 });
    expect(entries.map((e) => e.indicator.code)).toEqual(['DP.0101', 'DP.0301', 'DP.0302']);
    expect(entries[0]!.cells.map((c) => c.label)).toEqual([
      'Tổng số',
      'Nam',
      'Nữ',
      'Dưới 6 tuổi',
      'Từ 6 đến dưới 11 tuổi',
      'Từ 11 đến dưới 16 tuổi',
    ]);
    expect(entries[0]!.cells.every((c) => c.value === null && c.comment === null)).toBe(true);
    expect(
      await indicatorEntries(t.db, { unitId, agencyId: LY_SON.agency('tu-phap'), periodId: h1 }),
    ).toEqual([]);
  });
});

describe('saveIndicatorValues', () => {
  it('stores only the sent cells, audited, and shows them back', async () => {
    await save(noiVu, h1, [
      { code: 'DP.0301', value: 12 },
      { code: 'DP.0301', disagg: 'sex=nu', value: 7 },
      { code: 'DP.0101', value: 4000 },
    ]);
    await save(noiVu, h1, [
      { code: 'DP.0302', value: 10 },
      { code: 'DP.0302', disagg: 'sex=nu', value: 6 },
    ]);
    const entries = await indicatorEntries(t.db, { unitId, agencyId: noiVu, periodId: h1 });
    const cell = (code: string, disagg: string) =>
      entries.find((e) => e.indicator.code === code)!.cells.find((c) => c.disagg === disagg)!.value;
    expect([
      cell('DP.0301', ''),
      cell('DP.0301', 'sex=nu'),
      cell('DP.0302', ''),
      cell('DP.0301', 'sex=nam'),
    ]).toEqual([12, 7, 10, null]);
    const audits = await t.db.execute<{ after: { cells: unknown[] } }>(
      sql`select after from audit_log where entity = 'indicator_value' and entity_id = ${h1} order by id`,
    );
    expect(audits.rows.map((r) => r.after.cells.length)).toEqual([3, 2]);
  });

  it('refuses a part above its total — also against stored cells — and stores nothing', async () => {
    const e = await failure(
      save(noiVu, h1, [
        { code: 'DP.0301', disagg: 'sex=nam', value: 6 },
        { code: 'DP.0302', disagg: 'sex=nu', value: 8 },
      ]),
    );
    expect(e.code).toBe('INDICATOR_VALUE_INVALID');
    expect(e.details.issues.map((i) => i.message)).toEqual([
      'DP.0301 – Tổng số: tổng các nhóm theo giới tính (13) không được lớn hơn tổng số (12).',
      'DP.0302 – Nữ: không được lớn hơn chỉ tiêu DP.0301 (7).',
    ]);
    const stored = await t.db.select().from(indicatorValue).where(eq(indicatorValue.disagg, 'sex=nam'));
    expect(stored).toEqual([]);
  });

  it('on submission asks a reason for assigned indicators left empty', async () => {
    await save(ttyt, h1, [
      { code: 'DP.0201', value: 300 },
      { code: 'DP.0202', value: 30 },
      { code: 'DP.0203', value: 51 },
    ]);
    const e = await failure(save(ttyt, h1, [{ code: 'DP.0206', value: 40 }], true));
    expect(e.details.issues.map((i) => i.message)).toEqual([
      'DP.0207 – Tổng số: Chưa có số liệu: hãy ghi lý do.',
    ]);
    await save(
      ttyt,
      h1,
      [
        { code: 'DP.0206', value: 40 },
        { code: 'DP.0207', value: null, comment: 'Chưa nhận được số liệu từ bệnh viện tỉnh' },
      ],
      true,
    );
  });

  it('refuses ratios and indicators assigned to another agency', async () => {
    expect((await failure(save(noiVu, h1, [{ code: 'DP.0303', value: 50 }]))).code).toBe(
      'INDICATOR_RATIO_NOT_ENTERED',
    );
    expect((await failure(save(noiVu, h1, [{ code: 'DP.0201', value: 5 }]))).code).toBe(
      'INDICATOR_NOT_ASSIGNED',
    );
  });
});

describe('aggregateIndicators', () => {
  it('adds flows, keeps the latest stock, computes ratios after aggregation, lists who is missing', async () => {
    await save(noiVu, h2, [
      { code: 'DP.0301', value: 15 },
      { code: 'DP.0302', value: 12 },
    ]);
    await save(ttyt, h2, [
      { code: 'DP.0206', value: 35 },
      { code: 'DP.0201', value: null, comment: 'Đợt cân tháng 11 chưa xong' },
    ]);
    const names = new Map([[noiVu, 'Phòng Nội vụ (tên truyền vào)']]);
    const out = await aggregateIndicators(t.db, {
      current: [
        { periodId: h1, agencyIds: [noiVu, ttyt] },
        { periodId: h2, agencyIds: [noiVu, ttyt] },
      ],
      previous: [{ periodId: h1, agencyIds: null }],
      targets: { unitId, year: 2025 },
      names,
    });
    const by = new Map(out.map((a) => [a.code, a]));
    expect(out.map((a) => a.code)).toEqual([...out.map((a) => a.code)].sort());
    expect(by.get('DP.0301')).toMatchObject({ total: 15, previous: 12, missing: [] });
    expect(by.get('DP.0206')).toMatchObject({ total: 75, previous: 40 });
    // 12 / 15 × 100, the latest stocks; previous 10 / 12.
    expect(by.get('DP.0303')).toMatchObject({ total: 80, previous: 83.3, target: 90, aggregation: 'ratio' });
    // The stock keeps h1's 300 when h2 has no number.
    expect(by.get('DP.0201')!.total).toBe(300);
    expect(by.get('DP.0204')!.total).toBe(10);
    expect(by.get('DP.0207')!.missing).toEqual([
      { name: 'Trung tâm Y tế quân - dân y Lý Sơn', comment: 'Chưa nhận được số liệu từ bệnh viện tỉnh' },
    ]);
    expect(by.get('DP.0301')!.cells.find((c) => c.disagg === 'sex=nu')!.value).toBe(7);
    // Police are not among the counted agencies: their indicators do not appear.
    expect(by.has('XH.0101')).toBe(false);
    const all = await aggregateIndicators(t.db, {
      current: [{ periodId: h2, agencyIds: null }],
      previous: [],
      targets: null,
      names,
    });
    const abuse = all.find((a) => a.code === 'XH.0101')!;
    expect(abuse.total).toBeNull();
    expect(abuse.missing.map((m) => m.name)).toContain('Đồn Công an Lý Sơn');
    expect(all.find((a) => a.code === 'DP.0101')!.missing.map((m) => m.name)).toContain(
      'Phòng Nội vụ (tên truyền vào)',
    );
  });
});
