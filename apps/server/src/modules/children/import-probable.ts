// Probable matches of a list's rows in the register of the import's unit, for the user's review
// ('update #child' or 'new'). The unit's children are read in ONE query and compared in memory with
// the duplicates scorer (match.ts), blocked like the in-file check (folded given name + birth year,
// mother's folded name + birth year), so a 6,500-row preview stays within seconds.
import type { ChildImportMatchDto } from '@vte/contracts';
import type { Exec } from '../../platform/db/pool';
import { mayMatch, prepareMatch, scorePrepared, type MatchInput, type PreparedMatch } from './match';
import { matchDto } from './import-match';
import * as repo from './import.repo';
import type { RowDraft } from './import-types';

const parent = (d: RowDraft, relation: string) =>
  d.guardians.find((g) => g.relation === relation)?.fullName ?? null;

function draftInput(d: RowDraft): MatchInput {
  return {
    fullName: d.fullName ?? '',
    dob: d.dob,
    dobPrecision: d.dobPrecision,
    sex: d.sex,
    personalId: d.personalIdKind === 'cccd12' ? d.personalId : null,
    fatherName: parent(d, 'cha'),
    motherName: parent(d, 'me'),
    guardianNames: d.guardians.map((g) => g.fullName),
    hamlet: d.hamlet,
  };
}

function blockKeys(p: PreparedMatch): string[] {
  const keys: string[] = [];
  if (p.given) keys.push(`g:${p.given}:${p.birthYear ?? '?'}`);
  if (p.mother) keys.push(`m:${p.mother}:${p.birthYear ?? '?'}`);
  return keys;
}

/**
 * The best probable register match of each row that has no same-ID match. `skipRows`: rows already
 * matched by ID or rejected. Children already matched by ID to another row are not proposed again.
 */
export async function probableMatches(
  exec: Exec,
  provinceId: string,
  unitIds: readonly string[],
  drafts: RowDraft[],
  skip: { rows: ReadonlySet<number>; children: ReadonlySet<string> },
): Promise<ChildImportMatchDto[]> {
  const todo = drafts.filter((d) => !d.blocking && d.fullName && !skip.rows.has(d.row));
  if (!todo.length) return [];
  const register = (await repo.unitChildrenForMatch(exec, provinceId, [...unitIds])).filter(
    (c) => !skip.children.has(c.id),
  );
  const blocks = new Map<string, { child: repo.MatchChild; p: PreparedMatch }[]>();
  for (const child of register) {
    const p = prepareMatch({
      fullName: child.fullName,
      dob: child.dob,
      dobPrecision: child.dobPrecision as MatchInput['dobPrecision'],
      sex: child.sex as MatchInput['sex'],
      personalId: child.personalId,
      fatherName: child.fatherName,
      motherName: child.motherName,
      hamlet: child.hamlet,
    });
    for (const k of blockKeys(p)) {
      const list = blocks.get(k);
      if (list) list.push({ child, p });
      else blocks.set(k, [{ child, p }]);
    }
  }
  const out: ChildImportMatchDto[] = [];
  for (const d of todo) {
    const a = prepareMatch(draftInput(d));
    let best: { child: repo.MatchChild; score: number; reasons: string[] } | null = null;
    for (const k of blockKeys(a)) {
      for (const { child, p } of blocks.get(k) ?? []) {
        if (!mayMatch(a, p)) continue;
        const r = scorePrepared(a, p);
        if (r.kind === 'probable' && (!best || r.score > best.score))
          best = { child, score: r.score, reasons: r.reasons };
      }
    }
    if (best) out.push(matchDto(d.row, best.child, 'probable', best.score, best.reasons));
  }
  return out;
}
