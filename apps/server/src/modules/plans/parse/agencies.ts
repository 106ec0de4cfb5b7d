// Splits an agency list ("Phòng Nội vụ, Phòng Văn hóa, Khoa học và Thông tin và các Hội, đoàn thể
// huyện") into names as written. Separators are ",", ";" and the conjunction "và"; spans that must
// not be cut are protected first: parentheses, known names (longest first), and group phrases such
// as "các phòng, ban, ngành" or "Hội, đoàn thể". Then a comma fragment that does not open with an
// agency head word is glued back to the previous name, and "và" only splits before a head word.
import { BUILT_IN_AGENCY_NAMES, startsWithAgencyHead } from './agency-heads';
import { collapse, fold, LETTERS } from './text-util';

export type AgencySplitter = (list: string) => string[];

// Words that form plural groups; after the first one they must be lower-case ("các phòng, ban").
const GROUP_WORDS =
  '(?:phòng|ban|ngành|đơn vị|cơ quan|địa phương|đoàn thể|hội|tổ chức|xã|phường|thị trấn|đặc khu|trường|sở|cấp|lực lượng)';
const GROUP_RE = new RegExp(
  `(?<![${LETTERS}])(?:[Cc]ác\\s+)?(?:[Pp]hòng|[Bb]an|[Nn]gành|[Đđ]ơn vị|[Cc]ơ quan|[Hh]ội|[Ss]ở|[Xx]ã|[Pp]hường|[Tt]ổ chức|[Đđ]ịa phương)(?:\\s*,\\s*${GROUP_WORDS}(?=[\\s,;.]|$))+`,
  'gu',
);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex source over folded text matching `name` with any spacing around commas and dashes. */
function namePattern(name: string): string | null {
  const f = collapse(fold(name));
  if (f.length < 3) return null;
  return f
    .split(/\s*(-|,)\s*|\s+/u)
    .filter((p) => p !== undefined && p !== '')
    .map((p) => (p === '-' ? '\\s*-\\s*' : p === ',' ? '\\s*,\\s*' : escapeRe(p)))
    .reduce((acc, p, i, arr) => {
      const prev = arr[i - 1];
      const glue = i === 0 || p.startsWith('\\s*') || (prev?.endsWith('\\s*') ?? false) ? '' : '\\s+';
      return acc + glue + p;
    }, '');
}

// One alternation for all names, longest first so the longest name wins at a position. Compiling
// Unicode regexes is the main cost of a first parse, so the last few are cached by name list.
const nameRegexCache = new Map<string, RegExp | null>();

function namesRegex(names: readonly string[]): RegExp | null {
  const key = names.join('\u0000');
  const hit = nameRegexCache.get(key);
  if (hit !== undefined) return hit;
  const patterns = [...new Set(names.map(namePattern).filter((p): p is string => p !== null))].sort(
    (x, y) => y.length - x.length,
  );
  const re =
    patterns.length > 0
      ? new RegExp(`(?<![${LETTERS}])(?:${patterns.join('|')})(?![${LETTERS}])`, 'gu')
      : null;
  if (nameRegexCache.size >= 8) nameRegexCache.delete(nameRegexCache.keys().next().value!);
  nameRegexCache.set(key, re);
  return re;
}

type Span = [number, number];

function protectedSpans(s: string, f: string, names: RegExp | null): Span[] {
  const spans: Span[] = [];
  // Parentheses and quotes.
  const paren = /\([^()]*\)|“[^”]*”|"[^"]*"/gu;
  for (const m of s.matchAll(paren)) spans.push([m.index, m.index + m[0].length]);
  for (const m of s.matchAll(GROUP_RE)) spans.push([m.index, m.index + m[0].length]);
  // Known names (matchAll never overlaps; the alternation prefers the longest name).
  if (names) for (const m of f.matchAll(names)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

interface Fragment {
  start: number;
  end: number;
  sep: 'start' | 'comma' | 'semicolon' | 'and' | 'hard';
}

function cleanName(s: string): string {
  return collapse(s)
    .replace(/^(?:và|cùng|với)\s+/u, '')
    .replace(/^[\s.;,:\-–+•]+/u, '')
    .replace(/[\s.;,:]+$/u, '')
    .trim();
}

export function createAgencySplitter(knownNames: readonly string[] = []): AgencySplitter {
  const names = namesRegex([...knownNames, ...BUILT_IN_AGENCY_NAMES]);

  return (list: string): string[] => {
    // Paragraph breaks inside a table cell separate agencies for sure (marked with a private-use char).
    const s = list.replace(/<br\s*\/?>|\n/giu, '\uE000').replace(/\s*\uE000\s*/g, '\uE000');
    const f = fold(s);
    const covered = new Uint8Array(s.length);
    for (const [a, b] of protectedSpans(s, f, names)) covered.fill(1, a, b);

    const frags: Fragment[] = [];
    let start = 0;
    let sep: Fragment['sep'] = 'start';
    for (let i = 0; i < s.length; i++) {
      if (covered[i]) continue;
      const ch = s[i]!;
      let next: Fragment['sep'] | null = null;
      let skip = 1;
      if (ch === '\uE000') next = 'hard';
      else if (ch === ';') next = 'semicolon';
      else if (ch === ',') next = 'comma';
      else if ((ch === ' ' || ch === '\u00a0') && f.startsWith('và ', i + 1) && !covered[i + 1]) {
        if (startsWithAgencyHead(s.slice(i + 4))) {
          next = 'and';
          skip = 4;
        }
      }
      if (next) {
        frags.push({ start, end: i, sep });
        sep = next;
        start = i + skip;
        i += skip - 1;
      }
    }
    frags.push({ start, end: s.length, sep });

    // Glue comma fragments that do not open a new agency back onto the previous one.
    const merged: Fragment[] = [];
    for (const fr of frags) {
      const text = s.slice(fr.start, fr.end).trim();
      const prev = merged[merged.length - 1];
      if (!text) continue;
      if (prev && fr.sep === 'comma' && !startsWithAgencyHead(text.replace(/^và\s+/u, ''))) {
        prev.end = fr.end;
      } else {
        merged.push({ ...fr });
      }
    }
    return merged
      .map((fr) => cleanName(s.slice(fr.start, fr.end).replace(/\uE000/g, ' ')))
      .filter((x) => x.length > 0);
  };
}
