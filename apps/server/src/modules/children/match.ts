import { foldVi, nameTokens } from '@vte/contracts';
import {
  jaroWinkler,
  nameSimilarity,
  parseDob,
  parsedDobSimilarity,
  type DobPrecision,
  type Ymd,
} from './match-similarity';

// Duplicate scoring of two child records (docs/children.md, Duplicates; a design of ours): equal
// personal ID ⇒ same child; otherwise a weighted sum of name, date of birth, sex, parents and place.
// Pure and synchronous, so the importer (per file), the register match and the scan share it.

/** At or above: "rất có thể trùng" (very likely the same child). */
export const VERY_LIKELY_THRESHOLD = 0.92;
/** At or above (and below VERY_LIKELY_THRESHOLD): "cần xem xét" (needs review). Below: not proposed. */
export const REVIEW_THRESHOLD = 0.8;
/** Two parents' names at or above this similarity are the same person; below DIFFERENT, different. */
export const SAME_PARENT_SIMILARITY = 0.92;
export const DIFFERENT_PARENT_SIMILARITY = 0.8;

// Below this name similarity a pair is another child, whatever else agrees.
const NAME_GATE = 0.85;
const WEIGHTS = { name: 0.45, dob: 0.3, sex: 0.05, parents: 0.1, place: 0.1 } as const;

export interface MatchInput {
  fullName: string;
  dob: string | null;
  dobPrecision: DobPrecision;
  sex: 'M' | 'F' | null;
  personalId?: string | null;
  /** The ID was found wrong (police check, import issue): an equal ID proves nothing. */
  personalIdFlagged?: boolean;
  fatherName?: string | null;
  motherName?: string | null;
  guardianNames?: readonly string[];
  unitId?: string | null;
  hamlet?: string | null;
}

export type MatchKind = 'same_id' | 'probable' | 'none';

export interface MatchResult {
  score: number;
  kind: MatchKind;
  /** Codes of what agreed or disagreed (dob_exact, parents_differ…), for the review screen. */
  reasons: string[];
  /** Same parents, same birth date, different given names: shown as a hint, never proposed. */
  twins?: boolean;
}

/** A record folded once, so a file or a block is compared without folding again. */
export interface PreparedMatch {
  input: MatchInput;
  tokens: string[];
  compact: string;
  given: string;
  givenRaw: string;
  dob: Ymd | null;
  /** Days since 1970 of a dated birth, for the ±1 day test without building a Date per pair. */
  day: number | null;
  id: string | null;
  father: string | null;
  mother: string | null;
  guardians: string[];
  hamlet: string | null;
  birthYear: number | null;
}

const foldOrNull = (s: string | null | undefined) => (s && foldVi(s)) || null;

/** Only a 12-digit personal ID identifies a child; the legacy 9-digit number does not. */
export function normalisePersonalId(id: string | null | undefined): string | null {
  const digits = (id ?? '').replace(/[\s.-]/g, '');
  return /^\d{12}$/.test(digits) ? digits : null;
}

export function prepareMatch(input: MatchInput): PreparedMatch {
  const raw = input.fullName.normalize('NFC').toLocaleLowerCase('vi').trim().split(/\s+/);
  const tokens = nameTokens(input.fullName);
  const dob = parseDob(input.dob);
  return {
    input,
    tokens,
    compact: tokens.join(''),
    given: tokens[tokens.length - 1] ?? '',
    givenRaw: raw[raw.length - 1] ?? '',
    dob,
    day: dob ? Date.UTC(dob.y, dob.m - 1, dob.d) / 86_400_000 : null,
    id: input.personalIdFlagged ? null : normalisePersonalId(input.personalId),
    father: foldOrNull(input.fatherName),
    mother: foldOrNull(input.motherName),
    guardians: (input.guardianNames ?? []).map(foldVi).filter((g) => g.length > 0),
    hamlet: foldOrNull(input.hamlet),
    birthYear: dob ? dob.y : null,
  };
}

export function scorePair(a: MatchInput, b: MatchInput): MatchResult {
  return scorePrepared(prepareMatch(a), prepareMatch(b));
}

// Below this date agreement no name, sex, parents or place can lift a pair to REVIEW_THRESHOLD
// (0.45 + 0.3·s + 0.25 < 0.8 ⇔ s < 1/3), so such pairs are skipped before any name is compared.
const MIN_DOB_SCORE = 1 / 3;

/** Cheap test before scoring: can this pair be proposed at all? */
export function mayMatch(a: PreparedMatch, b: PreparedMatch): boolean {
  if (a.id && a.id === b.id) return true;
  const x = a.dob;
  const y = b.dob;
  if (!x || !y) return true;
  if (a.input.dobPrecision !== 'day' || b.input.dobPrecision !== 'day') {
    return parsedDobSimilarity(x, a.input.dobPrecision, y, b.input.dobPrecision).score >= MIN_DOB_SCORE;
  }
  // Day precision on both sides, in plain arithmetic: same month, a day apart, day↔month swapped,
  // or the same day and month a year apart (dob_year_typo).
  if (x.y === y.y) return x.m === y.m || (x.d === y.m && x.m === y.d) || Math.abs(a.day! - b.day!) === 1;
  return Math.abs(x.y - y.y) === 1 && ((x.m === y.m && x.d === y.d) || Math.abs(a.day! - b.day!) === 1);
}

