import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { seedIndicators } from '.';

// Issue 9 item 7: each indicator says which way is better; arrows, colours and attainment follow it.
let t: TestApp;
let national: Session;
let reporter: Session;
const ids = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  await seedIndicators(t.db);
  national = await t.userSession('admin', { scopeUnitId: null });
  reporter = await t.userSession('agency_reporter', { agencyId: LY_SON.agency('gddt') });
  const list = await t.api('GET', '/api/indicators', { session: reporter });
  for (const i of list.body) ids.set(i.code, i.id);
});
afterAll(() => t.close());

describe('indicator direction', () => {
  it('is seeded: malnutrition and abuse lower is better, coverage higher, counts of children neutral', async () => {
    const list = await t.api('GET', '/api/indicators', { session: reporter });
    const dir = new Map(list.body.map((i: { code: string; direction: string }) => [i.code, i.direction]));
    expect([dir.get('DP.0204'), dir.get('DP.0205'), dir.get('XH.0101'), dir.get('DP.0401')]).toEqual([
      'lower',
      'lower',
      'lower',
      'lower',
    ]);
    expect([dir.get('DP.0206'), dir.get('DP.0303'), dir.get('0605')]).toEqual(['higher', 'higher', 'higher']);
    expect([dir.get('DP.0101'), dir.get('DP.0301')]).toEqual(['neutral', 'neutral']);
  });

  it('is editable data: a national admin changes it, audited; a new indicator defaults to higher', async () => {
    const id = ids.get('DP.0801')!;
    const r = await t.api('PATCH', `/api/indicators/${id}`, {
      session: national,
      body: { direction: 'lower' },
    });
    expect([r.status, r.body.direction]).toEqual([200, 'lower']);
    const audit = await t.db.execute<{ before: { direction: string }; after: { direction: string } }>(
      sql`select before, after from audit_log where entity = 'indicator' and entity_id = ${id} order by id desc limit 1`,
    );
    expect([audit.rows[0]!.before.direction, audit.rows[0]!.after.direction]).toEqual(['neutral', 'lower']);
    const created = await t.api('POST', '/api/indicators', {
      session: national,
      body: {
        code: 'DP.0911',
        name: 'Số cuộc gọi',
        group: 'III. Bảo vệ trẻ em',
        unit: 'cuộc',
        aggregation: 'sum',
        dimensions: [],
      },
    });
    expect([created.status, created.body.direction]).toEqual([201, 'higher']);
  });

  it('refuses an unknown direction (400 in Vietnamese) and a reporter (403); nothing changes', async () => {
    const id = ids.get('DP.0205')!;
    const bad = await t.api('PATCH', `/api/indicators/${id}`, {
      session: national,
      body: { direction: 'up' },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error)).toMatch(/[ạảãáàâăêôơưđ]/);
    const byReporter = await t.api('PATCH', `/api/indicators/${id}`, {
      session: reporter,
      body: { direction: 'higher' },
    });
    expect(byReporter.status).toBe(403);
    const after = await t.api('GET', `/api/indicators/${id}`, { session: reporter });
    expect(after.body.direction).toBe('lower');
  });
});
