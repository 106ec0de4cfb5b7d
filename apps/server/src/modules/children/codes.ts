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
