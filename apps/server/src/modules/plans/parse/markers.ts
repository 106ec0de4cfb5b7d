// Recognises how a paragraph is numbered: roman sections (I.), decimal items (1. / 1.1.),
// letter items (a) / a.) and bullets (- + •). Patterns are anchored and linear, so a long
// line costs one pass.
import { romanValue } from './text-util';

export interface Marker {
  kind: 'roman' | 'decimal' | 'letter' | 'bullet';
  /** The number as written without trailing punctuation: "II", "1", "1.2", "a", "-". */
  label: string;
  /** 1 for "1.", 2 for "1.1.", …; 1 for roman and letters; 1 for "-", 2 for "+". */
  depth: number;
  /** The paragraph text after the marker. */
  rest: string;
  value: number | null;
}

const ROMAN_RE = /^([IVXL]{1,6})\s*[.):–-]\s*(\S.*)?$/u;
const DEC1_RE = /^(\d{1,2})\s?[.)](?![\d/])\s*(\S.*)?$/u;
const DECN_RE = /^(\d{1,2}(?:\.\d{1,2}){1,3})(?:[.)](?!\d))?\s+(\S.*)$/u;
const DECN_BARE_RE = /^(\d{1,2}(?:\.\d{1,2}){1,3})[.)]\s*$/u;
const LETTER_RE = /^([a-zđ])\s?\)\s*(\S.*)$|^([a-zđ])\.\s+(\S.*)$/u;
const BULLET_RE = /^([-–—+•●▪◦·*])\s*(\S.*)$/u;

export function detectMarker(text: string): Marker | null {
  let m = ROMAN_RE.exec(text);
  if (m) {
    const value = romanValue(m[1]!);
    // "I" alone followed by "-" is rare in prose, but "V - ..." could be a sentence; require a value.
    if (value !== null) return { kind: 'roman', label: m[1]!, depth: 1, rest: m[2] ?? '', value };
  }
  m = DECN_RE.exec(text) ?? DECN_BARE_RE.exec(text);
  if (m) {
    const label = m[1]!;
    return { kind: 'decimal', label, depth: label.split('.').length, rest: m[2] ?? '', value: null };
  }
  m = DEC1_RE.exec(text);
  if (m) return { kind: 'decimal', label: m[1]!, depth: 1, rest: m[2] ?? '', value: Number(m[1]) };
  m = LETTER_RE.exec(text);
  if (m) {
    const label = (m[1] ?? m[3])!;
    return { kind: 'letter', label, depth: 1, rest: (m[2] ?? m[4])!, value: null };
  }
  m = BULLET_RE.exec(text);
  if (m) {
    // "-5%" or "--" are not bullets.
    if (/^[-–—]\d/.test(text) || /^[-–—_=*.]{3,}/.test(text)) return null;
    return { kind: 'bullet', label: m[1]!, depth: m[1] === '+' ? 2 : 1, rest: m[2]!, value: null };
  }
  return null;
}

/** A decorative rule line such as "-----" or "____". */
export function isRuleLine(text: string): boolean {
  return /^[-–—_=*.·\s]{3,}$/u.test(text);
}
