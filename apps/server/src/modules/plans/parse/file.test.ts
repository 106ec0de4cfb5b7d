import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxFromLines } from './fixtures/make-docx';
import { MAX_PLAN_FILE_BYTES, parsePlanFile, PlanParseError, type PlanParseErrorCode } from './index';

const SEED = readFileSync(path.join(import.meta.dirname, 'fixtures', 'seed-ly-son-2025.txt'), 'utf8');

async function failure(buf: Buffer, name: string): Promise<PlanParseError> {
  try {
    await parsePlanFile(buf, name);
  } catch (err) {
    if (err instanceof PlanParseError) return err;
    throw err;
  }
  throw new Error('expected a PlanParseError');
}

describe('parsePlanFile', () => {
  it('reads UTF-8 with or without BOM and UTF-16 with BOM', async () => {
    const utf8 = await parsePlanFile(Buffer.from(SEED, 'utf8'), 'ke-hoach.txt');
    expect(utf8.tasks).toHaveLength(13);
    const bom = await parsePlanFile(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED, 'utf8')]),
      'a.TXT',
    );
    expect(bom.title).toBe(utf8.title);
    const le = await parsePlanFile(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED, 'utf16le')]),
      'a.txt',
    );
    expect(le.tasks.map((t) => t.lead)).toEqual(utf8.tasks.map((t) => t.lead));
    const beBody = Buffer.from(SEED, 'utf16le');
    for (let i = 0; i + 1 < beBody.length; i += 2) [beBody[i], beBody[i + 1]] = [beBody[i + 1]!, beBody[i]!];
    const be = await parsePlanFile(Buffer.concat([Buffer.from([0xfe, 0xff]), beBody]), 'a.txt');
    expect(be.recipients).toEqual(utf8.recipients);
  });

  it('reads Windows line endings', async () => {
    const plan = await parsePlanFile(Buffer.from(SEED.replace(/\n/g, '\r\n')), 'crlf.txt');
    expect(plan.tasks).toHaveLength(13);
    expect(plan.recipients).toHaveLength(12);
  });

  const cases: [string, () => Promise<Buffer> | Buffer, string, PlanParseErrorCode][] = [
    ['an empty file', () => Buffer.alloc(0), 'a.txt', 'EMPTY'],
    ['a file of blank lines', () => Buffer.from('\n  \n\t\n'), 'a.txt', 'EMPTY'],
    ['an empty .docx', () => docxFromLines(''), 'a.docx', 'EMPTY'],
    [
      'a corrupt .docx',
      () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]),
      'a.docx',
      'CORRUPT_DOCX',
    ],
    ['a .docx that is not a ZIP', () => Buffer.from('xin chào'), 'a.docx', 'CORRUPT_DOCX'],
    [
      'an old .doc renamed',
      () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'a.docx',
      'UNSUPPORTED_TYPE',
    ],
    ['a PDF', () => Buffer.from('%PDF-1.7\n...'), 'a.pdf', 'UNSUPPORTED_TYPE'],
    ['a PDF named .txt', () => Buffer.from('%PDF-1.7\n...'), 'a.txt', 'UNSUPPORTED_TYPE'],
    ['a spreadsheet', () => Buffer.from('PK\u0003\u0004'), 'a.xlsx', 'UNSUPPORTED_TYPE'],
    [
      'a .txt in a legacy 8-bit code page',
      () => Buffer.from([0x4b, 0xc9, 0x20, 0x48, 0x4f, 0xc0, 0x43, 0x48]),
      'a.txt',
      'UNSUPPORTED_TYPE',
    ],
    [
      'a binary file named .txt',
      () => Buffer.from([0x00, 0x01, 0x02, 0x41, 0x42]),
      'a.txt',
      'UNSUPPORTED_TYPE',
    ],
    ['a text without tasks', () => Buffer.from('THÔNG BÁO\nLịch họp tuần.\n'), 'a.txt', 'NOT_A_PLAN'],
    ['a file over 20 MB', () => Buffer.alloc(MAX_PLAN_FILE_BYTES + 1, 0x41), 'a.txt', 'TOO_LARGE'],
  ];
  it.each(cases)('rejects %s', async (_name, make, filename, code) => {
    const err = await failure(await make(), filename);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(/[ạảãàáâăđêôơư]/u);
  });

  it('says in Vietnamese that a text without tasks is not a plan', async () => {
    const err = await failure(
      Buffer.from('Kính gửi: các phòng, ban.\nĐề nghị các đơn vị báo cáo.'),
      'cong-van.txt',
    );
    expect(err.message).toBe('Tệp không phải là kế hoạch: không tìm thấy nhiệm vụ nào.');
  });
});
