import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { auditEntryDto, pageOf } from '@vte/contracts';
import { createTestApp, type Session, type TestApp } from '../../test/harness';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.userSession('admin', { scopeUnitId: null, username: 'qtv' });
});
afterAll(() => t.close());

describe('audit log', () => {
  it('refuses UPDATE, DELETE and TRUNCATE from the app’s database role', async () => {
    for (const stmt of [
      sql`update audit_log set action = 'x'`,
      sql`delete from audit_log`,
      sql`truncate audit_log`,
    ]) {
      await expect(t.db.execute(stmt)).rejects.toThrow();
    }
    const n = (await t.db.execute<{ n: number }>(sql`select count(*)::int n from audit_log`)).rows[0]!.n;
    expect(n).toBeGreaterThan(0);
  });

  it('filters by user, action and date (Vietnam time)', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const page = pageOf(auditEntryDto);
    const r = await t.get(`/api/audit?actorId=${admin.userId}&action=login&from=${today}&to=${today}`, page, {
      session: admin,
    });
    expect(r.body.items.length).toBeGreaterThanOrEqual(1);
    expect(r.body.items.every((e) => e.action === 'login' && e.actorUsername === 'qtv')).toBe(true);
    const past = await t.get(`/api/audit?actorId=${admin.userId}&to=2020-01-01`, page, { session: admin });
    expect(past.body.total).toBe(0);
  });

  it('writes the audit row in the same transaction as the change (a failed write leaves no row)', async () => {
    const before = (
      await t.db.execute<{ n: number }>(sql`select count(*)::int n from audit_log where entity = 'agency'`)
    ).rows[0]!.n;
    const r = await t.refused('POST', '/api/org/agencies', {
      session: admin,
      body: {
        unitId: '00000000-0000-4000-8000-000000000000',
        name: 'Không có địa bàn',
        kind: 'other',
        validFrom: '2025-01-01',
      },
    });
    expect(r.status).toBe(404);
    const after = (
      await t.db.execute<{ n: number }>(sql`select count(*)::int n from audit_log where entity = 'agency'`)
    ).rows[0]!.n;
    expect(after).toBe(before);
  });
});
