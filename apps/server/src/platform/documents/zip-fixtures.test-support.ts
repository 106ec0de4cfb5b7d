// Test-only zips built byte by byte, so that the bad ones (bombs, lies, tricks) need no binary
// in the repository and take milliseconds to make.
import crypto from 'node:crypto';
import zlib from 'node:zlib';

export interface FixtureEntry {
  name: string;
  /** Bytes as stored (deflated when method is 8). */
  stored: Buffer;
  size: number;
  crc?: number;
  method?: number;
  flags?: number;
}

export const deflated = (name: string, content: Buffer): FixtureEntry => ({
  name,
  stored: zlib.deflateRawSync(content),
  size: content.length,
  crc: zlib.crc32(content),
  method: 8,
});

/** A zip of these entries, each as given (sizes may lie); local headers mirror the directory. */
export function makeZip(entries: FixtureEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE((e.flags ?? 0) | 0x800, 6);
    head.writeUInt16LE(e.method ?? 0, 8);
    head.writeUInt32LE(e.crc ?? 0, 14);
    head.writeUInt32LE(e.stored.length, 18);
    head.writeUInt32LE(e.size, 22);
    head.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE((e.flags ?? 0) | 0x800, 8);
    dir.writeUInt16LE(e.method ?? 0, 10);
    dir.writeUInt32LE(e.crc ?? 0, 16);
    dir.writeUInt32LE(e.stored.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(head, name, e.stored);
    central.push(dir, name);
    offset += 30 + name.length + e.stored.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Deflates head + `unit` × count + tail, a megabyte at a time, never holding the whole. */
export async function deflateRepeated(
  head: string,
  unit: string,
  count: number,
  tail: string,
): Promise<{ stored: Buffer; crc: number }> {
  const perBlock = Math.max(1, Math.floor((1024 * 1024) / Buffer.byteLength(unit)));
  const block = Buffer.from(unit.repeat(perBlock));
  const z = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => z.on('end', resolve));
  let crc = 0;
  const write = async (b: Buffer) => {
    crc = zlib.crc32(b, crc);
    if (!z.write(b)) await new Promise((resolve) => z.once('drain', resolve));
  };
  await write(Buffer.from(head));
  for (let n = 0; n < count; n += perBlock) {
    await write(n + perBlock <= count ? block : Buffer.from(unit.repeat(count - n)));
  }
  crc = zlib.crc32(tail, crc);
  z.end(Buffer.from(tail));
  await done;
  return { stored: Buffer.concat(out), crc };
}

/** A zip of `count` tiny entries (100,000 make about 10 MB). */
export function manyEntries(count: number): Buffer {
  const one = deflated('x', Buffer.from('<x/>'));
  return makeZip(Array.from({ length: count }, (_, i) => ({ ...one, name: `x/${i}.xml` })));
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** The package parts mammoth needs around a word/document.xml. */
export function wordPackage(document: FixtureEntry): Buffer {
  const part = (name: string, xml: string) => deflated(name, Buffer.from(XML + xml));
  return makeZip([
    part(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    part(
      '_rels/.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    document,
  ]);
}

const PARA = '<w:p><w:r><w:t>Trẻ em</w:t></w:r></w:p>';

/**
 * A .docx whose word/document.xml inflates to `bytes` of paragraphs (a few hundred KB on disk for
 * 100 MB). `declare` sets the size the directory claims; the real one by default.
 */
export async function wordBomb(bytes: number, declare?: number): Promise<Buffer> {
  const head = `${XML}<w:document ${W}><w:body>`;
  const tail = '</w:body></w:document>';
  const unit = Buffer.byteLength(PARA);
  const count = Math.ceil((bytes - Buffer.byteLength(head + tail)) / unit);
  const size = Buffer.byteLength(head + tail) + count * unit;
  const { stored, crc } = await deflateRepeated(head, PARA, count, tail);
  return wordPackage({ name: 'word/document.xml', stored, crc, size: declare ?? size, method: 8 });
}

/** A .docx with `bytes` of random words: compresses only about 2×, so it passes the ratio check. */
export function wordOfRandomText(bytes: number): Buffer {
  const words = crypto.randomBytes(Math.ceil(bytes / 2)).toString('hex');
  const paras: string[] = [];
  for (let i = 0; i < words.length; i += 400)
    paras.push(`<w:p><w:r><w:t>${words.slice(i, i + 400)}</w:t></w:r></w:p>`);
  const xml = `${XML}<w:document ${W}><w:body>${paras.join('')}</w:body></w:document>`;
  return wordPackage(deflated('word/document.xml', Buffer.from(xml)));
}
