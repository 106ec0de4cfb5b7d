import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyDto, pageOf, userDto } from '@vte/contracts';
import { LY_SON } from '.';
import { createTestApp, type Session, type TestApp } from '../../test/harness';

// The agency and user lists are one prepared statement each (page + total): every sort, the total
// on every page (a page past the end included), and the same answer as reading all at once.

let t: TestApp;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.userSession('admin', { scopeUnitId: LY_SON.districtId });
});
afterAll(() => t.close());

type Page = { items: { id: string; name: string; kind: string; validFrom: string }[]; total: number };
/** The lists skip zod on the way out: every answer must still be exactly its contract, no field more. */
function exactly(body: unknown, item: typeof agencyDto | typeof userDto) {
  pageOf(item).parse(body);
  for (const row of (body as { items: object[] }).items)
    expect(Object.keys(row).sort()).toEqual(Object.keys(item.shape).sort());
}
const get = async (url: string): Promise<Page> => {
  const r = await t.api('GET', url, { session: admin });
  expect(r.status).toBe(200);
  exactly(r.body, agencyDto);
  return r.body as Page;
};

describe('agency and user lists', () => {
  it('pages through every sort with the same total, and a page past the end keeps the total', async () => {
    for (const sort of ['name', 'kind', 'validFrom']) {
      const all = await get(`/api/org/agencies?sort=${sort}&pageSize=200`);
      expect(all.total).toBe(all.items.length);
      const pages: Page['items'] = [];
      for (let page = 1; (page - 1) * 7 < all.total; page++) {
        const p = await get(`/api/org/agencies?sort=${sort}&pageSize=7&page=${page}`);
        expect(p.total).toBe(all.total);
        pages.push(...p.items);
      }
      expect(pages.map((a) => a.id)).toEqual(all.items.map((a) => a.id));
      const past = await get(`/api/org/agencies?sort=${sort}&pageSize=7&page=999`);
      expect(past).toMatchObject({ items: [], total: all.total });
    }
    const byKind = (await get('/api/org/agencies?sort=kind&pageSize=200')).items.map((a) => a.kind);
    expect(byKind).toEqual([...byKind].sort());
  });

  it('gives users the same total on every page, and past the end', async () => {
    for (const role of ['leader', 'focal_officer', 'auditor'] as const) await t.userSession(role);
    const all = (await t.api('GET', '/api/users?pageSize=200', { session: admin })).body as Page;
    expect(all.total).toBe(all.items.length);
    exactly(all, userDto);
    const second = (await t.api('GET', '/api/users?pageSize=1&page=2', { session: admin })).body as Page;
    expect(second.items.map((u) => u.id)).toEqual([all.items[1]!.id]);
    expect(second.total).toBe(all.total);
    const past = (await t.api('GET', '/api/users?pageSize=5&page=999', { session: admin })).body as Page;
    expect(past).toMatchObject({ items: [], total: all.total });
  });
});
