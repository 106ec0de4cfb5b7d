import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataScope, LY_SON } from '.';
import { createTestApp, type TestApp } from '../../test/harness';

// The app wires the scope cache to its cache listener (registerOrg → watchScopes): without that line
// the cache never serves and every request reads its scope again (two recursive statements).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('scope cache', () => {
  it('serves a scope from the cache while the app listens, and reads it again after a unit changes', async () => {
    const first = await dataScope(t.db, LY_SON.districtId);
    expect(await dataScope(t.db, LY_SON.districtId)).toBe(first);
    // A write to admin_unit reaches the listener through NOTIFY (migration 0009) and empties the cache.
    await t.db.$client.query('update admin_unit set name = name where id = $1', [LY_SON.districtId]);
    await expect.poll(async () => (await dataScope(t.db, LY_SON.districtId)) !== first).toBe(true);
  });
});
