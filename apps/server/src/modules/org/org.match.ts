import type { AgencyMatch, MatchCandidate } from '@vte/contracts';

/** Folds a Vietnamese agency phrase for comparison: no accents, case, dash variants or "các". */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[–—‐-]/g, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s*&\s*/g, '&')
    .replace(/[.;:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(cac|nhung) /, '');
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = ` ${s} `;
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient on character bigrams: cheap and good enough for ranking suggestions. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  let total = 0;
  for (const [g, n] of x) {
    common += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total ? (2 * common) / total : 0;
}

export interface MatchTarget {
  kind: 'agency' | 'group';
  id: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  /** Valid on the document's date: ranks above an agency that no longer (or not yet) exists. */
  current: boolean;
}

const SIMILAR_MIN = 0.55;

/** Exact name, alias or short name is a match; anything else only a suggestion to confirm. */
export function matchName(writtenAs: string, targets: MatchTarget[]): AgencyMatch {
  const q = foldName(writtenAs);
  const exact: MatchCandidate[] = [];
  const similar: MatchCandidate[] = [];
  for (const t of targets) {
    const bonus = t.current ? 0 : -0.2;
    if (foldName(t.name) === q)
      exact.push({ kind: t.kind, id: t.id, name: t.name, how: 'exact', score: 1 + bonus });
    else if (t.aliases.some((a) => foldName(a) === q))
      exact.push({ kind: t.kind, id: t.id, name: t.name, how: 'alias', score: 0.95 + bonus });
    else if (t.shortName && foldName(t.shortName) === q)
      exact.push({ kind: t.kind, id: t.id, name: t.name, how: 'short', score: 0.9 + bonus });
    else {
      const score =
        Math.max(similarity(q, foldName(t.name)), ...t.aliases.map((a) => similarity(q, foldName(a)))) +
        bonus;
      if (score >= SIMILAR_MIN)
        similar.push({
          kind: t.kind,
          id: t.id,
          name: t.name,
          how: 'similar',
          score: Math.round(score * 100) / 100,
        });
    }
  }
  exact.sort((a, b) => b.score - a.score);
  similar.sort((a, b) => b.score - a.score);
  const best = exact[0] && exact[0].score > 0.5 ? exact[0] : null;
  return { writtenAs, match: best, candidates: [...exact, ...similar].slice(0, 5) };
}
