import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LY_SON } from '../../modules/org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';

// Another locality: Bình Sơn district of the same province, and Kon Tum province.
let t: TestApp;
let national: Session;
let lySonAdmin: Session;
let lySonFocal: Session;
let lySonAuditor: Session;
let other: { unitId: string; agencyId: string; userId: string; groupId: string };

beforeAll(async () => {
  t = await createTestApp();
  national = await t.userSession('admin', { scopeUnitId: null });
  lySonAdmin = await t.userSession('admin', { scopeUnitId: LY_SON.districtId });
  lySonFocal = await t.userSession('focal_officer', { scopeUnitId: LY_SON.districtId });
  lySonAuditor = await t.userSession('auditor', { scopeUnitId: LY_SON.districtId });
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
  const group = await t.api('POST', '/api/org/groups', {
    session: national,
    body: { unitId: unit.body.id, name: 'Các phòng Bình Sơn', memberIds: [agency.body.id] },
  });
  const user = await t.api('POST', '/api/users', {
    session: national,
    body: {
      username: 'binhson.noivu',
      fullName: 'Đặng Văn Bình',
      role: 'focal_officer',
      scopeUnitId: unit.body.id,
      agencyId: agency.body.id,
    },
  });
  other = {
    unitId: unit.body.id,
    agencyId: agency.body.id,
    userId: user.body.user.id,
    groupId: group.body.id,
  };
});
afterAll(() => t.close());

describe('a user of one locality asking for another locality’s records by id', () => {
  it('gets 404 for reads, without revealing that the record exists', async () => {
    for (const url of [
      `/api/users/${other.userId}`,
      `/api/org/agencies/${other.agencyId}`,
      `/api/org/units/${other.unitId}`,
      `/api/org/groups/${other.groupId}`,
    ]) {
      const r = await t.api('GET', url, { session: lySonFocal });
      expect(r.status, url).toBe(404);
      expect(r.body.error.message).toMatch(/Không tìm thấy/);
    }
  });

  it('gets 404 for writes and nothing changes', async () => {
    const before = await t.api('GET', `/api/org/agencies/${other.agencyId}`, { session: national });
    const r1 = await t.api('PATCH', `/api/org/agencies/${other.agencyId}`, {
      session: lySonAdmin,
      body: { name: 'Bị sửa' },
    });
    const r2 = await t.api('PATCH', `/api/users/${other.userId}`, {
      session: lySonAdmin,
      body: { disabled: true },
    });
    const r3 = await t.api('POST', `/api/users/${other.userId}/reset-password`, { session: lySonAdmin });
    expect([r1.status, r2.status, r3.status]).toEqual([404, 404, 404]);
    expect((await t.api('GET', `/api/org/agencies/${other.agencyId}`, { session: national })).body).toEqual(
      before.body,
    );
    expect((await t.api('GET', `/api/users/${other.userId}`, { session: national })).body.disabled).toBe(
      false,
    );
  });

  it('cannot create users or agencies outside its scope, nor put another locality’s agency in a group', async () => {
    const u = await t.api('POST', '/api/users', {
      session: lySonAdmin,
      body: { username: 'lan.sang', fullName: 'Lấn Sang', role: 'leader', scopeUnitId: other.unitId },
    });
    expect(u.status).toBe(403);
    expect(u.body.error.code).toBe('USER_SCOPE_OUTSIDE');
    const national = await t.api('POST', '/api/users', {
      session: lySonAdmin,
      body: { username: 'toan.quoc', fullName: 'Toàn Quốc', role: 'admin', scopeUnitId: null },
    });
    expect(national.status).toBe(403);
    const a = await t.api('POST', '/api/org/agencies', {
      session: lySonAdmin,
      body: { unitId: other.unitId, name: 'Lấn sang', kind: 'other', validFrom: '2025-01-01' },
    });
    expect(a.status).toBe(404);
    const g = await t.api('POST', '/api/org/groups', {
      session: lySonAdmin,
      body: { unitId: LY_SON.districtId, name: 'Nhóm lẫn', memberIds: [other.agencyId] },
    });
    expect(g.status).toBe(400);
    expect(g.body.error.code).toBe('GROUP_MEMBER_INVALID');
  });

  it('lists only its own locality (plus the units above it for names)', async () => {
    const users = await t.api('GET', '/api/users?pageSize=200', { session: lySonFocal });
    expect(users.body.items.map((u: { id: string }) => u.id)).not.toContain(other.userId);
    const agencies = await t.api('GET', '/api/org/agencies?q=Bình Sơn', { session: lySonFocal });
    expect(agencies.body.total).toBe(0);
    const units = await t.api('GET', '/api/org/units', { session: lySonFocal });
    const names = units.body.map((u: { fullName: string }) => u.fullName);
    expect(names).toContain('Tỉnh Quảng Ngãi');
    expect(names).toContain('Đặc khu Lý Sơn');
    expect(names).not.toContain('Huyện Bình Sơn');
  });

  it('a Lý Sơn-scoped user still sees the special zone’s records after 1/7/2025 (scope follows the change of type)', async () => {
    const r = await t.api('GET', `/api/org/agencies/${LY_SON.agency('dk-vhxh')}`, { session: lySonFocal });
    expect(r.status).toBe(200);
  });

  it('an auditor of one province does not see another province’s audit trail', async () => {
    const kt = await t.api('POST', '/api/org/units', {
      session: national,
      body: { name: 'Gia Lai', type: 'tinh', parentId: null, validFrom: '1991-08-12' },
    });
    const mine = await t.api('GET', `/api/audit?entity=admin_unit&entityId=${kt.body.id}`, {
      session: lySonAuditor,
    });
    expect(mine.body.total).toBe(0);
    const all = await t.api('GET', `/api/audit?entity=admin_unit&entityId=${kt.body.id}`, {
      session: national,
    });
    expect(all.body.total).toBe(1);
  });
});
