import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import { createDb, createPool, type Db } from './pool';
import { createReadRouting, parseLsn } from './read-routing';

// The decisions of read-routing.ts against a real server. Here the "replica" is a second pool on a
// primary, where pg_last_wal_replay_lsn() is null: a writer's position is never reached, so their
// reads must stay on the primary. The real replica is exercised by e2e/scale.test.ts.

let t: TestApp;
let second: Db;
beforeAll(async () => {
  t = await createTestApp();
  second = createDb(createPool(t.pool.options.connectionString!, 2, 'vi-tre-em-read'));
});
afterAll(async () => {
  await second.$client.end();
  await t.close();
});

describe('read routing', () => {
  it('reads LSNs as numbers and ignores malformed ones', () => {
    expect(parseLsn('0/3000148')).toBe(0x3000148n);
    expect(parseLsn('1/0')! > parseLsn('0/FFFFFFFF')!).toBe(true);
    for (const bad of ['', 'x/1', '1/2/3', '0/123456789', "0/1'; drop"]) expect(parseLsn(bad)).toBeNull();
  });

  it('without a replica everything reads the primary and a write leaves no marker', async () => {
    const r = createReadRouting(t.db, null);
    expect(await r.writeFence()).toBeNull();
    expect((await r.choose(undefined)).db).toBe(t.db);
    expect((await r.choose('0/1')).source).toBe('primary');
  });

  it("a writer's reads stay on the primary until the replica has replayed their write", async () => {
    const r = createReadRouting(t.db, second);
    expect((await r.choose(undefined)).source).toBe('replica');
    const fence = await r.writeFence();
    expect(parseLsn(fence)).not.toBeNull();
    expect(await r.choose(fence!)).toMatchObject({ source: 'primary', fenceDone: false });
    // A forged or broken marker is dropped, and the reads go to the replica.
    expect(await r.choose('garbage')).toMatchObject({ source: 'replica', fenceDone: true });
    expect(r.counts).toEqual({ replica: 2, primary: 1 });
  });
});
