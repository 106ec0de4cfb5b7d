// Reads a zip's central directory, inflating nothing, so that an Office file that would exhaust
// memory or trick a reader is refused before any document library sees it: too many entries,
// declared sizes or ratios over the limits, encryption, paths that climb out, overlapping entries
// (the trick behind the "better zip bomb"), methods other than stored and deflate.
import { OFFICE_ZIP_LIMITS, type ZipLimits } from './limits';

export type ZipRefusal =
  'not_zip' | 'corrupt' | 'encrypted' | 'too_many_entries' | 'too_large' | 'unsafe_path';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's compressed bytes start (after its local header). */
  dataOffset: number;
}

export type ZipInspection = { ok: true; entries: ZipEntry[] } | { ok: false; reason: ZipRefusal };

const SIG = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, end64: 0x06064b50, loc64: 0x07064b50 };
const U32 = 0xffffffff;

class Refused extends Error {
  constructor(readonly reason: ZipRefusal) {
    super(reason);
  }
}

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new Refused('corrupt');
  return Number(v);
}

function need(buf: Buffer, at: number, len: number): void {
  if (at < 0 || at + len > buf.length) throw new Refused('corrupt');
}

interface Directory {
  count: number;
  offset: number;
  size: number;
}

/** The end-of-central-directory record (and its ZIP64 form when a field overflows). */
function findDirectory(buf: Buffer): Directory {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  let at = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === SIG.end) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new Refused('corrupt');
  if (buf.readUInt16LE(at + 4) !== 0 || buf.readUInt16LE(at + 6) !== 0) throw new Refused('corrupt');
  const dir = {
    count: buf.readUInt16LE(at + 10),
    size: buf.readUInt32LE(at + 12),
    offset: buf.readUInt32LE(at + 16),
  };
  if (at >= 20 && buf.readUInt32LE(at - 20) === SIG.loc64) {
    const end64 = u64(buf, at - 20 + 8);
    need(buf, end64, 56);
    if (buf.readUInt32LE(end64) !== SIG.end64) throw new Refused('corrupt');
    return { count: u64(buf, end64 + 32), size: u64(buf, end64 + 40), offset: u64(buf, end64 + 48) };
  }
  if (dir.size === U32 || dir.offset === U32) throw new Refused('corrupt');
  // 0xffff without ZIP64 records: more entries than the field holds; the walk counts them.
  if (dir.count === 0xffff) dir.count = -1;
  return dir;
}

/** A name that stays inside the package: relative, no "..", no drive, no backslash or NUL. */
function safeName(name: string): boolean {
  if (name === '' || name.length > 1024 || /[\\\0]/.test(name)) return false;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false;
  return !name.split('/').some((seg) => seg === '..' || seg === '.');
}

/** Sizes overflowed into the ZIP64 extra field (id 1), in its fixed order. */
function zip64Sizes(extra: Buffer, e: { size: number; compressedSize: number; localOffset: number }) {
  for (let i = 0; i + 4 <= extra.length;) {
    const id = extra.readUInt16LE(i);
    const len = extra.readUInt16LE(i + 2);
    if (id === 1) {
      let p = i + 4;
      const take = () => {
        if (p + 8 > i + 4 + len) throw new Refused('corrupt');
        const v = u64(extra, p);
        p += 8;
        return v;
      };
      if (e.size === U32) e.size = take();
      if (e.compressedSize === U32) e.compressedSize = take();
      if (e.localOffset === U32) e.localOffset = take();
      return;
    }
    i += 4 + len;
  }
  if (e.size === U32 || e.compressedSize === U32 || e.localOffset === U32) throw new Refused('corrupt');
}

interface Raw extends ZipEntry {
  localOffset: number;
  flags: number;
}

function readEntry(buf: Buffer, at: number, dirEnd: number): { entry: Raw; next: number } {
  need(buf, at, 46);
  if (at + 46 > dirEnd || buf.readUInt32LE(at) !== SIG.central) throw new Refused('corrupt');
  const nameLen = buf.readUInt16LE(at + 28);
  const extraLen = buf.readUInt16LE(at + 30);
  const next = at + 46 + nameLen + extraLen + buf.readUInt16LE(at + 32);
  if (next > dirEnd) throw new Refused('corrupt');
  const flags = buf.readUInt16LE(at + 8);
  const nameBytes = buf.subarray(at + 46, at + 46 + nameLen);
  const entry: Raw = {
    // Bit 11: UTF-8 names; Office writes ASCII part names either way.
    name: nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1'),
    method: buf.readUInt16LE(at + 10),
    flags,
    compressedSize: buf.readUInt32LE(at + 20),
    size: buf.readUInt32LE(at + 24),
    localOffset: buf.readUInt32LE(at + 42),
    dataOffset: 0,
  };
  zip64Sizes(buf.subarray(at + 46 + nameLen, at + 46 + nameLen + extraLen), entry);
  return { entry, next };
}

