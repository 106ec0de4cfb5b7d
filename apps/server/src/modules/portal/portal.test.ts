import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyDto, portalHomeDto } from '@vte/contracts';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';

// The portal is public: it may show exactly these fields and nothing else (docs/architecture.md §5.9). A new
// column, a new DTO field or a new public route fails here until it is deliberately listed.

let t: TestApp;
let admin: Session;

/** The key skeleton of a JSON value: objects as their keys (recursively), arrays as their items' one shape. */
function shape(v: unknown): unknown {
  if (Array.isArray(v)) {
    const shapes = [...new Set(v.map((x) => JSON.stringify(shape(x))))];
    return shapes.map((s) => JSON.parse(s) as unknown);
  }
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, shape((v as Record<string, unknown>)[k])]),
    );
  return 'value';
}

const contactShape = { address: 'value', email: 'value', name: 'value', phone: 'value', unitName: 'value' };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.userSession('admin', { scopeUnitId: LY_SON.districtId });
  const office = {
    unitId: LY_SON.districtId,
    kind: 'social_facility',
    shortName: 'TTCTXH',
    aliases: ['Trung tâm công tác xã hội'],
    phone: '0255 3867 111',
    email: 'ttctxh@lyson.gov.vn',
    address: 'Thôn Đông, đặc khu Lý Sơn',
  };
  await t.post('/api/org/agencies', agencyDto, {
    session: admin,
    body: { ...office, name: 'Trung tâm Công tác xã hội Lý Sơn', validFrom: '2025-01-01' },
  });
  // Not listed: no phone, or no longer valid.
  await t.post('/api/org/agencies', agencyDto, {
    session: admin,
    body: { ...office, name: 'Văn phòng không có điện thoại', phone: null, validFrom: '2025-01-01' },
  });
  await t.post('/api/org/agencies', agencyDto, {
    session: admin,
    body: { ...office, name: 'Trạm đã giải thể', validFrom: '2020-01-01', validTo: '2021-01-01' },
  });
  // A person with contact data of their own: never on the portal.
  await t.userSession('focal_officer', { username: 'canbo.congkhai' });
});
afterAll(() => t.close());

describe('public portal', () => {
  it('has exactly one public endpoint under /api/portal', () => {
    const publicRoutes = t.app.routeTable
      .filter((r) => r.url.startsWith('/api/portal'))
      .map((r) => `${r.access} ${r.method} ${r.url}`);
    expect(publicRoutes).toEqual(['public GET /api/portal/home']);
  });

  it('answers the home page anonymously with exactly the public fields', async () => {
    const raw = await t.apiRaw('GET', '/api/portal/home');
    expect(raw.status).toBe(200);
    expect(shape(raw.body)).toEqual({ contacts: [contactShape], hotline: 'value', hotlineText: 'value' });
    const home = portalHomeDto.parse(raw.body);
    const office = home.contacts.find((c) => c.name === 'Trung tâm Công tác xã hội Lý Sơn');
    expect(office).toEqual({
      name: 'Trung tâm Công tác xã hội Lý Sơn',
      unitName: expect.stringMatching(/Lý Sơn$/),
      phone: '0255 3867 111',
      email: 'ttctxh@lyson.gov.vn',
      address: 'Thôn Đông, đặc khu Lý Sơn',
    });
    const names = home.contacts.map((c) => c.name);
    expect(names).not.toContain('Văn phòng không có điện thoại');
    expect(names).not.toContain('Trạm đã giải thể');
    const text = JSON.stringify(raw.body);
    for (const leak of ['TTCTXH', 'Trung tâm công tác xã hội"', 'canbo.congkhai', LY_SON.districtId])
      expect(text).not.toContain(leak);
  });

  // Issue 9 item 19: an office still in force on a dissolved unit is listed under the unit in force today.
  it('names the health centre of the former district with the special zone, and lists no dissolved unit', async () => {
    const home = portalHomeDto.parse((await t.apiRaw('GET', '/api/portal/home')).body);
    const ttyt = home.contacts.find((c) => c.name === 'Trung tâm Y tế quân - dân y Lý Sơn');
    expect(ttyt?.unitName).toBe('Đặc khu Lý Sơn');
    for (const c of home.contacts) expect(c.unitName).not.toMatch(/^Huyện Lý Sơn$/);
  });
});
