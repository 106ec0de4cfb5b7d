import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weakPasswordHints } from '@vte/contracts';
import { weakPasswordReason } from '../../platform/auth/password-policy';
import { LY_SON } from '../org';
import { createTestApp, PASSWORD, type Session, type TestApp } from '../../test/harness';
import { bootstrapAdmin, createUserDirect } from './index';

let t: TestApp;
let admin: Session;
let bootstrapPassword: string;
beforeAll(async () => {
  t = await createTestApp();
  // First thing on the empty database: the printed one-time administrator password.
  bootstrapPassword = (await bootstrapAdmin(t.db))!.password;
  admin = await t.userSession('admin', { scopeUnitId: null });
});
afterAll(() => t.close());

const newUser = (username: string, password: string, fullName = 'Trần Thị Bích Ngọc') =>
  t.api('POST', '/api/users', {
    session: admin,
    body: { username, fullName, role: 'leader', scopeUnitId: LY_SON.districtId, password },
  });

describe('password policy (length, common passwords, the user’s own details)', () => {
  it.each([
    ['Password12', 'common'],
    ['ngan-qua', 'too_short'],
    ['bichngoc.tran', 'personal'],
    ['abcdefgh12345', 'pattern'],
  ] as const)('refuses %s at user creation with a Vietnamese hint (%s)', async (password, reason) => {
    const r = await newUser('bich.ngoc', password);
    expect(r.status).toBe(400);
    if (reason === 'too_short') {
      expect(r.body.error.code).toBe('VALIDATION');
      expect(JSON.stringify(r.body.error.details)).toContain(weakPasswordHints.too_short);
    } else {
      expect(r.body.error.code).toBe('AUTH_WEAK_PASSWORD');
      expect(r.body.error.message).toMatch(/chưa đủ mạnh/);
      expect(r.body.error.details).toEqual({ reason, hint: weakPasswordHints[reason] });
    }
    expect((await t.api('GET', '/api/users?q=bich.ngoc', { session: admin })).body.total).toBe(0);
  });

  it('accepts a long passphrase', async () => {
    expect((await newUser('bich.ngoc2', 'Hoa-sen-no-ven-ho-7')).status).toBe(201);
  });

  it('applies to the password change, with the user’s full name penalised', async () => {
    const s = await t.userSession('leader', { username: 'tham.quan' });
    await t.api('PATCH', `/api/users/${s.userId}`, { session: admin, body: { fullName: 'Phạm Hồng Thắm' } });
    for (const [newPassword, reason] of [
      ['Password12', 'common'],
      ['phamhongtham1', 'personal'],
    ] as const) {
      const r = await t.api('POST', '/api/auth/password', {
        session: s,
        body: { currentPassword: PASSWORD, newPassword },
      });
      expect(r.status).toBe(400);
      expect(r.body.error.details.reason).toBe(reason);
    }
  });

  it('applies to accounts made from the command line (createUserDirect)', async () => {
    await expect(
      createUserDirect(t.db, { username: 'cli.yeu', password: 'Password12', role: 'leader' }),
    ).rejects.toMatchObject({ code: 'AUTH_WEAK_PASSWORD' });
  });

  it('generated passwords pass it: the bootstrap administrator, a reset and a new account', async () => {
    expect(await weakPasswordReason(bootstrapPassword, ['admin', 'Quản trị hệ thống'])).toBeNull();
    expect((await t.login('admin', bootstrapPassword)).userId).toBeTruthy();
    const s = await t.userSession('leader', { username: 'dat.lai' });
    const reset = await t.api('POST', `/api/users/${s.userId}/reset-password`, { session: admin });
    expect(await weakPasswordReason(reset.body.temporaryPassword, [])).toBeNull();
    const created = await t.api('POST', '/api/users', {
      session: admin,
      body: { username: 'tu.sinh', fullName: 'Lê Văn Sinh', role: 'leader', scopeUnitId: LY_SON.districtId },
    });
    expect(await weakPasswordReason(created.body.temporaryPassword, [])).toBeNull();
  });
});
