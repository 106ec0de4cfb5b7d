// The rows of a list against the register: the same personal ID in the import's unit is the same
// child (updated by a re-import); the same ID anywhere else is a row error, never a silent move.
import type { ChildImportMatchDto } from '@vte/contracts';
import type { Exec } from '../../platform/db/pool';
import * as repo from './import.repo';
import type { Issue, RowDraft } from './import-types';

export const ID_ELSEWHERE_MESSAGE =
  'Trẻ có số định danh này đã có trong sổ theo dõi của đơn vị khác. Không tự chuyển nơi cư trú: hãy làm thủ tục chuyển nơi ở của trẻ (hoặc kiểm tra lại số định danh) rồi nhập lại dòng này.';

export interface RegisterMatches {
  /** Row → the register child with the same personal ID in the import's unit. */
  sameId: Map<number, repo.RegisterChild>;
  /** Rows whose ID belongs to a child outside the import's unit: blocking issues. */
  elsewhere: Issue[];
  /** For the preview: every match, same ID or probable, with what the user needs to decide. */
  matches: ChildImportMatchDto[];
}

const personalIdOf = (d: RowDraft) => (d.personalIdKind === 'cccd12' && d.personalId ? d.personalId : null);

/**
 * `unitClosure`: the import unit, its subtree and predecessors (a child registered under the Lý Sơn
 * district before 1/7/2025 belongs to the đặc khu's list). `idColumn`: the header the ID came from.
 */
export async function matchRegister(
  exec: Exec,
  drafts: RowDraft[],
  unitClosure: ReadonlySet<string>,
  idColumn: string,
): Promise<RegisterMatches> {
  const candidates = drafts.filter((d) => !d.blocking && personalIdOf(d));
  const found = await repo.childrenByPersonalIds(exec, [...new Set(candidates.map((d) => personalIdOf(d)!))]);
  const byId = new Map(found.map((c) => [c.personalId!, c]));
  const out: RegisterMatches = { sameId: new Map(), elsewhere: [], matches: [] };
  for (const d of candidates) {
    const c = byId.get(personalIdOf(d)!);
    if (!c) continue;
    if (unitClosure.has(c.unitId)) {
      out.sameId.set(d.row, c);
      out.matches.push(matchDto(d.row, c, 'same_id', 1, ['same_id']));
    } else {
      out.elsewhere.push({
        row: d.row,
        column: idColumn,
        code: 'ID_DUPLICATE',
        severity: 'error',
        message: ID_ELSEWHERE_MESSAGE,
      });
    }
  }
  return out;
}

export function matchDto(
  row: number,
  c: repo.RegisterChild,
  kind: 'same_id' | 'probable',
  score: number,
  reasons: string[],
): ChildImportMatchDto {
  return {
    row,
    kind,
    score,
    reasons,
    child: {
      id: c.id,
      fullName: c.fullName,
      dob: c.dob,
      dobPrecision: c.dobPrecision,
      sex: c.sex,
      hamlet: c.hamlet,
    },
  };
}
