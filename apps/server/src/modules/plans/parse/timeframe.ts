// Turns a written time frame ("Quý II, IV năm 2025", "Trước ngày 30/6/2025", "Từ tháng 3 đến
// tháng 5/2025", "Thường xuyên trong năm") into a machine-readable window. The year defaults to
// the plan's year when the text does not repeat it.
import type { TimeframeParsed } from './types';
import { fold, isoDate, monthEnd, monthStart, romanValue } from './text-util';

const Y = '(?:\\s*(?:/|-|năm)\\s*(\\d{4}))?';
const DATE = '(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?';

const DATE_RANGE_RE = new RegExp(
  `(?:từ\\s+)?(?:ngày\\s+)?${DATE}\\s*(?:đến|tới|-)\\s*(?:hết\\s+)?(?:ngày\\s+)?${DATE}`,
  'u',
);
const MONTH_RANGE_RE = new RegExp(
  `(?:từ\\s+)?tháng\\s+(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?\\s*(?:đến|tới|-)\\s*(?:hết\\s+)?(?:tháng\\s+)?(\\d{1,2})${Y}`,
  'u',
);
const BEFORE_DATE_RE = new RegExp(
  `(?:trước|chậm nhất(?:\\s+là)?|hạn chót|không quá|hạn)\\s+(?:ngày\\s+)?${DATE}`,
  'u',
);
const BEFORE_MONTH_RE = new RegExp(`(?:trước)\\s+tháng\\s+(\\d{1,2})${Y}`, 'u');
const QUARTER_RE =
  /quý\s+((?:[ivx]+|[1-4])(?:\s*(?:,|và|-|&|\/)\s*(?:quý\s+)?(?:[ivx]+|[1-4])(?!\d))*)(?:\s*(?:\/|-|năm)\s*(\d{4}))?/u;
const HALF_RE = /(6|sáu) tháng (đầu|cuối) năm(?:\s*(\d{4}))?/u;
const MONTH_RE = /tháng\s+(\d{1,2}(?:\s*(?:,|và)\s*(?:tháng\s+)?\d{1,2})*)(?:\s*(?:\/|-|năm)\s*(\d{4}))?/u;
const DATE_RE = new RegExp(`(?:ngày\\s+)?${DATE}`, 'u');
const YEAR_ROUND_RE =
  /thường xuyên|cả năm|trong năm|hằng năm|hàng năm|quanh năm|liên tục|suốt năm|^(?:trong\s+)?năm\s+\d{4}$/u;
const EVERY_QUARTER_RE = /hằng quý|hàng quý|định kỳ quý/u;

function yearOf(s: string | undefined, fallback: number | null): number | null {
  return s ? Number(s) : fallback;
}

function quarterNumber(tok: string): number | null {
  const n = /^\d$/.test(tok) ? Number(tok) : romanValue(tok);
  return n !== null && n >= 1 && n <= 4 ? n : null;
}

/** Quarters from "II, IV", "II và III", "II - IV" (a dash is a range). */
function parseQuarterList(list: string): number[] {
  const out = new Set<number>();
  const parts = list.split(/\s*(?:,|và|&|\/)\s*/u);
  for (const part of parts) {
    const range = part.split(/\s*-\s*/u).map((t) => quarterNumber(t.replace(/^quý\s+/u, '').trim()));
    const [a, b] = [range[0], range[range.length - 1]];
    if (a == null || b == null) continue;
    for (let q = Math.min(a, b); q <= Math.max(a, b); q++) out.add(q);
  }
  return [...out].sort((x, y) => x - y);
}

/** Rewrites "ngày 30 tháng 6 năm 2025" as "30/6/2025" and "tháng 6 năm 2025" as "tháng 6/2025". */
export function normaliseDateWords(s: string): string {
  return s
    .replace(/ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/gu, 'ngày $1/$2/$3')
    .replace(/tháng\s+(\d{1,2})\s+năm\s+(\d{4})/gu, 'tháng $1/$2');
}

type Reader = (t: string, year0: number | null) => TimeframeParsed | null;
type Window = Pick<TimeframeParsed, 'from' | 'to'>;
const wholeYear = (y: number | null): Window => (y ? { from: monthStart(y, 1), to: monthEnd(y, 12) } : {});

/** "từ 1/3 đến 30/6/2025", "từ tháng 3 đến tháng 5/2025". */
const readRange: Reader = (t, year0) => {
  let m = DATE_RANGE_RE.exec(t);
  if (m) {
    const y2 = yearOf(m[6], year0);
    const y1 = yearOf(m[3], y2);
    const from = y1 ? isoDate(y1, Number(m[2]), Number(m[1])) : null;
    const to = y2 ? isoDate(y2, Number(m[5]), Number(m[4])) : null;
    if (from && to) return { kind: 'range', year: y2, from, to };
  }
  m = MONTH_RANGE_RE.exec(t);
  if (m) {
    const y2 = yearOf(m[4], year0);
    const y1 = yearOf(m[2], y2);
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (y1 && y2 && a >= 1 && a <= 12 && b >= 1 && b <= 12) {
      return { kind: 'range', year: y2, from: monthStart(y1, a), to: monthEnd(y2, b) };
    }
  }
  return null;
};

