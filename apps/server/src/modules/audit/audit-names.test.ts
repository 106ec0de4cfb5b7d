import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntryDto, pageOf } from '@vte/contracts';
import { createUserDirect } from '../identity';
import { LY_SON } from '../org';
import { createTestApp, PASSWORD, type Session, type TestApp } from '../../test/harness';

// Issue 9 item 11: the log carries the names a person reads — the object's, the actor's, and those of
// the ids in the before/after — next to the raw values.
let t: TestApp;
let admin: Session;
let userId: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.userSession('admin', { scopeUnitId: LY_SON.districtId });
  userId = await createUserDirect(t.db, {
    username: 'hoa.gddt',
    password: PASSWORD,
    role: 'agency_reporter',
    fullName: 'Nguyễn Thị Hoa',
    scopeUnitId: LY_SON.districtId,
    agencyId: LY_SON.agency('gddt'),
  });
});
afterAll(() => t.close());

describe('audit log names', () => {
  it('names the user created, its agency and unit, and keeps the raw ids', async () => {
    const r = await t.get(`/api/audit?entity=app_user&entityId=${userId}`, pageOf(auditEntryDto), {
      session: admin,
    });
    const created = r.body.items.find((e) => e.action === 'create')!;
    expect(created.entityName).toBe('Nguyễn Thị Hoa');
    expect(created.entityId).toBe(userId);
    expect(created.names[LY_SON.agency('gddt')]).toBe('Phòng Giáo dục và Đào tạo');
    expect(created.names[LY_SON.districtId]).toBe('Huyện Lý Sơn');
    expect((created.after as { agencyId: string }).agencyId).toBe(LY_SON.agency('gddt'));
  });

  it("names the actor of a signed-in user's action", async () => {
    await t.apiRaw('POST', '/api/auth/logout', { session: await t.login('hoa.gddt', PASSWORD) });
    const r = await t.get(`/api/audit?actorId=${userId}`, pageOf(auditEntryDto), { session: admin });
    expect(r.body.items.length).toBeGreaterThan(0);
    for (const e of r.body.items) expect(e.actorName).toBe('Nguyễn Thị Hoa');
  });
});
