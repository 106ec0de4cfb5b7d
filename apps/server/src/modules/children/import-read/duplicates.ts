// Duplicates within one file: the same personal ID (one entry listing every row; the rows after the
// first are errors, the register takes one child per ID), and probable pairs from the shared scorer
// (match.ts: folded names, dates with swaps and year-only, parents, place; twins never proposed).
import { inFileDuplicates } from '../match';
import { msg } from './messages';
import type { ImportIssue, InFileDuplicate, ParsedRow } from './types';

export function fileDuplicates(rows: ParsedRow[]): { issues: ImportIssue[]; duplicates: InFileDuplicate[] } {
  const issues: ImportIssue[] = [];
  const duplicates: InFileDuplicate[] = [];
  const byId = new Map<string, ParsedRow[]>();
  for (const row of rows) {
    if (row.personalIdKind !== 'cccd12' || !row.personalId) continue;
    const list = byId.get(row.personalId);
    if (list) list.push(row);
    else byId.set(row.personalId, [row]);
  }
  for (const list of byId.values()) {
    if (list.length < 2) continue;
    duplicates.push({ rows: list.map((r) => r.row), kind: 'same_id', score: 1 });
    for (const later of list.slice(1)) {
      later.blocking = true;
      issues.push({
        row: later.row,
        column: '',
        code: 'ID_DUPLICATE',
        severity: 'error',
        message: msg.idDuplicate(list[0]!.row),
      });
    }
  }
  const candidates = rows
    .filter((r) => r.fullName)
    .map((r) => ({
      row: r.row,
      fullName: r.fullName!,
      dob: r.dob,
      dobPrecision: r.dobPrecision,
      sex: r.sex,
      // Equal IDs are reported above, once per ID; the scorer looks at everything else.
      personalId: null,
      fatherName: r.guardians.find((g) => g.relation === 'cha')?.fullName ?? null,
      motherName: r.guardians.find((g) => g.relation === 'me')?.fullName ?? null,
      guardianNames: r.guardians
        .filter((g) => g.relation !== 'cha' && g.relation !== 'me')
        .map((g) => g.fullName),
      unitId: r.unitId ?? 'import',
      hamlet: r.hamlet,
    }));
  const idOf = new Map(rows.map((r) => [r.row, r.personalIdKind === 'cccd12' ? r.personalId : null]));
  for (const pair of inFileDuplicates(candidates)) {
    const [a, b] = pair.rows.map((n) => idOf.get(n));
    if (a && a === b) continue;
    if (pair.kind === 'probable')
      duplicates.push({ rows: [...pair.rows], kind: 'probable', score: pair.score });
  }
  duplicates.sort((a, b) => a.rows[0]! - b.rows[0]!);
  return { issues, duplicates };
}
