import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { LY_SON } from '../../modules/org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { ListCache } from './list-cache';

let t: TestApp;
let admin: Session;
let other: Session;

beforeAll(async () => {
  t = await createTestApp({ LIST_CACHE_MS: '60000' });
  admin = await t.userSession('admin', { scopeUnitId: LY_SON.districtId });
  other = await t.userSession('admin', { scopeUnitId: null });
});
afterAll(() => t.close());

const names = async (s: Session, q = '') =>
  (
    (await t.api('GET', `/api/org/agencies?pageSize=200${q}`, { session: s })).body.items as {
      name: string;
    }[]
  ).map((a) => a.name);

describe('the catalogue list cache', () => {
  it('answers a repeated list from memory until a write through the API clears it', async () => {
    const before = await names(admin);
    // Written behind the app's back (like a CLI on another process): not seen while cached.
    await t.db.execute(
      sql`update agency set name = 'Phòng Tư pháp (đổi tên ngoài ứng dụng)' where id = ${LY_SON.agency('tu-phap')}`,
    );
    expect(await names(admin)).toEqual(before);
    // Any write through the API clears every cached list of this process.
    const created = await t.api('POST', '/api/org/agencies', {
      session: admin,
      body: {
        unitId: LY_SON.districtId,
        name: 'Hội Chữ thập đỏ huyện Lý Sơn',
        kind: 'mass_organisation',
        validFrom: '2020-01-01',
      },
    });
    expect(created.status).toBe(201);
    const after = await names(admin);
    expect(after).toContain('Hội Chữ thập đỏ huyện Lý Sơn');
    expect(after).toContain('Phòng Tư pháp (đổi tên ngoài ứng dụng)');
  });

  it('never serves one user an answer computed for another', async () => {
    const unit = await t.api('POST', '/api/org/units', {
      session: other,
      body: { name: 'Bình Sơn', type: 'huyen', parentId: LY_SON.provinceId, validFrom: '1989-07-01' },
    });
    await t.api('POST', '/api/org/agencies', {
      session: other,
      body: {
        unitId: unit.body.id,
        name: 'Phòng Nội vụ huyện Bình Sơn',
        kind: 'department',
        validFrom: '2025-03-01',
      },
    });
    // Same URL for both; the national administrator asks first and fills the cache.
    expect(await names(other)).toContain('Phòng Nội vụ huyện Bình Sơn');
    expect(await names(admin)).not.toContain('Phòng Nội vụ huyện Bình Sơn');
    expect(await names(other)).toContain('Phòng Nội vụ huyện Bình Sơn');
  });

  it('does not keep an answer computed before a write, and expires after its TTL', async () => {
    const c = new ListCache(50);
    const gen = c.generation;
    c.clear();
    c.set('k', 'old', gen);
    expect(c.get('k')).toBeUndefined();
    c.set('k', 'new', c.generation);
    expect(c.get('k')).toBe('new');
    await new Promise((r) => setTimeout(r, 60));
    expect(c.get('k')).toBeUndefined();
    const off = new ListCache(0);
    off.set('k', 'x', off.generation);
    expect(off.get('k')).toBeUndefined();
  });
});