export function scorePrepared(a: PreparedMatch, b: PreparedMatch): MatchResult {
  if (a.id && a.id === b.id) return { score: 1, kind: 'same_id', reasons: ['same_id'] };
  const name = nameSimilarity(a.tokens, b.tokens, a.compact, b.compact);
  // Most pairs of a block stop here, before any other comparison or allocation; pairs whose
  // parents are both named go on, to find twins (a hint for the forced search).
  const parentsNamed = (a.mother && b.mother) || (a.father && b.father);
  if (name < NAME_GATE && !parentsNamed) return { score: 0, kind: 'none', reasons: ['name_differs'] };
  const reasons: string[] = [];
  reasons.push(name === 1 ? 'name_exact' : name >= 0.9 ? 'name_similar' : 'name_differs');
  const dob = parsedDobSimilarity(a.dob, a.input.dobPrecision, b.dob, b.input.dobPrecision);
  if (dob.reason) reasons.push(dob.reason);
  const parents = parentsSimilarity(a, b);
  if (parents.reason) reasons.push(parents.reason);

  if (isTwins(a, b, dob.score, parents.same)) {
    return { score: 0, kind: 'none', reasons: [...reasons, 'twins'], twins: true };
  }
  const parts: Array<[number, number]> = [
    [WEIGHTS.name, name],
    [WEIGHTS.dob, dob.score],
  ];
  const sex = sexSimilarity(a.input.sex, b.input.sex, reasons);
  if (sex !== null) parts.push([WEIGHTS.sex, sex]);
  if (parents.score !== null) parts.push([WEIGHTS.parents, parents.score]);
  const place = placeSimilarity(a, b, reasons);
  if (place !== null) parts.push([WEIGHTS.place, place]);
  let score = weightedMean(parts);
  if (a.id && b.id) reasons.push('id_differs');
  // Two different valid IDs, or another sex: one may be mistyped, but never "very likely".
  if ((a.id && b.id) || sex === 0) score = Math.min(score, VERY_LIKELY_THRESHOLD - 0.01);
  // A namesake with other parents is another child, however close name and birth date are.
  if (parents.differ || name < NAME_GATE) score = Math.min(score, REVIEW_THRESHOLD - 0.01);
  score = Math.round(score * 1000) / 1000;
  return { score, kind: score >= REVIEW_THRESHOLD ? 'probable' : 'none', reasons };
}

/** 'very_likely' | 'review' for a proposed pair (the two bands of §3.9). */
export function matchBand(score: number): 'very_likely' | 'review' | null {
  if (score >= VERY_LIKELY_THRESHOLD) return 'very_likely';
  return score >= REVIEW_THRESHOLD ? 'review' : null;
}

function weightedMean(parts: ReadonlyArray<[number, number]>): number {
  let sum = 0;
  let weight = 0;
  for (const [w, v] of parts) {
    sum += w * v;
    weight += w;
  }
  return weight === 0 ? 0 : sum / weight;
}

function sexSimilarity(a: string | null, b: string | null, reasons: string[]): number | null {
  if (!a || !b) return null;
  reasons.push(a === b ? 'sex_same' : 'sex_differs');
  return a === b ? 1 : 0;
}

function placeSimilarity(a: PreparedMatch, b: PreparedMatch, reasons: string[]): number | null {
  if (!a.input.unitId || !b.input.unitId) return null;
  if (a.input.unitId !== b.input.unitId) return 0.4;
  if (a.hamlet && a.hamlet === b.hamlet) {
    reasons.push('same_hamlet');
    return 1;
  }
  reasons.push('same_unit');
  return a.hamlet && b.hamlet ? 0.6 : 0.8;
}

interface ParentsComparison {
  score: number | null;
  reason: string | null;
  same: boolean;
  differ: boolean;
}

/** Father with father and mother with mother; other guardians only add evidence. */
function parentsSimilarity(a: PreparedMatch, b: PreparedMatch): ParentsComparison {
  const sims: number[] = [];
  if (a.mother && b.mother) sims.push(jaroWinkler(a.mother, b.mother));
  if (a.father && b.father) sims.push(jaroWinkler(a.father, b.father));
  if (sims.length > 0) {
    const worst = Math.min(...sims);
    if (worst < DIFFERENT_PARENT_SIMILARITY)
      return { score: 0, reason: 'parents_differ', same: false, differ: true };
    const same = worst >= SAME_PARENT_SIMILARITY;
    return { score: worst, reason: same ? 'parents_same' : 'parents_similar', same, differ: false };
  }
  const left = [a.mother, a.father, ...a.guardians].filter((x): x is string => !!x);
  const right = [b.mother, b.father, ...b.guardians].filter((x): x is string => !!x);
  let best = 0;
  for (const x of left) for (const y of right) best = Math.max(best, jaroWinkler(x, y));
  if (best >= SAME_PARENT_SIMILARITY)
    return { score: best, reason: 'guardian_same', same: false, differ: false };
  return { score: null, reason: null, same: false, differ: false };
}

