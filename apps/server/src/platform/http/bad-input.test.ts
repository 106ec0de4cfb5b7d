import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { LY_SON } from '../../modules/org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.userSession('admin', { scopeUnitId: null });
});
afterAll(() => t.close());

const counts = async () =>
  (
    await t.db.execute<{ users: number; agencies: number }>(
      sql`select (select count(*) from app_user)::int as users, (select count(*) from agency)::int as agencies`,
    )
  ).rows[0];

const validAgency = {
  unitId: LY_SON.districtId,
  name: 'Trạm Y tế thử',
  kind: 'health',
  validFrom: '2025-01-01',
};

describe('malformed or forged input gets a 4xx in Vietnamese and changes nothing', () => {
  it.each([
    ['unknown field', { ...validAgency, isAdmin: true }, /Trường không được phép: isAdmin/],
    ['over-long string', { ...validAgency, name: 'x'.repeat(201) }, /tối đa 200 ký tự/],
    ['impossible date', { ...validAgency, validFrom: '2025-02-30' }, /Ngày không hợp lệ/],
    ['date in the wrong format', { ...validAgency, validFrom: '30/06/2025' }, /Ngày không hợp lệ/],
    ['forged id', { ...validAgency, unitId: 'not-a-uuid' }, /Mã định danh không hợp lệ/],
    ['value outside the list', { ...validAgency, kind: 'ministry' }, /không thuộc danh sách/],
    ['missing field', { unitId: LY_SON.districtId, kind: 'health', validFrom: '2025-01-01' }, /bắt buộc/],
    ['empty name', { ...validAgency, name: '   ' }, /Không được để trống/],
  ])('%s', async (_label, body, message) => {
    const before = await counts();
    const r = await t.api('POST', '/api/org/agencies', { session: admin, body });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION');
    expect(r.body.error.message).toMatch(/không hợp lệ/);
    expect(JSON.stringify(r.body.error.details.issues)).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('a well-formed id that does not exist is a 404, not a 500', async () => {
    const r = await t.api('GET', '/api/org/agencies/00000000-0000-4000-8000-000000000000', {
      session: admin,
    });
    expect(r.status).toBe(404);
    const bad = await t.api('GET', '/api/org/agencies/1%27%20or%201=1--', { session: admin });
    expect(bad.status).toBe(400);
  });

  it('stores SQL metacharacters and HTML in names as plain text', async () => {
    const name = `Phòng "Thử"'; DROP TABLE agency; -- <script>alert(1)</script>`;
    const r = await t.api('POST', '/api/org/agencies', { session: admin, body: { ...validAgency, name } });
    expect(r.status).toBe(201);
    expect(r.body.name).toBe(name);
    const search = await t.api(
      'GET',
      `/api/org/agencies?q=${encodeURIComponent("'; DROP TABLE agency; --")}`,
      { session: admin },
    );
    expect(search.body.items.map((a: { name: string }) => a.name)).toEqual([name]);
    expect((await counts())!.agencies).toBeGreaterThan(20);
  });

  it('refuses a body that is not JSON', async () => {
    const before = await counts();
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/org/agencies',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'text/plain' },
      payload: 'name=x',
    });
    expect(r.statusCode).toBe(415);
    expect(r.json().error.message).toMatch(/JSON/);
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/org/agencies',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.message).toMatch(/không hợp lệ/);
    expect(await counts()).toEqual(before);
  });

  it('refuses an oversized body', async () => {
    const r = await t.api('POST', '/api/org/agencies', {
      session: admin,
      body: { ...validAgency, address: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(r.status).toBe(413);
    expect(r.body.error.message).toMatch(/quá lớn/);
  });

  it('refuses bad query parameters on lists', async () => {
    for (const q of ['page=0', 'pageSize=10000', 'sort=password', 'at=2025-13-01', 'foo=bar']) {
      const r = await t.api('GET', `/api/org/agencies?${q}`, { session: admin });
      expect(r.status, q).toBe(400);
    }
    const audit = await t.api('GET', '/api/audit?from=2025-12-01&to=2025-01-01', { session: admin });
    expect(audit.status).toBe(400);
    expect(audit.body.error.code).toBe('AUDIT_RANGE_INVALID');
  });

  it('answers an unknown API path with a Vietnamese 404', async () => {
    const r = await t.api('GET', '/api/khong-co', { session: admin });
    expect(r.status).toBe(404);
    expect(r.body.error.message).toMatch(/Không tìm thấy/);
  });

  it('sends security headers', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(String(r.headers['content-security-policy'])).toMatch(/default-src 'self'/);
    expect(r.headers['x-frame-options']).toBeDefined();
  });
});

describe('slow connections', () => {
  it('compresses large JSON answers for clients that accept it', async () => {
    const r = await t.app.inject({
      method: 'GET',
      url: '/api/org/agencies?pageSize=100',
      headers: { cookie: admin.cookie, 'accept-encoding': 'gzip' },
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-encoding']).toBe('gzip');
    const plain = await t.api('GET', '/api/org/agencies?pageSize=100', { session: admin });
    expect(r.rawPayload.length).toBeLessThan(JSON.stringify(plain.body).length / 2);
  });
});