/** "trước ngày 30/6/2025", "trước tháng 7" (the end of the month before). */
const readBefore: Reader = (t, year0) => {
  let m = BEFORE_DATE_RE.exec(t);
  if (m) {
    const y = yearOf(m[3], year0);
    const to = y ? isoDate(y, Number(m[2]), Number(m[1])) : null;
    if (to) return { kind: 'before', year: y, to };
  }
  m = BEFORE_MONTH_RE.exec(t);
  if (m) {
    const y = yearOf(m[2], year0);
    const mon = Number(m[1]);
    if (y && mon >= 1 && mon <= 12) {
      const to = mon === 1 ? monthEnd(y - 1, 12) : monthEnd(y, mon - 1);
      return { kind: 'before', year: y, to };
    }
  }
  return null;
};

/** "quý II, IV năm 2025", "hằng quý". */
const readQuarters: Reader = (t, year0) => {
  const m = QUARTER_RE.exec(t);
  if (m) {
    const quarters = parseQuarterList(m[1]!);
    const y = yearOf(m[2], year0);
    if (quarters.length > 0) {
      const res: TimeframeParsed = { kind: 'quarters', year: y, quarters };
      if (y) {
        res.from = monthStart(y, quarters[0]! * 3 - 2);
        res.to = monthEnd(y, quarters[quarters.length - 1]! * 3);
      }
      return res;
    }
  }
  if (EVERY_QUARTER_RE.test(t))
    return { kind: 'quarters', year: year0, quarters: [1, 2, 3, 4], ...wholeYear(year0) };
  return null;
};

/** "6 tháng đầu năm", "sáu tháng cuối năm 2025". */
const readHalf: Reader = (t, year0) => {
  const m = HALF_RE.exec(t);
  if (!m) return null;
  const y = yearOf(m[3], year0);
  const first = m[2] === 'đầu';
  const res: TimeframeParsed = { kind: 'range', year: y };
  if (y) Object.assign(res, { from: monthStart(y, first ? 1 : 7), to: monthEnd(y, first ? 6 : 12) });
  return res;
};

/** "tháng 6", "tháng 3 và tháng 9/2025". */
const readMonths: Reader = (t, year0) => {
  const m = MONTH_RE.exec(t);
  if (!m) return null;
  const months = [...new Set(m[1]!.split(/\s*(?:,|và)\s*(?:tháng\s+)?/u).map(Number))]
    .filter((x) => x >= 1 && x <= 12)
    .sort((a, b) => a - b);
  const y = yearOf(m[2], year0);
  if (months.length === 0) return null;
  const res: TimeframeParsed = { kind: 'month', year: y, months };
  if (y) Object.assign(res, { from: monthStart(y, months[0]!), to: monthEnd(y, months[months.length - 1]!) });
  return res;
};

/** "ngày 15/8", "15/8/2025" (a bare "15/8" only with a year or the word "ngày"). */
const readDate: Reader = (t, year0) => {
  const m = DATE_RE.exec(t);
  if (!m || !(m[3] || /ngày/u.test(m[0]))) return null;
  const y = yearOf(m[3], year0);
  const d = y ? isoDate(y, Number(m[2]), Number(m[1])) : null;
  return d ? { kind: 'date', year: y, from: d, to: d } : null;
};

/** "thường xuyên", "cả năm", "năm 2025". */
const readYearRound: Reader = (t, year0) =>
  YEAR_ROUND_RE.test(t) || /^năm\s+\d{4}\.?$/u.test(t)
    ? { kind: 'year-round', year: year0, ...wholeYear(year0) }
    : null;

// The order matters: a range or a deadline may contain a month or a date.
const READERS: Reader[] = [
  readRange,
  readBefore,
  readQuarters,
  readHalf,
  readMonths,
  readDate,
  readYearRound,
];

export function parseTimeframe(text: string | null, planYear: number | null): TimeframeParsed {
  if (!text) return { kind: 'unknown', year: planYear };
  const t = normaliseDateWords(fold(text).replace(/\s+/g, ' ').trim());
  const anyYear = /(?<!\d)(20\d{2}|19\d{2})(?!\d)/u.exec(t)?.[1];
  const year0 = yearOf(anyYear, planYear);
  for (const read of READERS) {
    const res = read(t, year0);
    if (res) return res;
  }
  return { kind: 'unknown', year: year0 };
}
