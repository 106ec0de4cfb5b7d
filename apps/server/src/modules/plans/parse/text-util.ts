// Small string helpers shared by the parser. Vietnamese text comes in two tone-mark placements
// ("hoá"/"hóa", "Uỷ"/"Ủy") and with several dash characters; `fold` maps both to one form for
// matching while keeping the string length, so offsets found in the folded text index the original.

const TONE_SWAP: Record<string, string> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};
// "quý", "quỹ" keep their mark on the y: "qu" is one consonant.
const TONE_RE = /o[àáảãạèéẻẽẹ]|(?<!q)u[ỳýỷỹỵ]/g;
const DASH_RE = /[‐‑‒–—−]/g;

/** Lower-cased, dash- and tone-placement-normalised copy of the same length (when possible). */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  const out = lower.replace(DASH_RE, '-').replace(TONE_RE, (m) => TONE_SWAP[m] ?? m);
  return out.length === s.length ? out : s.replace(DASH_RE, '-');
}

/**
 * Letters for word boundaries in regexes: ASCII plus U+00C0–U+1EF9, which covers every Vietnamese
 * letter and combining mark. Cheaper to compile than \\p{L}, which matters for a first parse.
 */
export const LETTERS = 'A-Za-z\\u00C0-\\u1EF9';

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Trim whitespace and the punctuation that ends a list item (".", ";", ",", ":", "./."). */
export function stripEdgePunct(s: string): string {
  return s
    .replace(/^[\s.;,:]+/u, '')
    .replace(/[\s.;,:/]+$/u, '')
    .trim();
}

/** True when the text has letters and none of them is lower-case (headings, header blocks). */
export function isAllCaps(s: string): boolean {
  // Case is read through toUpperCase/toLowerCase: no Unicode regex per character.
  if (s !== s.toUpperCase()) return false;
  let letters = 0;
  for (const ch of s) if (ch !== ch.toLowerCase() && ++letters >= 2) return true;
  return false;
}

export function startsLower(s: string): boolean {
  const ch = s.charAt(0);
  return ch !== ch.toUpperCase();
}

export function wordCount(s: string): number {
  const t = s.trim();
  return t ? t.split(/\s+/).length : 0;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` for a valid calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function monthStart(year: number, month: number): string {
  return `${year}-${pad2(month)}-01`;
}

export function monthEnd(year: number, month: number): string {
  return `${year}-${pad2(month)}-${pad2(daysInMonth(year, month))}`;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** Value of a roman numeral up to 89, or null when the string is not a well-formed numeral. */
export function romanValue(s: string): number | null {
  const up = s.toUpperCase();
  if (!/^(?:L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(up) || up === '') return null;
  let total = 0;
  for (let i = 0; i < up.length; i++) {
    const v = ROMAN[up[i]!] ?? 0;
    const next = ROMAN[up[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** A 1-based source reference for a run of lines. */
export function ref(first: number, last: number, text: string): { lines: [number, number]; text: string } {
  return { lines: [first, last], text };
}