/**
 * Twins: the same parents, the same birth date, different given names. Names that fold alike but
 * are written with different marks (Hùng / Hưng) count as different when both carry marks; a name
 * typed without any marks (Anh for Ánh) is the same name written carelessly.
 */
function isTwins(a: PreparedMatch, b: PreparedMatch, dobScore: number, sameParents: boolean): boolean {
  if (!sameParents || dobScore < 1) return false;
  if (a.given !== b.given) return true;
  const marked = (s: string) => s !== foldVi(s);
  return marked(a.givenRaw) && marked(b.givenRaw) && a.givenRaw !== b.givenRaw;
}

export interface FileMatchRow extends MatchInput {
  /** The row's number in the workbook, reported back as is. */
  row: number;
}

export interface FileDuplicate {
  rows: [number, number];
  kind: 'same_id' | 'probable';
  score: number;
  reasons: string[];
}

// Blocks up to this size compare every pair; larger ones are split by birth month first.
const SMALL_BLOCK = 24;

/**
 * Duplicate pairs within one file. Blocking (spec §3.9): the same personal ID; the same folded
 * given name and birth year; the same mother's folded name and birth year. Only pairs sharing a
 * block are scored, so 100,000 rows take seconds, not 5·10⁹ comparisons.
 */
export function inFileDuplicates(rows: readonly FileMatchRow[]): FileDuplicate[] {
  const prepared = rows.map((r) => prepareMatch(r));
  const blocks = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = blocks.get(key);
    if (list) list.push(i);
    else blocks.set(key, [i]);
  };
  prepared.forEach((p, i) => {
    if (p.id) add(`i:${p.id}`, i);
    if (p.given) add(`g:${p.given}:${p.birthYear ?? '?'}`, i);
    if (p.mother) add(`m:${p.mother}:${p.birthYear ?? '?'}`, i);
  });
  const found = new Map<string, FileDuplicate>();
  const consider = (kind: string, i: number, j: number) => {
    const a = prepared[i]!;
    const b = prepared[j]!;
    // A pair met in an earlier block kind was scored there: no set of every pair is kept.
    if (kind !== 'i' && a.id && a.id === b.id) return;
    if (kind === 'm' && a.given === b.given && a.birthYear === b.birthYear) return;
    if (!mayMatch(a, b)) return;
    const result = scorePrepared(a, b);
    if (result.kind === 'none') return;
    const [x, y] = i < j ? [i, j] : [j, i];
    const { kind: k, score, reasons } = result;
    found.set(`${x}:${y}`, { rows: [rows[x]!.row, rows[y]!.row], kind: k, score, reasons });
  };
  for (const [key, members] of blocks) compareBlock(key[0]!, members, prepared, consider);
  return [...found.values()].sort((p, q) => p.rows[0] - q.rows[0] || p.rows[1] - q.rows[1]);
}

function compareBlock(
  kind: string,
  members: number[],
  prepared: PreparedMatch[],
  consider: (kind: string, i: number, j: number) => void,
): void {
  if (members.length <= SMALL_BLOCK) {
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) consider(kind, members[x]!, members[y]!);
    return;
  }
  // Large block: bucket by birth month. A dated row meets its own month, the next month (a day
  // apart across the boundary) and, for a day ≤ 12, the month its day would be if swapped. Rows
  // without a month (year only, estimated, none) meet every row of the block.
  const byMonth: number[][] = Array.from({ length: 13 }, () => []);
  for (const i of members) byMonth[monthOf(prepared[i]!)]!.push(i);
  const pairs = (xs: number[], ys: number[], same: boolean) => {
    for (let x = 0; x < xs.length; x++)
      for (let y = same ? x + 1 : 0; y < ys.length; y++) consider(kind, xs[x]!, ys[y]!);
  };
  const day = (i: number) => prepared[i]!.dob!.d;
  pairs(byMonth[0]!, byMonth[0]!, true);
  for (let m = 1; m <= 12; m++) {
    const bucket = byMonth[m]!;
    pairs(byMonth[0]!, bucket, false);
    pairs(bucket, bucket, true);
    // A day apart across the month's end: the last days of m meet the 1st of the next month.
    const next = byMonth[m === 12 ? 1 : m + 1]!.filter((i) => day(i) === 1);
    if (next.length > 0)
      pairs(
        bucket.filter((i) => day(i) >= 28),
        next,
        false,
      );
    for (const i of bucket) if (day(i) <= 12 && day(i) > m) pairs([i], byMonth[day(i)]!, false);
  }
}

/** Month bucket of a row: 1–12 for a dated row, 0 when only the year (or nothing) is known. */
function monthOf(p: PreparedMatch): number {
  const precise = p.input.dobPrecision === 'day' || p.input.dobPrecision === 'month';
  return precise && p.dob ? p.dob.m : 0;
}
