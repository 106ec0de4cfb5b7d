// Crash-proof plan import (issue 8 item 2): a hostile upload gets a Vietnamese 4xx, nothing is
// saved, and the server keeps answering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { LY_SON } from '../org';
import { createTestApp, type Session, type TestApp } from '../../test/harness';
import { manyEntries, wordBomb } from '../../platform/documents/zip-fixtures.test-support';
import { docxWithTaskTable } from './parse/fixtures/make-docx';

const MB = 1024 * 1024;
let t: TestApp;
let focal: Session;

function multipart(filename: string, data: Buffer, unitId: string) {
  const b = `----vte${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="unitId"\r\n\r\n${unitId}\r\n`),
    Buffer.from(
      `--${b}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${b}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${b}` } };
}

async function preview(filename: string, data: Buffer) {
  const m = multipart(filename, data, LY_SON.districtId);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/plans/import/preview',
    payload: m.payload,
    headers: { ...m.headers, cookie: focal.cookie, 'x-csrf-token': focal.csrf },
  });
  return { status: res.statusCode, body: res.json() };
}

const counts = async () =>
  (
    await t.db.execute<{ plans: number; audit: number }>(
      sql`select (select count(*)::int from plan) plans, (select count(*)::int from audit_log) audit`,
    )
  ).rows[0]!;

/** An encrypted Office file as Word saves it with a password: a compound file, not a zip. */
function encryptedOffice(): Buffer {
  const buf = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf);
  Buffer.from('EncryptionInfo', 'utf16le').copy(buf, 1024);
  Buffer.from('EncryptedPackage', 'utf16le').copy(buf, 1152);
  return buf;
}

beforeAll(async () => {
  t = await createTestApp();
  focal = await t.userSession('focal_officer', { agencyId: LY_SON.agency('noi-vu') });
});
afterAll(() => t.close());

describe('plan import of hostile files', () => {
  const cases: [string, string, () => Promise<Buffer> | Buffer, number, string, RegExp][] = [
    [
      'a 336 KB .docx inflating to 110 MB',
      'bom.docx',
      () => wordBomb(110 * MB),
      422,
      'PLAN_PARSE_TOO_COMPLEX',
      /Tệp quá lớn hoặc bị hỏng/,
    ],
    [
      'the same bomb declaring 4 KB',
      'bom-gia.docx',
      () => wordBomb(110 * MB, 4000),
      422,
      'PLAN_PARSE_TOO_COMPLEX',
      /Tệp quá lớn hoặc bị hỏng/,
    ],
    [
      'a zip of 100,000 entries',
      'nhieu.docx',
      () => manyEntries(100_000),
      422,
      'PLAN_PARSE_TOO_COMPLEX',
      /Tệp quá lớn hoặc bị hỏng/,
    ],
    [
      'a truncated .docx',
      'cut.docx',
      async () => (await docxWithTaskTable()).subarray(0, 3000),
      400,
      'PLAN_PARSE_CORRUPT_DOCX',
      /bị hỏng/,
    ],
    [
      'a password-protected .docx',
      'mat-khau.docx',
      encryptedOffice,
      422,
      'PLAN_PARSE_ENCRYPTED',
      /đặt mật khẩu/,
    ],
  ];
  it.each(cases)('%s: a Vietnamese 4xx, nothing saved, the server still answers', async (...c) => {
    const [, filename, make, status, code, message] = c;
    const before = await counts();
    const r = await preview(filename, await make());
    expect([r.status, r.body.error.code]).toEqual([status, code]);
    expect(r.body.error.message).toMatch(message);
    expect(await counts()).toEqual(before);
    expect((await t.api('GET', '/api/health')).status).toBe(200);
  });

  it('still reads a real Word plan through the worker', async () => {
    const r = await preview('ke-hoach.docx', await docxWithTaskTable());
    expect(r.status).toBe(200);
    expect(r.body.parsed.tasks.length).toBeGreaterThan(0);
  });
});
