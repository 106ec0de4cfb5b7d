import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { LY_SON } from '../../modules/org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { asSuperuser, until, untilLive } from '../../test/cache-helpers';
import type { CacheListener } from '../db/cache-listener';
import { ListCache } from './list-cache';

let t: TestApp;
let admin: Session;
let other: Session;

beforeAll(async () => {
  // A TTL far longer than the test: only an invalidation can make a cached list change.
  t = await createTestApp({ LIST_CACHE_MS: '60000' });
  await untilLive(t.app);
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

const TU_PHAP = LY_SON.agency('tu-phap');
/** A write nobody hears about: triggers do not fire under session_replication_role = replica. */
const unheardRename = (name: string) =>
  asSuperuser(t.dbName, async (c) => {
    await c.query('set session_replication_role = replica');
    await c.query('update agency set name = $1 where id = $2', [name, TU_PHAP]);
  });

describe('the catalogue list cache', () => {
  it('answers a repeated list from memory until a write through the API clears it', async () => {
    const before = await names(admin);
    await unheardRename('Phòng Tư pháp (không ai nghe)');
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
    expect(after).toContain('Phòng Tư pháp (không ai nghe)');
  });

  it('drops its answers when anyone writes an agency, even outside the app (CLI, psql)', async () => {
    expect(await names(admin)).not.toContain('Phòng Tư pháp (sửa bằng psql)');
    await t.db.execute(sql`update agency set name = 'Phòng Tư pháp (sửa bằng psql)' where id = ${TU_PHAP}`);
    // The notification arrives at commit; the TTL (1 min) cannot be what clears it.
    await until(async () => (await names(admin)).includes('Phòng Tư pháp (sửa bằng psql)'));
  });

  it('is bypassed while its listener is down, and serves again once it is back', async () => {
    await names(admin);
    await asSuperuser(t.dbName, (c) =>
      c.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
         where application_name = 'vi-tre-em-cache-listener' and datname = current_database()`,
      ),
    );
    await until(async () => !t.app.cacheListener.live);
    await unheardRename('Phòng Tư pháp (khi mất kết nối)');
    expect(await names(admin)).toContain('Phòng Tư pháp (khi mất kết nối)');
    await untilLive(t.app);
    await names(admin);
    await unheardRename('Phòng Tư pháp (đã nối lại)');
    expect(await names(admin)).toContain('Phòng Tư pháp (khi mất kết nối)');
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
    let live = true;
    const listener = {
      get live() {
        return live;
      },
      on: () => () => undefined,
    } as unknown as CacheListener;
    const c = new ListCache(50, listener);
    const gen = c.generation;
    c.clear();
    c.set('k', 'old', gen);
    expect(c.get('k')).toBeUndefined();
    c.set('k', 'new', c.generation);
    expect(c.get('k')).toBe('new');
    live = false;
    expect(c.get('k')).toBeUndefined();
    live = true;
    await new Promise((r) => setTimeout(r, 60));
    expect(c.get('k')).toBeUndefined();
    const off = new ListCache(0, listener);
    off.set('k', 'x', off.generation);
    expect(off.get('k')).toBeUndefined();
  });
});
