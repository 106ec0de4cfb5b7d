import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { seedIndicators } from '.';

let t: TestApp;
let admin: Session;
let focal: Session;
let reporter: Session;
let national: Session;
let other: { unitId: string; agencyId: string };
const ids = new Map<string, string>();

const auditCount = async (entity: string, entityId: string) =>
  (
    await t.db.execute<{ n: number }>(
      sql`select count(*)::int n from audit_log where entity = ${entity} and entity_id = ${entityId}`,
    )
  ).rows[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  await seedIndicators(t.db);
  admin = await t.userSession('admin');
  focal = await t.userSession('focal_officer', { agencyId: LY_SON.agency('noi-vu') });
  reporter = await t.userSession('agency_reporter', { agencyId: LY_SON.agency('gddt') });
  national = await t.userSession('admin', { scopeUnitId: null });
  const unit = await t.api('POST', '/api/org/units', {
    session: national,
    body: { name: 'Bình Sơn', type: 'huyen', parentId: LY_SON.provinceId, validFrom: '1989-07-01' },
  });
  const agency = await t.api('POST', '/api/org/agencies', {
    session: national,
    body: {
      unitId: unit.body.id,
      name: 'Phòng Nội vụ huyện Bình Sơn',
      kind: 'department',
      validFrom: '2025-03-01',
    },
  });
  other = { unitId: unit.body.id, agencyId: agency.body.id };
  const list = await t.api('GET', '/api/indicators', { session: reporter });
  for (const i of list.body) ids.set(i.code, i.id);
});
afterAll(() => t.close());

describe('the seeded catalogue', () => {
  it('lists the Lý Sơn indicators by code to every staff role, with the confirmed codes marked', async () => {
    const codes = [...ids.keys()];
    expect(codes).toEqual([...codes].sort());
    expect(codes).toEqual(
      expect.arrayContaining([
        '0605',
        'XH.0101',
        'DP.0101',
        'DP.0301',
        'DP.0302',
        'DP.0303',
        'DP.0208',
        'DP.0401',
        'DP.0801',
      ]),
    );
    const rate = await t.api('GET', `/api/indicators/${ids.get('0605')}`, { session: reporter });
    expect(rate.body).toMatchObject({
      aggregation: 'ratio',
      numeratorCode: 'DP.0601',
      denominatorCode: 'DP.0101',
      factor: 100,
    });
    expect(rate.body.legalBasis).toMatch(/mã 0605 \(đã đối chiếu\)/);
    const abuse = await t.api('GET', `/api/indicators/${ids.get('XH.0101')}`, { session: reporter });
    expect(abuse.body.dimensions.map((d: { key: string }) => d.key)).toEqual(['sex', 'age', 'env', 'form']);
  });

  it('searches code, name and group without accents', async () => {
    const r = await t.api('GET', `/api/indicators?q=${encodeURIComponent('duoi nuoc')}`, {
      session: reporter,
    });
    expect(r.body.map((i: { code: string }) => i.code)).toEqual(['DP.0207', 'DP.0208']);
    const group = await t.api('GET', `/api/indicators?q=${encodeURIComponent('XÂM HẠI')}`, {
      session: reporter,
    });
    expect(group.body.map((i: { code: string }) => i.code)).toEqual(['DP.0701', 'DP.0801', 'XH.0101']);
  });

  it('seeding again adds nothing and keeps an admin’s edits', async () => {
    const patched = await t.api('PATCH', `/api/indicators/${ids.get('DP.0401')}`, {
      session: national,
      body: { name: 'Số học sinh bỏ học (sửa)' },
    });
    expect(patched.status).toBe(200);
    const count = async () =>
      (
        await t.db.execute<{ n: number }>(
          sql`select (select count(*) from indicator) + (select count(*) from indicator_assignment) * 1000 n`,
        )
      ).rows[0]!.n;
    const before = await count();
    await seedIndicators(t.db);
    expect(await count()).toBe(before);
    const again = await t.api('GET', `/api/indicators/${ids.get('DP.0401')}`, { session: reporter });
    expect(again.body.name).toBe('Số học sinh bỏ học (sửa)');
  });
});

