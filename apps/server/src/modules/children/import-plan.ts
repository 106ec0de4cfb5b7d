// What a run does with each row of the file: create, update a register child, reject, or skip.
import type { ChildImportDecision } from '@vte/contracts';
import type { RegisterChild } from './import.repo';
import type { RegisterMatches } from './import-match';
import type { Issue, RowDraft } from './import-types';

export interface RejectedRow {
  draft: RowDraft;
  messages: string[];
}

export interface RunPlan {
  creates: RowDraft[];
  updates: { draft: RowDraft; child: RegisterChild }[];
  rejects: RejectedRow[];
  skipped: number;
}

export const MSG_SAME_CHILD_TWICE =
  'Dòng này và một dòng khác trong tệp cùng chỉ một trẻ trong sổ theo dõi; chỉ dòng đầu tiên được cập nhật.';
export const MSG_ID_TWICE =
  'Số định danh trùng với một dòng khác trong tệp; chỉ dòng đầu tiên được nhập. Hãy kiểm tra lại số định danh.';
export const MSG_CHOSEN_GONE =
  'Hồ sơ trẻ được chọn để cập nhật không còn trong sổ của đơn vị (đã gộp hoặc đã chuyển đi). Hãy nhập lại dòng này.';

const idOf = (d: RowDraft) => (d.personalIdKind === 'cccd12' && d.personalId ? d.personalId : null);

/**
 * `chosen`: the register children the user picked for 'update' decisions, re-read now (only those
 * still active in the import's unit). Same-ID matches always update: the ID is the child.
 */
export function planRun(
  drafts: RowDraft[],
  issues: Issue[],
  register: RegisterMatches,
  decisions: ChildImportDecision[],
  chosen: Map<string, RegisterChild>,
): RunPlan {
  const errors = new Map<number, string[]>();
  for (const i of [...issues, ...register.elsewhere]) {
    if (i.severity !== 'error') continue;
    const list = errors.get(i.row) ?? [];
    list.push(i.column ? `${i.column}: ${i.message}` : i.message);
    errors.set(i.row, list);
  }
  const decided = new Map(decisions.map((d) => [d.row, d]));
  const plan: RunPlan = { creates: [], updates: [], rejects: [], skipped: 0 };
  const usedIds = new Set<string>();
  const updated = new Set<string>();
  const reject = (draft: RowDraft, message: string) => plan.rejects.push({ draft, messages: [message] });
  for (const d of drafts) {
    const blocking = errors.get(d.row);
    if (blocking) {
      plan.rejects.push({ draft: d, messages: blocking });
      continue;
    }
    const decision = decided.get(d.row);
    const same = register.sameId.get(d.row);
    if (!same && decision?.action === 'skip') {
      plan.skipped++;
      continue;
    }
    const target = same ?? (decision?.action === 'update' ? chosen.get(decision.childId ?? '') : undefined);
    if (decision?.action === 'update' && !target) {
      reject(d, MSG_CHOSEN_GONE);
      continue;
    }
    const id = idOf(d);
    if (id && usedIds.has(id)) {
      reject(d, MSG_ID_TWICE);
      continue;
    }
    if (target && updated.has(target.id)) {
      reject(d, MSG_SAME_CHILD_TWICE);
      continue;
    }
    if (id) usedIds.add(id);
    if (target) {
      updated.add(target.id);
      plan.updates.push({ draft: d, child: target });
    } else {
      plan.creates.push(d);
    }
  }
  return plan;
}
