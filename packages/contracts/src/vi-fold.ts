// Vietnamese folding for search and matching: the same answer as SQL `vte_fold` (migration 0000,
// lower(unaccent(...))) on names, plus collapsed spaces. Primero's map misses ă, đ, ơ, ư; this
// one decomposes (NFD) so every tone and vowel mark is a combining character, then drops them all.

const COMBINING = /[\u0300-\u036f]/g;
const SPACES = /\s+/g;

/** NFC → lower case → đ→d → every Vietnamese mark removed → spaces collapsed and trimmed. */
export function foldVi(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(COMBINING, '')
    .normalize('NFC')
    .replace(SPACES, ' ')
    .trim();
}

/** Folded words of a name or label, punctuation dropped ("Nguyễn Văn  A." → nguyen, van, a). */
export function nameTokens(s: string): string[] {
  return foldVi(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/**
 * A name as it should be written: NFC, single spaces, each word capitalised
 * ("nguyễn  VĂN an" → "Nguyễn Văn An"). Returns the input trimmed when it has no letters.
 */
export function capitaliseName(s: string): string {
  return s
    .normalize('NFC')
    .replace(SPACES, ' ')
    .trim()
    .split(' ')
    .map((w) => (w ? w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi') : w))
    .join(' ');
}
