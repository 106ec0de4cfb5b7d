// Small value readers: text clean-up, names, sex words, "x" marks, poverty, lists of labels.
import { capitaliseName, foldVi } from '@vte/contracts';
import type { RawValue } from './types';

// Zero-width characters and the no-break space that copied text brings along.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** NFC, invisible characters removed, runs of spaces (and line breaks) made one space. */
export function cleanText(v: RawValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return String(v.serial);
  const s = String(v);
  // Fast path: most cells are already clean (a list has hundreds of thousands of them).
  if (!ODD_SPACE.test(s) && (ASCII.test(s) || s.normalize('NFC') === s)) return s;
  return s.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
const ASCII = /^[\x20-\x7e]*$/;
const ODD_SPACE = /^\s|\s$|\s\s|[\t\n\r\u00a0\u200b-\u200d\u2060\ufeff]/;

/** A name as the register keeps it; `changed` when it differs from what was written. */
export function normaliseName(v: RawValue | undefined): { name: string | null; changed: boolean } {
  const raw = v === null || v === undefined ? '' : String(v);
  const text = cleanText(v)
    .replace(/^[-–.,;:]+|[-–.,;:]+$/g, '')
    .trim();
  if (!text || !/\p{L}/u.test(text)) return { name: null, changed: false };
  const name = capitaliseName(text);
  // The written string is kept when already right: 100,000 rows need not hold two copies of each name.
  if (name === raw) return { name: raw, changed: false };
  return { name, changed: true };
}

const MARKS = new Set(['x', '✓', '✔', 'v', '1', 'co', '+', '*', 'yes', 'dung']);
const NEGATIVE = new Set(['0', 'khong', 'k', '-', 'no', 'sai', '']);

/** An "x"-style mark in a column whose header is the value. */
export const isMark = (text: string) => text.length <= 6 && MARKS.has(foldVi(text));
/** A cell that says "no" in a mark column. */
export const isNegative = (text: string) => text.length <= 6 && NEGATIVE.has(foldVi(text));

/** Sex from the words lists use: Nam/Nữ in any case or without marks, M/F, trai/gái. */
export function parseSex(text: string): 'M' | 'F' | null | 'invalid' {
  if (!text) return null;
  const lower = text.normalize('NFC').toLocaleLowerCase('vi').replace(/[.:]/g, '').trim();
  if (lower === 'năm') return 'invalid';
  const f = foldVi(lower);
  if (['nam', 'm', 'male', 'trai', 'be trai', 'con trai'].includes(f)) return 'M';
  if (['nu', 'f', 'female', 'gai', 'be gai', 'con gai'].includes(f)) return 'F';
  return 'invalid';
}

/** Hộ nghèo / hộ cận nghèo from a label or abbreviation (HN, CN, HCN). */
export function parsePoverty(text: string): 'ho_ngheo' | 'ho_can_ngheo' | null | 'invalid' {
  const f = foldVi(text).replace(/[.]/g, '');
  if (!f || isNegative(text)) return null;
  if (/can ngheo|^(h?cn|hcn)$/.test(f)) return 'ho_can_ngheo';
  if (/ngheo|^hn$/.test(f)) return 'ho_ngheo';
  return 'invalid';
}

/** Several labels in one cell: "Mồ côi, KT; HIV" or one per line. "và" joins two. */
export function splitLabels(text: string): string[] {
  return text
    .split(/[,;+\n|]|\s+(?:và|va)\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A phone number: digits and a leading +, typing noise dropped. */
export function normalisePhone(text: string): string | null {
  const p = text.replace(/[^\d+]/g, '');
  if (!p) return null;
  // A number cell drops the leading 0 of a mobile number (9 digits after it).
  return /^[1-9]\d{8}$/.test(p) ? `0${p}` : p;
}
