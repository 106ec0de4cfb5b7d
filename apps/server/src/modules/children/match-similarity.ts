// Building blocks of the duplicate score (docs/children.md, Duplicates): Jaro-Winkler, token-aware
// name similarity on folded names, and date-of-birth compatibility with the precision lists keep.

/** Jaro-Winkler similarity in [0, 1]; 1 for equal strings. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const jaro = jaroSimilarity(a, b);
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

// Reused match flags: the scorer runs millions of times on an import and must not allocate per call.
let aHit = new Uint8Array(128);
let bHit = new Uint8Array(128);

function jaroSimilarity(a: string, b: string): number {
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  if (a.length > aHit.length || b.length > bHit.length) {
    aHit = new Uint8Array(Math.max(a.length, b.length) * 2);
    bHit = new Uint8Array(aHit.length);
  }
  aHit.fill(0, 0, a.length);
  bHit.fill(0, 0, b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (bHit[j] || a[i] !== b[j]) continue;
      aHit[i] = bHit[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let k = 0;
  let halfTranspositions = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aHit[i]) continue;
    while (!bHit[k]) k++;
    if (a[i] !== b[k]) halfTranspositions++;
    k++;
  }
  const t = halfTranspositions / 2;
  return (matches / a.length + matches / b.length + (matches - t) / matches) / 3;
}

// Syllables of Vietnamese names come from a small vocabulary: their similarities are memoised
// (bounded, so a long-running server does not grow), which makes the token comparisons nearly free.
const tokenCache = new Map<string, Map<string, number>>();
const TOKEN_CACHE_MAX = 20_000;

function tokenJw(a: string, b: string): number {
  let row = tokenCache.get(a);
  if (!row) {
    if (tokenCache.size >= TOKEN_CACHE_MAX) tokenCache.clear();
    row = new Map();
    tokenCache.set(a, row);
  }
  let v = row.get(b);
  if (v === undefined) {
    v = jaroWinkler(a, b);
    if (row.size < 2_000) row.set(b, v);
  }
  return v;
}

// Very common family names and middle names say little about identity (spec §3.9).
const COMMON_TOKENS = new Set([
  'nguyen',
  'tran',
  'le',
  'pham',
  'hoang',
  'huynh',
  'vo',
  'vu',
  'phan',
  'dang',
  'bui',
  'do',
  'ho',
  'ngo',
  'duong',
  'ly',
  'thi',
  'van',
]);
export const COMMON_TOKEN_WEIGHT = 0.3;
// Middle names that mark sex and are often left out of lists.
const GENDER_MARKERS = new Set(['thi', 'van']);
const FAMILY_MISMATCH_WEIGHT = 3;
const MIDDLE_MISMATCH_WEIGHT = 2;
// Two unrelated syllables still share letters (JW 0.5–0.8); below this they count as no match.
const TOKEN_MATCH = 0.88;
// The given name (last token) carries most of a Vietnamese name's identity.
export const GIVEN_NAME_WEIGHT = 2.5;

function tokenWeight(token: string): number {
  return COMMON_TOKENS.has(token) ? COMMON_TOKEN_WEIGHT : 1;
}

/**
 * Similarity of two folded, tokenised names: the given names compared with each other, every other
 * token matched to its best partner on the other side, each weighted by how much it identifies.
 * A token missing on one side ("Nguyễn Ánh" vs "Nguyễn Thị Ánh") costs its weight only.
 */
export function nameSimilarity(
  a: readonly string[],
  b: readonly string[],
  compactA = a.join(''),
  compactB = b.join(''),
): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a.length === b.length && compactA === compactB) return 1;
  const givenJw = tokenJw(a[a.length - 1]!, b[b.length - 1]!);
  const given = givenJw < TOKEN_MATCH ? 0 : givenJw;
  const [sumA, weightA] = bestMatches(a, b);
  const [sumB, weightB] = bestMatches(b, a);
  const total = GIVEN_NAME_WEIGHT * 2 + weightA + weightB;
  const weighted = (GIVEN_NAME_WEIGHT * 2 * given + sumA + sumB) / total;
  // A split or joined name ("Ngọc Anh" vs "Ngocanh") has a different token count: compare whole.
  if (a.length === b.length) return weighted;
  const whole = jaroWinkler(compactA, compactB);
  return whole < 0.9 ? weighted : Math.max(weighted, whole * 0.97 * Math.min(1, given + 0.2));
}

