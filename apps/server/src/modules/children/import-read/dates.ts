// Dates of birth as lists write them: Excel dates and bare serial numbers, dd/mm/yyyy, d/m/yy,
// dashes and dots, yyyy-mm-dd, "ngày 5 tháng 3 năm 2018", month/year and year only. Vietnamese
// order is day first; a "month" over 12 with a day under 13 is read as an American date, and said so.
import { foldVi } from '@vte/contracts';
import type { RawValue } from './types';

export interface DobParse {
  dob: string | null;
  precision: 'day' | 'month' | 'year';
  /** How it was read: as written (none), normalised, swapped, partial, or not at all. */
  outcome: 'ok' | 'normalised' | 'swapped' | 'partial' | 'missing' | 'invalid';
  /** The date as understood, dd/mm/yyyy (for the message). */
  shown: string;
}

/** Oldest year accepted as a birth year at all (1890 is a typing error, not a date). */
export const MIN_BIRTH_YEAR = 1900;

const pad = (n: number) => String(n).padStart(2, '0');

function realDate(y: number, m: number, d: number): boolean {
  if (y < MIN_BIRTH_YEAR || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const day = (y: number, m: number, d: number, outcome: DobParse['outcome']): DobParse =>
  realDate(y, m, d)
    ? { dob: `${y}-${pad(m)}-${pad(d)}`, precision: 'day', outcome, shown: `${pad(d)}/${pad(m)}/${y}` }
    : invalid();

const invalid = (): DobParse => ({ dob: null, precision: 'day', outcome: 'invalid', shown: '' });

function month(y: number, m: number): DobParse {
  if (y < MIN_BIRTH_YEAR || m < 1 || m > 12) return invalid();
  return { dob: `${y}-${pad(m)}-01`, precision: 'month', outcome: 'partial', shown: `${pad(m)}/${y}` };
}

function year(y: number): DobParse {
  if (y < MIN_BIRTH_YEAR || y > 2200) return invalid();
  return { dob: `${y}-01-01`, precision: 'year', outcome: 'partial', shown: String(y) };
}

/** Excel's 1900 serial (with its phantom 29/02/1900) → a date. */
export function fromSerial(serial: number): DobParse {
  const whole = Math.floor(serial);
  if (whole < 1) return invalid();
  const ms = Date.UTC(1899, 11, 31) + (whole > 60 ? whole - 1 : whole) * 86_400_000;
  const d = new Date(ms);
  return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 'ok');
}

/** A two-digit year: this century unless that would be after the as-of year. */
const fullYear = (yy: number, asOfYear: number) => (yy + 2000 <= asOfYear ? 2000 + yy : 1900 + yy);

function dayMonthYear(d: number, m: number, y: number, exact: boolean): DobParse {
  if (m > 12 && d <= 12) return day(y, d, m, 'swapped');
  return day(y, m, d, exact ? 'ok' : 'normalised');
}

function fromNumber(n: number): DobParse {
  if (Number.isInteger(n) && n >= 1000 && n <= 9999) return year(n);
  // 15032018 or 1032018 typed into a number cell: ddmmyyyy.
  if (Number.isInteger(n) && n >= 1_011_900 && n <= 31_129_999) {
    const y = n % 10_000;
    const m = Math.floor(n / 10_000) % 100;
    return dayMonthYear(Math.floor(n / 1_000_000), m, y, false);
  }
  if (n >= 1 && n < 80_000) {
    const p = fromSerial(n);
    return p.dob ? { ...p, outcome: 'normalised' } : p;
  }
  return invalid();
}

const DMY = /^(\d{1,2})\s*[/\-.\s]\s*(\d{1,2})\s*[/\-.\s]\s*(\d{4}|\d{2})$/;
const YMD = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/;
const MY = /^(\d{1,2})\s*[/\-.]\s*(\d{4})$/;

function fromText(raw: string, asOfYear: number): DobParse {
  // A time after the date ("15/03/2018 00:00:00", "2018-03-15T00:00") is dropped.
  const t = raw.replace(/[T\s]+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i, '').trim();
  let m = DMY.exec(t);
  if (m) {
    const y = m[3]!.length === 2 ? fullYear(Number(m[3]), asOfYear) : Number(m[3]);
    const exact = /^\d{2}\/\d{2}\/\d{4}$/.test(t);
    return dayMonthYear(Number(m[1]), Number(m[2]), y, exact);
  }
  if ((m = YMD.exec(t))) return day(Number(m[1]), Number(m[2]), Number(m[3]), 'normalised');
  if ((m = MY.exec(t))) return month(Number(m[2]), Number(m[1]));
  if (/^\d{4}$/.test(t)) return year(Number(t));
  if (/^\d{5,8}$/.test(t)) return fromNumber(Number(t));
  const f = foldVi(t);
  if ((m = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/.exec(f)))
    return dayMonthYear(Number(m[1]), Number(m[2]), Number(m[3]), false);
  if ((m = /thang\s*(\d{1,2})\s*(?:nam|[/\-.])\s*(\d{4})/.exec(f))) return month(Number(m[2]), Number(m[1]));
  if ((m = /^(?:sinh\s*)?nam\s*(\d{4})$/.exec(f))) return year(Number(m[1]));
  return invalid();
}

/** Reads one date-of-birth cell. */
export function parseDob(v: RawValue, asOf: string): DobParse {
  if (v === null || v === undefined || v === '')
    return { dob: null, precision: 'day', outcome: 'missing', shown: '' };
  if (typeof v === 'object') return fromSerial(v.serial);
  if (typeof v === 'number') return fromNumber(v);
  if (typeof v === 'boolean') return invalid();
  const text = v.normalize('NFC').trim();
  if (!text) return { dob: null, precision: 'day', outcome: 'missing', shown: '' };
  return fromText(text, Number(asOf.slice(0, 4)));
}

/** Age in whole years on a date (both YYYY-MM-DD). */
export function ageOn(dob: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dob.slice(0, 4));
  return on.slice(5) < dob.slice(5) ? years - 1 : years;
}

/** The latest day a partial date can stand for: a year-only 2010 may be 31/12/2010. */
export function latestDay(dob: string, precision: DobParse['precision']): string {
  if (precision === 'year') return `${dob.slice(0, 4)}-12-31`;
  if (precision === 'month') {
    const y = Number(dob.slice(0, 4));
    const m = Number(dob.slice(5, 7));
    return `${dob.slice(0, 8)}${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
  }
  return dob;
}