function checkEntry(e: Raw, limits: ZipLimits): void {
  // Bit 0: encrypted; bit 6: strong encryption; method 99: AES.
  if (e.flags & 0x41 || e.method === 99) throw new Refused('encrypted');
  if (!safeName(e.name)) throw new Refused('unsafe_path');
  if (e.method !== 0 && e.method !== 8) throw new Refused('corrupt');
  if (e.method === 0 && e.size !== e.compressedSize) throw new Refused('corrupt');
  if (e.size > limits.maxEntryBytes) throw new Refused('too_large');
  if (e.size > limits.ratioFromBytes && e.size / Math.max(1, e.compressedSize) > limits.maxRatio)
    throw new Refused('too_large');
}

/** Each entry's local header is where the directory says, and no two entries share bytes. */
function locate(buf: Buffer, entries: Raw[], dirStart: number): void {
  let end = 0;
  for (const e of [...entries].sort((a, b) => a.localOffset - b.localOffset)) {
    if (e.localOffset < end) throw new Refused('corrupt');
    need(buf, e.localOffset, 30);
    if (buf.readUInt32LE(e.localOffset) !== SIG.local) throw new Refused('corrupt');
    e.dataOffset =
      e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
    end = e.dataOffset + e.compressedSize;
    if (end > dirStart) throw new Refused('corrupt');
  }
}

function inspect(buf: Buffer, limits: ZipLimits): ZipEntry[] {
  const dir = findDirectory(buf);
  if (dir.count > limits.maxEntries) throw new Refused('too_many_entries');
  const dirEnd = dir.offset + dir.size;
  need(buf, dir.offset, dir.size);
  const entries: Raw[] = [];
  const names = new Set<string>();
  let total = 0;
  // The records are walked, not counted from the header: a forged count must not let more through.
  for (let at = dir.offset; at < dirEnd;) {
    if (entries.length === limits.maxEntries) throw new Refused('too_many_entries');
    const { entry, next } = readEntry(buf, at, dirEnd);
    checkEntry(entry, limits);
    const key = entry.name.toLowerCase();
    if (names.has(key)) throw new Refused('corrupt');
    names.add(key);
    total += entry.size;
    if (total > limits.maxTotalBytes) throw new Refused('too_large');
    entries.push(entry);
    at = next;
  }
  if ((dir.count >= 0 && entries.length !== dir.count) || entries.length === 0) throw new Refused('corrupt');
  locate(buf, entries, dir.offset);
  return entries.map(({ name, method, compressedSize, size, dataOffset }) => ({
    name,
    method,
    compressedSize,
    size,
    dataOffset,
  }));
}

export const isZip = (buf: Buffer) => buf.length >= 4 && buf.readUInt32LE(0) === SIG.local;

/** An OLE compound file: old Word/Excel (97–2003), or a password-protected Office file. */
export const isCompoundFile = (buf: Buffer) =>
  buf.length >= 8 && buf.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));

/** A password-protected .docx/.xlsx is a compound file holding an "EncryptedPackage" stream. */
export const isEncryptedOffice = (buf: Buffer) =>
  isCompoundFile(buf) && buf.includes(Buffer.from('EncryptedPackage', 'utf16le'));

/** Checks a Word or Excel upload's zip structure against the limits, inflating nothing. */
export function inspectZip(buf: Buffer, limits: ZipLimits = OFFICE_ZIP_LIMITS): ZipInspection {
  if (isEncryptedOffice(buf)) return { ok: false, reason: 'encrypted' };
  if (!isZip(buf)) return { ok: false, reason: 'not_zip' };
  try {
    return { ok: true, entries: inspect(buf, limits) };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, reason: e.reason };
    if (e instanceof RangeError) return { ok: false, reason: 'corrupt' };
    throw e;
  }
}
