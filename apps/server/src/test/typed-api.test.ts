import { describe, expect, it } from 'vitest';
import { z } from '@vte/contracts';
import { typedApi, type RawApi } from './typed-api';

// The typed client must fail a test when the answer drifts from the contract or the status is not
// the one the call expects; a fixed answer stands in for the app here.
const answering =
  (status: number, body: unknown): RawApi =>
  async () => ({ status, body });
const dto = z.object({ id: z.string(), name: z.string() });

describe('typed test client', () => {
  it('returns the body parsed by the response contract (unknown keys dropped)', async () => {
    const r = await typedApi(answering(200, { id: 'a', name: 'A', extra: 1 })).get('/x', dto);
    expect(r).toEqual({ status: 200, body: { id: 'a', name: 'A' } });
  });

  it('fails when the body does not match the contract', async () => {
    await expect(typedApi(answering(200, { id: 'a' })).get('/x', dto)).rejects.toThrow(/name/);
  });

  it('fails a typed call on a refusal, and `refused` on a success', async () => {
    const error = { error: { code: 'FORBIDDEN', message: 'Không có quyền.' } };
    await expect(typedApi(answering(403, error)).post('/x', dto)).rejects.toThrow(
      /expected success, got 403/,
    );
    await expect(typedApi(answering(200, { id: 'a', name: 'A' })).refused('GET', '/x')).rejects.toThrow(
      /expected a refusal, got 200/,
    );
    expect((await typedApi(answering(403, error)).refused('GET', '/x')).body.error.code).toBe('FORBIDDEN');
  });
});
