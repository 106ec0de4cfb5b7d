import { foldVi, type CodeListName } from '@vte/contracts';
import { codeSeeds, type CodeSeed } from './codes.seed-data';

// Loose matching of what lists write ("H'Mông", "Khơ-me", "mồ côi", "nhóm a)") to a code.

export interface CodeMatch {
  code: string;
  label: string;
  /** true when the text was the code or the label as written; false for an alias or a loose form. */
  exact: boolean;
}

type Matchable = Pick<CodeSeed, 'list' | 'code' | 'label' | 'aliases'>;

/** Folded, then only letters and digits: "H'Mông" = "Hmông" = "hmong", "Khơ-me" = "khome". */
export function codeKey(s: string): string {
  return foldVi(s).replace(/[^a-z0-9]/g, '');
}

// Leading words that lists put before a label: "Trẻ em", "Nhóm", "a)", "a.".
function stripPrefix(s: string): string {
  return foldVi(s)
    .replace(/^(nhom\s+)?[a-o]{1,2}[).]\s*/, '')
    .replace(/^(tre em\s+)?(bi\s+)?/, '');
}

/**
 * Loose labels that name more than one code: "mồ côi" alone may be an orphan of both parents (group a)
 * or of one parent whose other parent is missing, jailed or unable (group c, NĐ 56/2017 Art. 5) — or
 * no special circumstance at all. Such a label never matches: the user must choose. A design of ours,
 * kept as data (docs/children-import.md, "Ambiguous labels"); keys are compared like codeKey after the
 * "Trẻ em"/"nhóm" prefix is stripped.
 */
export const AMBIGUOUS_LABELS: readonly { list: CodeListName; labels: string[]; codes: string[] }[] = [
  { list: 'circumstance_group', labels: ['mồ côi', 'MC', 'trẻ mồ côi'], codes: ['a', 'c'] },
];

/** The codes an ambiguous loose label may mean (the user chooses), or null when it is not one. */
export function ambiguousCodes(list: CodeListName, text: string | null | undefined): string[] | null {
  const raw = (text ?? '').normalize('NFC').trim();
  if (!raw) return null;
  const keys = new Set([codeKey(raw), codeKey(stripPrefix(raw))]);
  const hit = AMBIGUOUS_LABELS.find(
    (a) => a.list === list && a.labels.some((l) => keys.has(codeKey(stripPrefix(l))) || keys.has(codeKey(l))),
  );
  return hit ? [...hit.codes] : null;
}

/**
 * A column headed by an ambiguous label ("Mồ côi" over marks) is guessed as its first code: the
 * mapping step shows the guess for the user to confirm or change, unlike a cell nobody reviews.
 */
export function columnGuess(list: CodeListName, header: string): string | null {
  return ambiguousCodes(list, header)?.[0] ?? null;
}

/** The code a loose label, alias or code stands for, or null (the caller flags it). */
export function matchCode(
  list: CodeListName,
  text: string | null | undefined,
  items: readonly Matchable[] = codeSeeds,
): CodeMatch | null {
  const raw = (text ?? '').normalize('NFC').trim();
  if (!raw) return null;
  const inList = items.filter((i) => i.list === list);
  const lower = raw.toLocaleLowerCase('vi');
  // Exact before folded: "đ" is group đ (code dd), while folding would make it "d".
  const exact = inList.find((i) => i.code === raw || i.label.toLocaleLowerCase('vi') === lower);
  if (exact) return { code: exact.code, label: exact.label, exact: true };
  // Before aliases: a stored list may still carry "mồ côi" as an alias of group a.
  if (ambiguousCodes(list, raw)) return null;
  const alias = inList.find((i) => i.aliases.some((a) => a.toLocaleLowerCase('vi') === lower));
  if (alias) return { code: alias.code, label: alias.label, exact: false };
  // "a)", "Nhóm a", "nhóm đ": a bare group letter (before folding, which makes đ a d).
  const letter = /^(?:nhóm\s*)?([a-o]|đ)\s*[).]?$/.exec(lower);
  if (letter) {
    const code = letter[1] === 'đ' ? 'dd' : letter[1];
    const byLetter = inList.find((i) => i.code === code);
    return byLetter ? { code: byLetter.code, label: byLetter.label, exact: false } : null;
  }
  const key = codeKey(raw);
  const stripped = codeKey(stripPrefix(raw));
  // One-letter keys ("đ" folds to "d") only ever match exactly, above.
  const same = (s: string) => {
    const k = codeKey(s);
    return k.length > 1 && (k === key || k === stripped || codeKey(stripPrefix(s)) === stripped);
  };
  const keyed = inList.find((i) => [i.label, ...i.aliases].some(same));
  return keyed ? { code: keyed.code, label: keyed.label, exact: false } : null;
}

/** Whether a code exists (and is active) in the seeded list; the service checks the stored list. */
export function seededCode(list: CodeListName, code: string): CodeSeed | undefined {
  return codeSeeds.find((i) => i.list === list && i.code === code);
}
