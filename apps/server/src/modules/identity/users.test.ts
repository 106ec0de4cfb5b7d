import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { auditEntryDto, createdUserDto, meDto, pageOf, resetPasswordDto, userDto } from '@vte/contracts';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.userSession('admin', { scopeUnitId: null, username: 'quantri' });
});
afterAll(() => t.close());

const gddt = LY_SON.agency('gddt');

describe('user administration', () => {
  it('creates a reporter for Phòng Giáo dục và Đào tạo, shows a one-time password, and audits it', async () => {
    const res = await t.post('/api/users', createdUserDto, {
      session: admin,
      body: {
        username: 'gddt.baocao',
        fullName: 'Nguyễn Thị Hoa',
        role: 'agency_reporter',
        agencyId: gddt,
        scopeUnitId: LY_SON.districtId,
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.user.agencyName).toBe('Phòng Giáo dục và Đào tạo');
    expect(res.body.user.scopeUnitName).toBe('Huyện Lý Sơn');
    expect(res.body.user.mustChangePassword).toBe(true);
    expect(res.body.temporaryPassword).toMatch(/^[A-Za-z2-9]{14}$/);
    const audit = await t.get(
      `/api/audit?entity=app_user&entityId=${res.body.user.id}`,
      pageOf(auditEntryDto),
      {
        session: admin,
      },
    );
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ action: 'create', actorUsername: 'quantri' });
    expect(audit.body.items[0]!.after).toMatchObject({ username: 'gddt.baocao' });
    expect(JSON.stringify(audit.body.items[0])).not.toMatch(/argon2|password_hash|passwordHash/);
    // The new user signs in with the temporary password and is asked to change it.
    const s = await t.login('gddt.baocao', res.body.temporaryPassword!);
    const me = await t.get('/api/auth/me', meDto, { session: s });
    expect(me.body.user.mustChangePassword).toBe(true);
  });

  it('requires an agency for a reporter and refuses a taken username', async () => {
    const noAgency = await t.refused('POST', '/api/users', {
      session: admin,
      body: {
        username: 'baocao2',
        fullName: 'Trần Văn B',
        role: 'agency_reporter',
        scopeUnitId: LY_SON.districtId,
      },
    });
    expect(noAgency.status).toBe(400);
    expect(noAgency.body.error.code).toBe('USER_AGENCY_REQUIRED');
    const dup = await t.refused('POST', '/api/users', {
      session: admin,
      body: { username: 'QUANTRI', fullName: 'Trùng tên', role: 'leader', scopeUnitId: LY_SON.districtId },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toMatch(/đã được sử dụng/);
  });

  it('lists with search, role filter and pagination on the server, accent-insensitively', async () => {
    for (const [u, name] of [
      ['a1', 'Lê Văn Đức'],
      ['a2', 'Lê Thị Duyên'],
      ['a3', 'Phạm Minh Đức'],
    ] as const) {
      await t.post('/api/users', createdUserDto, {
        session: admin,
        body: { username: u + 'xx', fullName: name, role: 'leader', scopeUnitId: LY_SON.districtId },
      });
    }
    const res = await t.get('/api/users?q=duc&role=leader&pageSize=1&page=2', pageOf(userDto), {
      session: admin,
    });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]!.fullName).toMatch(/Đức/);
  });

  it('updates, disables (ending sessions) and resets a password', async () => {
    const created = await t.post('/api/users', createdUserDto, {
      session: admin,
      body: {
        username: 'vanthu',
        fullName: 'Võ Văn Thư',
        role: 'leader',
        scopeUnitId: LY_SON.districtId,
        password: 'Mat-khau-rieng-9',
      },
    });
    expect(created.body.temporaryPassword).toBeNull();
    const id = created.body.user.id;
    const s = await t.login('vanthu', 'Mat-khau-rieng-9');
    const upd = await t.patch(`/api/users/${id}`, userDto, {
      session: admin,
      body: { fullName: 'Võ Văn Thư (PCT)', disabled: true },
    });
    expect(upd.status).toBe(200);
    expect(upd.body.disabled).toBe(true);
    expect((await t.refused('GET', '/api/auth/me', { session: s })).status).toBe(401);
    const again = await t.refused('POST', '/api/auth/login', {
      body: { username: 'vanthu', password: 'Mat-khau-rieng-9' },
    });
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('AUTH_INVALID_CREDENTIALS');
    await t.patch(`/api/users/${id}`, userDto, { session: admin, body: { disabled: false } });
    const reset = await t.post(`/api/users/${id}/reset-password`, resetPasswordDto, { session: admin });
    expect(reset.status).toBe(200);
    expect((await t.login('vanthu', reset.body.temporaryPassword)).userId).toBe(id);
    const audit = await t.db.execute<{ action: string }>(
      sql`select action from audit_log where entity_id = ${id} order by id`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'create',
      'login',
      'update',
      'login_failed',
      'update',
      'password_reset',
      'login',
    ]);
  });

  it('does not let an administrator disable or demote themself', async () => {
    const res = await t.refused('PATCH', `/api/users/${admin.userId}`, {
      session: admin,
      body: { disabled: true },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('USER_SELF_DISABLE');
  });
});
