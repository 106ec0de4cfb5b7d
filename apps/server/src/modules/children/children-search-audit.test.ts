// A register search by name, personal ID or a parent's name is audited (issue 11 item 8, Law 91/2025):
// purpose and kind, never the text typed; browsing by filters alone is not a search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { LY_SON } from '../org';
import { AS_OF, kid, konTum, seedKids } from './list.test-support';

let t: TestApp;
let worker: Session;
let leader: Session;

const an = kid({
  fullName: 'Nguyễn Văn An',
  dob: '2015-03-10',
  personalId: '051215000001',
  mother: 'Trần Thị Hoa',
});

const search = (s: Session, body: object) =>
  t.apiRaw('POST', '/api/children/search', { session: s, body: { asOf: AS_OF, ...body } }) as Promise<{
    status: number;
    body: { items: { id: string }[]; nextCursor: string | null };
  }>;

async function searchAudits(): Promise<
  { after: Record<string, unknown>; actor_id: string; unit_id: string | null }[]
> {
  const r = await t.db.execute(
    sql`select after, actor_id, unit_id from audit_log where entity = 'child_search' order by id`,
  );
  return r.rows as never;
}

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.userSession('commune_worker', { scopeUnitId: LY_SON.specialZoneId });
  leader = await t.userSession('leader', { scopeUnitId: LY_SON.specialZoneId });
  await seedKids(t, [an, kid({ fullName: 'Lê Thị Bình', dob: '2016-01-02' })]);
});
afterAll(() => t.close());

describe('searches of the register are audited', () => {
  it('a name search writes one read with purpose and kind, never the name', async () => {
    const before = (await searchAudits()).length;
    const r = await search(worker, { q: 'nguyen van an' });
    expect(r.status).toBe(200);
    expect(r.body.items.map((i) => i.id)).toEqual([an.id]);
    const rows = (await searchAudits()).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toEqual({
      purpose: 'quan_ly',
      kind: 'name_or_parent',
      filters: ['asOf'],
      results: 1,
    });
    expect(rows[0]!.unit_id).toBe(LY_SON.specialZoneId);
    expect(JSON.stringify(rows[0])).not.toMatch(/nguyen|an\b/i);
  });

  it('an ID search (typed with spaces) and a parent search are audited with their kind', async () => {
    const before = (await searchAudits()).length;
    expect((await search(worker, { q: '051 215 000 001' })).body.items).toHaveLength(1);
    expect((await search(worker, { q: 'Trần Thị Hoa', sex: 'M' })).body.items).toHaveLength(1);
    const rows = (await searchAudits()).slice(before);
    expect(rows.map((r) => r.after)).toEqual([
      { purpose: 'quan_ly', kind: 'personal_id', filters: ['asOf'], results: 1 },
      { purpose: 'quan_ly', kind: 'name_or_parent', filters: ['asOf', 'sex'], results: 1 },
    ]);
    expect(JSON.stringify(rows)).not.toContain('051215000001');
    expect(JSON.stringify(rows)).not.toMatch(/hoa/i);
  });

  it('browsing by filters alone, and the later pages of a search, write no search row', async () => {
    const before = (await searchAudits()).length;
    const browse = await search(worker, { sex: 'F' });
    expect(browse.status, JSON.stringify(browse.body)).toBe(200);
    const first = await search(worker, { q: 'nguyen', limit: 1 });
    expect(first.status).toBe(200);
    if (first.body.nextCursor) await search(worker, { q: 'nguyen', limit: 1, cursor: first.body.nextCursor });
    expect((await searchAudits()).length).toBe(before + 1);
  });

  it('a refused search (list-only role, another locality, bad input) is answered before anything is audited', async () => {
    const before = (await searchAudits()).length;
    expect((await search(leader, { q: 'nguyen' })).status).toBe(403);
    // Another locality's unit: 404 as for the list, and no search row.
    expect((await search(worker, { q: 'nguyen', unitId: (await konTum(t)).id })).status).toBe(404);
    const bad = await search(worker, { q: 'an', limit: 0 });
    expect(bad.status).toBe(400);
    expect((await searchAudits()).length).toBe(before);
  });
});
