import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { cleanText } from '@vte/contracts';
import { LY_SON } from '../../modules/org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.userSession('admin', { scopeUnitId: null });
});
afterAll(() => t.close());

type Def = { type: string; format?: string; checks?: unknown[]; [k: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** Paths of plain strings (no fixed format such as uuid or date) that lack the shared text rule. */
function unguarded(schema: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const walk = (s: unknown, p: string) => unguarded(s, p, seen);
  switch (def.type) {
    case 'string':
      return def.format || def.checks?.includes(cleanText) ? [] : [path];
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([k, v]) =>
        walk(v, `${path}.${k}`),
      );
    case 'array':
      return walk(def.element, `${path}[]`);
    case 'record':
      return [...walk(def.keyType, `${path}{key}`), ...walk(def.valueType, `${path}{}`)];
    case 'union':
      return (def.options as unknown[]).flatMap((o, i) => walk(o, `${path}|${i}`));
    case 'intersection':
      return [...walk(def.left, path), ...walk(def.right, path)];
    case 'tuple':
      return (def.items as unknown[]).flatMap((o, i) => walk(o, `${path}[${i}]`));
    case 'pipe':
      return walk(def.in, path);
    case 'lazy':
      return walk((def.getter as () => unknown)(), path);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return walk(def.innerType, path);
    default:
      return [];
  }
}

describe('the shared text rule', () => {
  it('guards every text field of every API input (body, query, params)', () => {
    const missing = t.app.routeTable.flatMap((r) =>
      (['body', 'querystring', 'params'] as const).flatMap((part) =>
        unguarded(r.schema?.[part], `${r.method} ${r.url} ${part}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  const counts = async () =>
    (
      await t.db.execute<{ agencies: number; audit: number }>(
        sql`select (select count(*) from agency)::int as agencies, (select count(*) from audit_log)::int as audit`,
      )
    ).rows[0];
  const agency = { unitId: LY_SON.districtId, kind: 'health', validFrom: '2025-01-01' };

  it.each([
    ['a NUL character', 'Trạm\u0000 Y tế'],
    ['a lone high surrogate', 'Trạm \uD83D Y tế'],
    ['a lone low surrogate', 'Trạm \uDE00 Y tế'],
    ['an escape character', 'Trạm \u001B[31m Y tế'],
    ['a DEL character', 'Trạm\u007F Y tế'],
  ])('refuses %s with a Vietnamese 400 and saves nothing', async (_label, name) => {
    const before = await counts();
    const r = await t.api('POST', '/api/org/agencies', { session: admin, body: { ...agency, name } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION');
    expect(JSON.stringify(r.body.error.details)).toMatch(/ký tự không hợp lệ/);
    expect(await counts()).toEqual(before);
  });

  it('refuses them in a search query and a password too, never a 500', async () => {
    const q = await t.api('GET', `/api/org/agencies?q=${encodeURIComponent('a\u0000b')}`, { session: admin });
    expect(q.status).toBe(400);
    const users = await t.api('GET', '/api/users?q=a%1Bb', { session: admin });
    expect(users.status).toBe(400);
    // An encoded lone surrogate cannot reach the handler as one: it decodes to U+FFFD.
    const broken = await t.api('GET', '/api/users?q=%ED%A0%80', { session: admin });
    expect(broken.status).toBe(200);
    const login = await t.api('POST', '/api/auth/login', {
      body: { username: 'admin', password: 'x\u0000' },
    });
    expect(login.status).toBe(400);
  });

  it('keeps tabs, new lines, emoji and Vietnamese as they are', async () => {
    const name = 'Trạm Y tế 🏥 Lý Sơn';
    const r = await t.api('POST', '/api/org/agencies', {
      session: admin,
      body: { ...agency, name, address: 'Thôn Đông,\n\tđặc khu Lý Sơn' },
    });
    expect(r.status).toBe(201);
    expect(r.body.name).toBe(name);
    expect(r.body.address).toBe('Thôn Đông,\n\tđặc khu Lý Sơn');
  });

  it('stores names in NFC, so a decomposed spelling does not duplicate an existing agency', async () => {
    const composed = 'Phòng Tư pháp thử nghiệm';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const first = await t.api('POST', '/api/org/agencies', {
      session: admin,
      body: { ...agency, name: decomposed },
    });
    expect(first.status).toBe(201);
    expect(first.body.name).toBe(composed);
    const again = await t.api('POST', '/api/org/agencies', {
      session: admin,
      body: { ...agency, name: composed },
    });
    expect(again.status).toBe(409);
    const found = await t.api(
      'GET',
      `/api/org/agencies?q=${encodeURIComponent('Tư pháp thử'.normalize('NFD'))}`,
      {
        session: admin,
      },
    );
    expect(found.body.items.map((a: { name: string }) => a.name)).toEqual([composed]);
  });
});
