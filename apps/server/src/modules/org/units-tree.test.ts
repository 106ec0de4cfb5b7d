import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LY_SON } from '.';
import { seedId } from './org.seed';
import { createTestApp, type Session, type TestApp } from '../../test/harness';

// Re-parenting units: no cycles, and only the parent types the levels of local government allow.
let t: TestApp;
let national: Session;
let districtAdmin: Session;
let communeA: string;
let communeB: string;
let binhSon: string;

const unit = async (id: string) => {
  const r = await t.api('GET', `/api/org/units/${id}`, { session: national });
  return { parentId: r.body.parentId, type: r.body.type, updatedAt: r.body.updatedAt };
};
const auditCount = async (id: string) =>
  (await t.api('GET', `/api/audit?entity=admin_unit&entityId=${id}`, { session: national })).body.total;

beforeAll(async () => {
  t = await createTestApp();
  national = await t.userSession('admin', { scopeUnitId: null });
  districtAdmin = await t.userSession('admin', { scopeUnitId: LY_SON.districtId });
  const add = async (session: Session, name: string, type: string, parentId: string) => {
    const r = await t.api('POST', '/api/org/units', {
      session,
      body: { name, type, parentId, validFrom: '2020-02-01' },
    });
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  communeA = await add(districtAdmin, 'Xã Đảo Bắc', 'xa', LY_SON.districtId);
  communeB = await add(districtAdmin, 'Xã Đảo Nam', 'xa', LY_SON.districtId);
  binhSon = await add(national, 'Bình Sơn', 'huyen', LY_SON.provinceId);
});
afterAll(() => t.close());

async function refused(session: Session, id: string, body: object, code: string) {
  const before = await unit(id);
  const audits = await auditCount(id);
  const r = await t.api('PATCH', `/api/org/units/${id}`, { session, body });
  expect(r.status, JSON.stringify(body)).toBe(400);
  expect(r.body.error.code).toBe(code);
  expect(r.body.error.message).toMatch(/đơn vị/);
  expect(await unit(id)).toEqual(before);
  expect(await auditCount(id)).toBe(audits);
}

describe('re-parenting administrative units', () => {
  it('refuses a district under its own commune (a cycle), with a Vietnamese message', async () => {
    await refused(districtAdmin, LY_SON.districtId, { parentId: communeA }, 'UNIT_PARENT_CYCLE');
    await refused(national, LY_SON.districtId, { parentId: LY_SON.districtId }, 'UNIT_PARENT_CYCLE');
  });

  it('refuses a parent of the wrong type', async () => {
    await refused(districtAdmin, communeB, { parentId: communeA }, 'UNIT_PARENT_TYPE');
    await refused(national, binhSon, { parentId: communeA }, 'UNIT_PARENT_TYPE');
    await refused(national, binhSon, { parentId: LY_SON.specialZoneId }, 'UNIT_PARENT_TYPE');
    await refused(national, seedId('unit', 'kt'), { parentId: binhSon }, 'UNIT_PARENT_TYPE');
    await refused(national, communeB, { parentId: null }, 'UNIT_PARENT_TYPE');
    const r = await t.api('POST', '/api/org/units', {
      session: districtAdmin,
      body: { name: 'Thôn Đông', type: 'xa', parentId: communeA, validFrom: '2020-02-01' },
    });
    expect([r.status, r.body.error.code]).toEqual([400, 'UNIT_PARENT_TYPE']);
  });

  it('refuses a change of type that its children would not fit under', async () => {
    await refused(national, LY_SON.districtId, { type: 'xa' }, 'UNIT_CHILDREN_TYPE');
  });

  it('still moves a commune to another allowed parent, audited', async () => {
    const audits = await auditCount(communeB);
    const r = await t.api('PATCH', `/api/org/units/${communeB}`, {
      session: national,
      body: { parentId: LY_SON.provinceId },
    });
    expect(r.status).toBe(200);
    expect((await unit(communeB)).parentId).toBe(LY_SON.provinceId);
    expect(await auditCount(communeB)).toBe(audits + 1);
  });
});
