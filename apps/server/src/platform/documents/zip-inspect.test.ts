import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { OFFICE_ZIP_LIMITS } from './limits';
import {
  deflated,
  makeZip,
  manyEntries,
  wordBomb,
  wordOfRandomText,
  type FixtureEntry,
} from './zip-fixtures.test-support';
import { inspectZip, type ZipInspection } from './zip-inspect';
import { verifyInflatedSizes } from './zip-verify';

const MB = 1024 * 1024;
const reason = (z: ZipInspection) => (z.ok ? 'ok' : z.reason);
const small = (name: string, extra: Partial<FixtureEntry> = {}) => ({
  ...deflated(name, Buffer.from('<x/>')),
  ...extra,
});

/** A compound (OLE) file header, as Word 97–2003 and password-protected Office files start. */
function compoundFile(streamName?: string): Buffer {
  const buf = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf);
  if (streamName) Buffer.from(streamName, 'utf16le').copy(buf, 1024);
  return buf;
}

describe('inspectZip', () => {
  it('passes what Word (docx) and Excel (exceljs) writers produce, listing the entries', async () => {
    const word = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Trẻ em')] }] }));
    const z = inspectZip(word);
    expect(z.ok && z.entries.map((e) => e.name)).toContain('word/document.xml');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sổ').addRow(['Họ tên', 'Năm sinh']);
    const excel = Buffer.from(await wb.xlsx.writeBuffer());
    const x = inspectZip(excel);
    expect(x.ok && x.entries.map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
    expect(await verifyInflatedSizes(excel, x.ok ? x.entries : [])).toBeNull();
    // Random text compresses about 2×: a large honest document is not mistaken for a bomb.
    expect(reason(inspectZip(wordOfRandomText(4 * MB)))).toBe('ok');
  });

  it('refuses a 336 KB .docx whose document.xml declares 110 MB, inflating nothing', async () => {
    const bomb = await wordBomb(110 * MB);
    expect(bomb.length).toBeLessThan(400 * 1024);
    expect(reason(inspectZip(bomb))).toBe('too_large');
  });

  it('catches a bomb that declares small sizes when its entries are inflated (counting, not keeping)', async () => {
    const liar = await wordBomb(110 * MB, 4000);
    const z = inspectZip(liar);
    expect(z.ok).toBe(true);
    expect(await verifyInflatedSizes(liar, z.ok ? z.entries : [])).toBe('too_large');
  });

  it('refuses a high compression ratio, too much in total, and too many entries (forged count or not)', () => {
    const zeros = deflated('a.xml', Buffer.alloc(2 * MB));
    expect(reason(inspectZip(makeZip([zeros])))).toBe('too_large');
    const parts = Array.from({ length: 5 }, (_, i) => ({
      ...small(`p${i}.xml`),
      size: OFFICE_ZIP_LIMITS.maxTotalBytes / 4,
    }));
    // Declared only: each part under the entry limit, the sum over the total (the ratio is checked first, so relax it).
    expect(reason(inspectZip(makeZip(parts), { ...OFFICE_ZIP_LIMITS, maxRatio: Infinity }))).toBe(
      'too_large',
    );
    const many = manyEntries(100_000);
    expect(reason(inspectZip(many))).toBe('too_many_entries');
    const forged = Buffer.from(many);
    forged.writeUInt16LE(3, forged.length - 12);
    forged.writeUInt16LE(3, forged.length - 14);
    expect(reason(inspectZip(forged))).toBe('too_many_entries');
  });

  it('refuses encryption: the zip flag, and a password-protected Office file (compound file)', () => {
    expect(reason(inspectZip(makeZip([small('word/document.xml', { flags: 1 })])))).toBe('encrypted');
    expect(reason(inspectZip(compoundFile('EncryptedPackage')))).toBe('encrypted');
    expect(reason(inspectZip(compoundFile()))).toBe('not_zip');
  });

  it.each(['../../etc/passwd', '/etc/passwd', 'C:/x.xml', 'word\\document.xml', 'a/./b', ''])(
    'refuses the path %j',
    (name) => {
      expect(reason(inspectZip(makeZip([small(name)])))).toBe('unsafe_path');
    },
  );

  it('refuses truncated files, overlapping entries, unknown methods, duplicates and stored size lies', async () => {
    const word = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] }));
    expect(reason(inspectZip(word.subarray(0, Math.floor(word.length / 2))))).toBe('corrupt');
    expect(reason(inspectZip(word.subarray(0, word.length - 5)))).toBe('corrupt');
    const cut = Buffer.from(word);
    cut.fill(0, 100, 400);
    expect(reason(inspectZip(cut))).toBe('corrupt');
    // Two directory records pointing at the same bytes: the "better zip bomb" overlap.
    const two = makeZip([small('a.xml'), small('b.xml')]);
    const cdStart = two.readUInt32LE(two.length - 6);
    const second = cdStart + 46 + 'a.xml'.length;
    two.writeUInt32LE(0, second + 42);
    expect(reason(inspectZip(two))).toBe('corrupt');
    expect(reason(inspectZip(makeZip([small('a.xml', { method: 12 })])))).toBe('corrupt');
    expect(reason(inspectZip(makeZip([small('a.xml'), small('A.xml')])))).toBe('corrupt');
    const stored = Buffer.from('abc');
    expect(reason(inspectZip(makeZip([{ name: 'a', stored, size: 9 }])))).toBe('corrupt');
    expect(reason(inspectZip(Buffer.from('PK\u0003\u0004' + 'x'.repeat(200))))).toBe('corrupt');
  });
});
