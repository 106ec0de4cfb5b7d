import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '10' });
});
afterAll(() => t.close());

const health = (remoteAddress: string, cookie?: string) =>
  t.app.inject({
    method: 'GET',
    url: '/api/health',
    remoteAddress,
    headers: cookie ? { cookie: `vte_session=${cookie}` } : {},
  });

describe('the general rate limit', () => {
  it('cannot be bypassed with a fresh cookie per request, and keys on the client address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await health('203.0.113.7', crypto.randomBytes(16).toString('hex'))).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    const refused = await health('203.0.113.7');
    expect(refused.statusCode).toBe(429);
    // Another address has its own allowance.
    expect((await health('203.0.113.8')).statusCode).toBe(200);
  });

  it('ignores a forged X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    for (let i = 0; i < 10; i++) await health('198.51.100.9');
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      remoteAddress: '198.51.100.9',
      headers: { 'x-forwarded-for': '192.0.2.44' },
    });
    expect(forged.statusCode).toBe(429);
  });
});
