import type { z } from 'zod';
import { errorBody, type ErrorBody } from '@vte/contracts';

// The test client typed by the contracts: a call names the response schema it expects and gets the
// body parsed by it, so a test reads `r.body.items[0].name` with the DTO's type, and a body that no
// longer matches the contract fails the test. Bad-input tests use `apiRaw` (untyped on purpose).

export interface CallOptions {
  session?: { cookie: string; csrf: string };
  body?: unknown;
  headers?: Record<string, string>;
}

export type RawApi = (
  method: string,
  url: string,
  opts?: CallOptions,
) => Promise<{ status: number; body: any }>;

/** A successful call: the body parsed by the response contract. */
export type TypedCall = <S extends z.ZodType>(
  url: string,
  schema: S,
  opts?: CallOptions,
) => Promise<{ status: number; body: z.output<S> }>;

export interface TypedApi {
  get: TypedCall;
  post: TypedCall;
  put: TypedCall;
  patch: TypedCall;
  delete: TypedCall;
  /** A call that must be refused (status ≥ 400): the error body, typed. */
  refused(method: string, url: string, opts?: CallOptions): Promise<{ status: number; body: ErrorBody }>;
}

export function typedApi(raw: RawApi): TypedApi {
  const call =
    (method: string): TypedCall =>
    async (url, schema, opts) => {
      const r = await raw(method, url, opts);
      if (r.status < 200 || r.status > 299)
        throw new Error(`${method} ${url}: expected success, got ${r.status} ${JSON.stringify(r.body)}`);
      return { status: r.status, body: schema.parse(r.status === 204 ? undefined : r.body) };
    };
  return {
    get: call('GET'),
    post: call('POST'),
    put: call('PUT'),
    patch: call('PATCH'),
    delete: call('DELETE'),
    async refused(method, url, opts) {
      const r = await raw(method, url, opts);
      if (r.status < 400)
        throw new Error(`${method} ${url}: expected a refusal, got ${r.status} ${JSON.stringify(r.body)}`);
      return { status: r.status, body: errorBody.parse(r.body) };
    },
  };
}
