// Entry point for uploaded files: checks size and type by content (a .docx is a ZIP starting
// with "PK"; a .txt must be UTF-8, or UTF-16 with a byte-order mark), extracts the text and parses it.
// A .docx is opened by mammoth only after its zip passed the limits (platform/documents); the
// import route runs all of this in a worker thread (isolated.ts).
import path from 'node:path';
import { isCompoundFile, isEncryptedOffice, type ZipRefusal } from '../../../platform/documents/zip-inspect';
import { checkOfficeZip } from '../../../platform/documents/zip-verify';
import { docxToText } from './docx';
import { PlanParseError, type PlanParseErrorCode } from './errors';
import { parsePlanText } from './plan';
import type { ParsedPlan, ParseOptions } from './types';
import { parseErrorDetails } from './messages';

export const MAX_PLAN_FILE_BYTES = 20 * 1024 * 1024;

function startsWith(buf: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

/** NUL and other control bytes (tabs, line breaks and form feeds aside) mean a binary file. */
function hasControlChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) return true;
  }
  return false;
}

/** Decodes a text file, or null when it is not text in a supported encoding. */
export function decodeText(buf: Buffer): string | null {
  try {
    if (startsWith(buf, [0xef, 0xbb, 0xbf]))
      return new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(3));
    if (startsWith(buf, [0xff, 0xfe]))
      return new TextDecoder('utf-16le', { fatal: true }).decode(buf.subarray(2));
    if (startsWith(buf, [0xfe, 0xff]))
      return new TextDecoder('utf-16be', { fatal: true }).decode(buf.subarray(2));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return hasControlChars(text) ? null : text;
  } catch {
    return null;
  }
}

const REFUSALS: Record<ZipRefusal, PlanParseErrorCode> = {
  not_zip: 'CORRUPT_DOCX',
  corrupt: 'CORRUPT_DOCX',
  unsafe_path: 'CORRUPT_DOCX',
  encrypted: 'ENCRYPTED',
  too_many_entries: 'TOO_COMPLEX',
  too_large: 'TOO_COMPLEX',
};

export const zipRefusalError = (reason: ZipRefusal) => new PlanParseError(REFUSALS[reason]);

/** The text of a .docx whose zip is within the limits, declared and real. */
async function docxFileText(buf: Buffer): Promise<string> {
  if (isEncryptedOffice(buf)) throw new PlanParseError('ENCRYPTED');
  // An old binary .doc renamed.
  if (isCompoundFile(buf)) throw new PlanParseError('UNSUPPORTED_TYPE', parseErrorDetails.oldWordFormat);
  const zip = await checkOfficeZip(buf);
  if (!zip.ok) throw zipRefusalError(zip.reason);
  try {
    return await docxToText(buf);
  } catch {
    throw new PlanParseError('CORRUPT_DOCX');
  }
}

export async function parsePlanFile(
  buf: Buffer,
  filename: string,
  opts: Omit<ParseOptions, 'layout'> = {},
): Promise<ParsedPlan> {
  if (buf.length > MAX_PLAN_FILE_BYTES) throw new PlanParseError('TOO_LARGE');
  if (buf.length === 0) throw new PlanParseError('EMPTY');
  const ext = path.extname(filename).toLowerCase();
  const isZip = startsWith(buf, [0x50, 0x4b, 0x03, 0x04]);
  let text: string;
  let layout: ParseOptions['layout'] = 'text';
  if (ext === '.docx' || (ext === '' && isZip)) {
    text = await docxFileText(buf);
    layout = 'docx';
  } else if (ext === '.txt' || ext === '') {
    if (isZip || startsWith(buf, [0x25, 0x50, 0x44, 0x46])) throw new PlanParseError('UNSUPPORTED_TYPE');
    const decoded = decodeText(buf);
    if (decoded === null) throw new PlanParseError('UNSUPPORTED_TYPE', parseErrorDetails.textEncoding);
    text = decoded;
  } else {
    throw new PlanParseError('UNSUPPORTED_TYPE');
  }
  if (text.replace(/^\uFEFF/u, '').trim() === '') throw new PlanParseError('EMPTY');
  const plan = parsePlanText(text, { ...opts, layout });
  if (plan.tasks.length === 0) throw new PlanParseError('NOT_A_PLAN');
  return plan;
}
