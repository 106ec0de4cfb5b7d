import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyDto, auditEntryDto, createdUserDto, pageOf, unitDto } from '@vte/contracts';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';

// Audit reads are scoped by the user's units (subtree, predecessors, successors), not by province:
// Bình Sơn shares Lý Sơn's province, Đức Cơ is in another province.
let t: TestApp;
let national: Session;
const localities: Record<string, { unitId: string; admin: Session; auditor: Session; agencyIds: string[] }> =
  {};

async function addUnit(name: string, type: string, parentId: string | null) {
  const r = await t.post('/api/org/units', unitDto, {
    session: national,
    body: { name, type, parentId, validFrom: '2000-01-01' },
  });
  return r.body.id;
}

async function addAgency(session: Session, unitId: string, name: string) {
  const r = await t.post('/api/org/agencies', agencyDto, {
    session,
    body: { unitId, name, kind: 'department', validFrom: '2025-01-01' },
  });
  return r.body.id;
}

beforeAll(async () => {
  t = await createTestApp();
  national = await t.userSession('admin', { scopeUnitId: null });
  const gialai = await addUnit('Gia Lai', 'tinh', null);
  const units = {
    lySon: LY_SON.districtId,
    binhSon: await addUnit('Bình Sơn', 'huyen', LY_SON.provinceId),
    ducCo: await addUnit('Đức Cơ', 'huyen', gialai),
  };
  for (const [key, unitId] of Object.entries(units)) {
    const admin = await t.userSession('admin', { scopeUnitId: unitId });
    const auditor = await t.userSession('auditor', { scopeUnitId: unitId });
    // One agency added by the locality's own admin, one by a national admin for it.
    const agencyIds = [
      await addAgency(admin, unitId, `Phòng Tư pháp ${key}`),
      await addAgency(national, unitId, `Phòng Y tế ${key}`),
    ];
    localities[key] = { unitId, admin, auditor, agencyIds };
  }
  // Lý Sơn's successor, the special zone, is in the Lý Sơn district users' scope.
  localities.lySon!.agencyIds.push(await addAgency(national, LY_SON.specialZoneId, 'Phòng Kinh tế đặc khu'));
});
afterAll(() => t.close());

const auditPage = pageOf(auditEntryDto);
const agencyEvents = async (session: Session) => {
  const r = await t.get('/api/audit?entity=agency&pageSize=200', auditPage, { session });
  return new Set(r.body.items.map((e) => e.entityId));
};

describe('audit log scope', () => {
  it('a district’s admin and auditor see their own units’ events only, not a neighbour’s in the same province', async () => {
    for (const [key, mine] of Object.entries(localities)) {
      const others = Object.entries(localities).flatMap(([k, l]) => (k === key ? [] : l.agencyIds));
      for (const session of [mine.admin, mine.auditor]) {
        const seen = await agencyEvents(session);
        expect([...seen].sort(), key).toEqual([...mine.agencyIds].sort());
        for (const id of others) expect(seen.has(id), key).toBe(false);
      }
    }
  });

  it('a district user cannot reach another district’s events by filtering on them', async () => {
    const theirs = localities.binhSon!.agencyIds[0]!;
    const r = await t.get(`/api/audit?entity=agency&entityId=${theirs}`, auditPage, {
      session: localities.lySon!.auditor,
    });
    expect(r.body.total).toBe(0);
    const own = await t.get(`/api/audit?entity=agency&entityId=${theirs}`, auditPage, {
      session: localities.binhSon!.auditor,
    });
    expect(own.body.total).toBe(1);
  });

  it('sign-ins and user changes belong to the user’s unit, whoever made them', async () => {
    const created = await t.post('/api/users', createdUserDto, {
      session: national,
      body: {
        username: 'binhson.tuphap',
        fullName: 'Lê Văn Tư',
        role: 'focal_officer',
        scopeUnitId: localities.binhSon!.unitId,
      },
    });
    expect(created.status).toBe(201);
    const events = async (session: Session, q: string) =>
      (await t.get(`/api/audit?${q}&pageSize=200`, auditPage, { session })).body.items.map((e) => e.entityId);
    const binhSon = localities.binhSon!;
    const lySon = localities.lySon!;
    const logins = await events(binhSon.auditor, 'action=login');
    expect(logins).toContain(binhSon.admin.userId);
    expect(logins).not.toContain(lySon.admin.userId);
    expect(await events(binhSon.auditor, 'entity=app_user&action=create')).toContain(created.body.user.id);
    expect(await events(lySon.auditor, 'entity=app_user&action=create')).not.toContain(created.body.user.id);
  });

  it('a national-scope user sees every locality’s events', async () => {
    const seen = await agencyEvents(national);
    for (const l of Object.values(localities)) for (const id of l.agencyIds) expect(seen.has(id)).toBe(true);
  });

  it('a province user sees the province’s districts but not another province', async () => {
    const province = await t.userSession('auditor', { scopeUnitId: LY_SON.provinceId });
    const seen = await agencyEvents(province);
    for (const id of [...localities.lySon!.agencyIds, ...localities.binhSon!.agencyIds])
      expect(seen.has(id)).toBe(true);
    for (const id of localities.ducCo!.agencyIds) expect(seen.has(id)).toBe(false);
  });
});