/**
 * Every token but the given name, matched to its best partner among the other side's others.
 * Agreement on a common token (Nguyễn, Thị) says little, so it weighs little; disagreement on a
 * family name says a lot (Phạm ≠ Nguyễn), so it weighs fully. A missing "Thị"/"Văn" costs little.
 */
function bestMatches(from: readonly string[], to: readonly string[]): [number, number] {
  let sum = 0;
  let weight = 0;
  for (let i = 0; i < from.length - 1; i++) {
    const token = from[i]!;
    let best = 0;
    for (let j = 0; j < to.length - 1 && best < 1; j++) best = Math.max(best, tokenJw(token, to[j]!));
    if (best < TOKEN_MATCH) best = 0;
    const w =
      best >= 0.9 || GENDER_MARKERS.has(token)
        ? tokenWeight(token)
        : i === 0
          ? FAMILY_MISMATCH_WEIGHT
          : MIDDLE_MISMATCH_WEIGHT;
    sum += w * best;
    weight += w;
  }
  return [sum, weight];
}

export type DobPrecision = 'day' | 'month' | 'year' | 'estimated';

export interface DobComparison {
  score: number;
  reason: string | null;
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseDob(dob: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dob ?? '');
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

function dayNumber(v: Ymd): number {
  return Date.UTC(v.y, v.m - 1, v.d) / 86_400_000;
}

/** How well two dates of birth agree, given how precisely each is known. */
export function dobSimilarity(
  a: string | null | undefined,
  aPrecision: DobPrecision,
  b: string | null | undefined,
  bPrecision: DobPrecision,
): DobComparison {
  return parsedDobSimilarity(parseDob(a), aPrecision, parseDob(b), bPrecision);
}

const UNKNOWN_DOB: DobComparison = { score: 0.5, reason: null };

export function parsedDobSimilarity(
  x: Ymd | null,
  aPrecision: DobPrecision,
  y: Ymd | null,
  bPrecision: DobPrecision,
): DobComparison {
  if (!x || !y) return UNKNOWN_DOB;
  const coarse = (p: DobPrecision) => p === 'year' || p === 'estimated';
  if (coarse(aPrecision) || coarse(bPrecision)) {
    if (x.y === y.y) return { score: 0.75, reason: 'dob_year_only' };
    const estimated = aPrecision === 'estimated' || bPrecision === 'estimated';
    return estimated && Math.abs(x.y - y.y) === 1
      ? { score: 0.4, reason: 'dob_year_near' }
      : { score: 0, reason: 'dob_differs' };
  }
  if (aPrecision === 'month' || bPrecision === 'month') {
    if (x.y === y.y && x.m === y.m) return { score: 0.85, reason: 'dob_month_only' };
    return x.y === y.y ? { score: 0.3, reason: 'dob_same_year' } : { score: 0, reason: 'dob_differs' };
  }
  return dayDobSimilarity(x, y);
}

function dayDobSimilarity(x: Ymd, y: Ymd): DobComparison {
  if (x.y === y.y && x.m === y.m && x.d === y.d) return { score: 1, reason: 'dob_exact' };
  if (Math.abs(dayNumber(x) - dayNumber(y)) === 1) return { score: 0.85, reason: 'dob_one_day' };
  if (x.y === y.y && x.d === y.m && x.m === y.d) return { score: 0.85, reason: 'dob_day_month_swapped' };
  if (x.y === y.y && x.m === y.m) return { score: 0.5, reason: 'dob_same_month' };
  if (x.y === y.y) return { score: 0.25, reason: 'dob_same_year' };
  // One digit of the year mistyped with the same day and month ("2015" for "2016").
  if (x.m === y.m && x.d === y.d && Math.abs(x.y - y.y) === 1) return { score: 0.5, reason: 'dob_year_typo' };
  return { score: 0, reason: 'dob_differs' };
}
