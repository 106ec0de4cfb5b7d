import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { errorCodes, type ErrorCode } from '@vte/contracts';
import { buildApp } from '../../app';
import { createTestApp, type TestApp } from '../../test/harness';
import { AppError } from './app-error';
import { errorSpec } from './errors';

// Error codes are declared once (contracts), typed where thrown (AppError), each has a catalogue
// entry, and none is declared without being thrown.
const serverSrc = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    // Catalogues name every code; tests may name any: neither counts as throwing it.
    const catalogue = e.name.endsWith('.errors.ts') || p === path.join(serverSrc, 'platform/http/errors.ts');
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !catalogue ? [p] : [];
  });
}

/** Declared codes that no server source names as a string literal. */
function unusedCodes(codes: readonly string[], files: string[]): string[] {
  const text = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  return codes.filter((c) => !new RegExp(`['"\`]${c}['"\`]`).test(text));
}

let t: TestApp;
let app: FastifyInstance;
const lines: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  app = await buildApp(
    { ...t.config, LOG_LEVEL: 'warn' },
    { db: t.db, mode: 'external' },
    {
      write: (l) => void lines.push(l),
    },
  );
  app.get('/api/test/unregistered-code', { config: { access: 'public' } }, () => {
    // A declared code whose module forgot to register its catalogue (simulated by a cast).
    throw new AppError('NO_SUCH_CODE' as ErrorCode, { name: 'Nguyễn Thị Hoa' });
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe('error codes', () => {
  it('AppError refuses, at compile time, a code no contract declares', () => {
    // @ts-expect-error — 'NO_SUCH_CODE' is not an ErrorCode; `npm run typecheck` fails if this compiles.
    const e = new AppError('NO_SUCH_CODE');
    expect(e.code).toBe('NO_SUCH_CODE');
  });

  it('every declared code has a catalogue entry once the app is built', () => {
    expect(errorCodes.filter((c) => !errorSpec(c))).toEqual([]);
  });

  it('a code without a catalogue entry answers the generic 500 and is logged as a warning', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/test/unregistered-code' });
    expect(r.statusCode).toBe(500);
    expect(r.json().error.code).toBe('INTERNAL');
    const warn = lines
      .map((l) => JSON.parse(l))
      .find((l) => l.msg === 'error code without a catalogue entry');
    expect(warn).toMatchObject({ level: 40, code: 'NO_SUCH_CODE', route: '/api/test/unregistered-code' });
    expect(lines.join('')).not.toContain('Nguyễn');
  });

  it('every declared code is thrown somewhere in the server (no dead codes)', () => {
    expect(unusedCodes(errorCodes, sources(serverSrc))).toEqual([]);
  });

  it('the dead-code check finds a code nobody throws', () => {
    expect(unusedCodes(['PLAN_NOT_FOUND', 'NEVER_THROWN_ANYWHERE'], sources(serverSrc))).toEqual([
      'NEVER_THROWN_ANYWHERE',
    ]);
  });
});