describe('editing the catalogue', () => {
  const body = {
    code: 'DP.0901',
    name: 'Số cuộc gọi đến Tổng đài 111',
    group: 'III. Bảo vệ trẻ em',
    unit: 'cuộc',
    aggregation: 'sum',
    dimensions: [],
  };

  it('an admin adds an indicator, audited; the code stays unique', async () => {
    const r = await t.api('POST', '/api/indicators', { session: national, body });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ code: 'DP.0901', active: true, partOfCode: null });
    expect(await auditCount('indicator', r.body.id)).toBe(1);
    const dup = await t.api('POST', '/api/indicators', {
      session: national,
      body: { ...body, code: 'dp.0901' },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('INDICATOR_CODE_TAKEN');
  });

  it('refuses an inconsistent definition with Vietnamese field messages and stores nothing', async () => {
    const r = await t.api('POST', '/api/indicators', {
      session: national,
      body: { ...body, code: 'DP.0902', aggregation: 'ratio', numeratorCode: 'DP.0303' },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.details.issues.map((i: { message: string }) => i.message)).toEqual([
      'Chỉ tiêu tỷ lệ cần có mẫu số.',
      'Tử số: chỉ tiêu DP.0303 là tỷ lệ, phải chọn chỉ tiêu được nhập số liệu.',
    ]);
    const bad = await t.api('POST', '/api/indicators', {
      session: national,
      body: { ...body, code: 'x', extra: 1 },
    });
    expect(bad.status).toBe(400);
    const list = await t.api('GET', '/api/indicators?q=DP.090', { session: admin });
    expect(list.body.map((i: { code: string }) => i.code)).toEqual(['DP.0901']);
  });

  it('an admin edits and retires an indicator, audited with before and after', async () => {
    const id = ids.get('DP.0801')!;
    const r = await t.api('PATCH', `/api/indicators/${id}`, {
      session: national,
      body: { active: false, definition: '' },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ active: false, definition: null, code: 'DP.0801' });
    const row = (
      await t.db.execute<{ before: { active: boolean }; after: { active: boolean } }>(
        sql`select before, after from audit_log where entity = 'indicator' and entity_id = ${id} order by id desc limit 1`,
      )
    ).rows[0]!;
    expect([row.before.active, row.after.active]).toEqual([true, false]);
    const listed = await t.api('GET', '/api/indicators', { session: admin });
    expect(listed.body.map((i: { code: string }) => i.code)).not.toContain('DP.0801');
    const all = await t.api('GET', '/api/indicators?includeInactive=true', { session: admin });
    expect(all.body.map((i: { code: string }) => i.code)).toContain('DP.0801');
  });

  it('refuses a district or provincial admin: the catalogue is national; nothing changes', async () => {
    const province = await t.userSession('admin', { scopeUnitId: LY_SON.provinceId });
    const id = ids.get('DP.0101')!;
    const before = await t.api('GET', `/api/indicators/${id}`, { session: reporter });
    for (const session of [admin, province]) {
      const created = await t.api('POST', '/api/indicators', { session, body: { ...body, code: 'DP.0904' } });
      const patched = await t.api('PATCH', `/api/indicators/${id}`, { session, body: { name: 'Bị sửa' } });
      for (const r of [created, patched]) {
        expect(r.status).toBe(403);
        expect(r.body.error.code).toBe('INDICATOR_CATALOGUE_NATIONAL');
        expect(r.body.error.message).toMatch(/cấp trung ương/);
      }
    }
    expect((await t.api('GET', `/api/indicators/${id}`, { session: reporter })).body).toEqual(before.body);
    const list = await t.api('GET', '/api/indicators?q=DP.0904&includeInactive=true', { session: national });
    expect(list.body).toEqual([]);
  });

  it('refuses turning a numerator into a ratio, unknown ids, and non-admins', async () => {
    const r = await t.api('PATCH', `/api/indicators/${ids.get('DP.0301')}`, {
      session: national,
      body: { aggregation: 'ratio', numeratorCode: 'DP.0101', denominatorCode: 'DP.0101' },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.details.issues.at(-1).message).toMatch(/DP.0302, DP.0303, DP.0304 đang dựa vào/);
    expect(
      (
        await t.api('PATCH', `/api/indicators/${LY_SON.agency('gddt')}`, {
          session: national,
          body: { name: 'X' },
        })
      ).status,
    ).toBe(404);
    expect(
      (await t.api('GET', `/api/indicators/${LY_SON.agency('gddt')}`, { session: admin })).body.error.code,
    ).toBe('INDICATOR_NOT_FOUND');
    const byFocal = await t.api('POST', '/api/indicators', {
      session: focal,
      body: { ...body, code: 'DP.0903' },
    });
    expect(byFocal.status).toBe(403);
    expect(
      (
        await t.api('PATCH', `/api/indicators/${ids.get('DP.0101')}`, {
          session: reporter,
          body: { name: 'X' },
        })
      ).status,
    ).toBe(403);
  });
});

describe('assignments and targets per locality', () => {
  const url = `/api/indicators/assignments?unitId=${LY_SON.districtId}`;

  it('lists who reports what in Lý Sơn', async () => {
    const r = await t.api('GET', url, { session: reporter });
    expect(r.status).toBe(200);
    const by = (code: string) =>
      r.body
        .filter((a: { code: string }) => a.code === code)
        .map((a: { agencyName: string }) => a.agencyName);
    expect(by('DP.0101')).toEqual(['Phòng Nội vụ']);
    expect(by('DP.0202')).toEqual(['Trung tâm Y tế quân - dân y Lý Sơn']);
    expect(by('XH.0101')).toEqual(['Đồn Công an Lý Sơn']);
    expect(by('DP.0303')).toEqual([]);
  });

  it('the focal officer replaces them (agencies of the unit or its successor), audited', async () => {
    const body = {
      unitId: LY_SON.districtId,
      assignments: [
        { indicatorId: ids.get('DP.0101'), agencyId: LY_SON.agency('noi-vu') },
        { indicatorId: ids.get('DP.0101'), agencyId: LY_SON.agency('noi-vu') },
        { indicatorId: ids.get('DP.0401'), agencyId: LY_SON.agency('dk-vhxh') },
      ],
    };
    const r = await t.api('PUT', '/api/indicators/assignments', { session: focal, body });
    expect(r.status).toBe(200);
    expect(r.body.map((a: { code: string; agencyName: string }) => `${a.code} ${a.agencyName}`)).toEqual([
      'DP.0101 Phòng Nội vụ',
      'DP.0401 Phòng Văn hóa – Xã hội',
    ]);
    expect(await auditCount('indicator_assignment', LY_SON.districtId)).toBe(1);
  });

  it('refuses ratios, other localities’ agencies and units, and reporters; nothing changes', async () => {
    const before = (await t.api('GET', url, { session: focal })).body;
    const put = (session: Session, body: unknown) =>
      t.api('PUT', '/api/indicators/assignments', { session, body });
    const ratio = await put(focal, {
      unitId: LY_SON.districtId,
      assignments: [{ indicatorId: ids.get('DP.0303'), agencyId: LY_SON.agency('noi-vu') }],
    });
    expect([ratio.status, ratio.body.error.code]).toEqual([400, 'INDICATOR_RATIO_NOT_ENTERED']);
    const foreign = await put(focal, {
      unitId: LY_SON.districtId,
      assignments: [{ indicatorId: ids.get('DP.0101'), agencyId: other.agencyId }],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details.issues).toEqual([
      { path: 'body.assignments.0.agencyId', message: 'Cơ quan không thuộc địa bàn này.' },
    ]);
    const province = await put(focal, {
      unitId: LY_SON.districtId,
      assignments: [{ indicatorId: ids.get('DP.0101'), agencyId: LY_SON.agency('so-yt') }],
    });
    expect(province.status).toBe(400);
    const outside = await put(focal, { unitId: other.unitId, assignments: [] });
    expect(outside.status).toBe(404);
    expect(
      (await t.api('GET', `/api/indicators/assignments?unitId=${other.unitId}`, { session: focal })).status,
    ).toBe(404);
    expect((await put(reporter, { unitId: LY_SON.districtId, assignments: [] })).status).toBe(403);
    expect((await t.api('GET', url, { session: focal })).body).toEqual(before);
    expect(await auditCount('indicator_assignment', LY_SON.districtId)).toBe(1);
  });

  it('keeps per-year targets, in scope only', async () => {
    const get = (year: number) =>
      t.api('GET', `/api/indicators/targets?unitId=${LY_SON.districtId}&year=${year}`, { session: reporter });
    const seeded = await get(2025);
    expect(seeded.body.map((x: { code: string; value: number }) => `${x.code}=${x.value}`)).toEqual([
      'DP.0204=9',
      'DP.0205=17',
      'DP.0303=90',
      'DP.0304=6.5',
    ]);
    const body = {
      unitId: LY_SON.districtId,
      year: 2026,
      targets: [
        { indicatorId: ids.get('DP.0303'), value: 92.5 },
        { indicatorId: ids.get('DP.0101'), value: 5200 },
      ],
    };
    const r = await t.api('PUT', '/api/indicators/targets', { session: focal, body });
    expect(r.status).toBe(200);
    expect(
      (await get(2026)).body.map((x: { code: string; value: number }) => `${x.code}=${x.value}`),
    ).toEqual(['DP.0101=5200', 'DP.0303=92.5']);
    expect((await get(2025)).body).toHaveLength(4);
    expect(await auditCount('indicator_target', LY_SON.districtId)).toBe(1);
    const dup = await t.api('PUT', '/api/indicators/targets', {
      session: focal,
      body: { ...body, targets: [body.targets[0], body.targets[0]] },
    });
    expect(dup.status).toBe(400);
    const outside = await t.api('PUT', '/api/indicators/targets', {
      session: focal,
      body: { ...body, unitId: other.unitId },
    });
    expect(outside.status).toBe(404);
    expect(
      (await t.api('GET', `/api/indicators/targets?unitId=${other.unitId}&year=2025`, { session: focal }))
        .status,
    ).toBe(404);
    expect((await t.api('PUT', '/api/indicators/targets', { session: reporter, body })).status).toBe(403);
  });
});
