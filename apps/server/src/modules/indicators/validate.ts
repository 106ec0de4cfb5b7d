import {
  cellKey as key,
  disaggOf,
  indicatorCellPath,
  indicatorCells,
  sumAgainstTotal,
  type AggregationType,
  type Dimension,
} from '@vte/contracts';

/** What validation and aggregation need of an indicator definition. */
export interface IndicatorDef {
  id: string;
  code: string;
  aggregation: AggregationType;
  dimensions: Dimension[];
  partOfCode: string | null;
  numeratorCode?: string | null;
  denominatorCode?: string | null;
  factor?: number | null;
  min: number | null;
  max: number | null;
}

export interface CellInput {
  indicatorId: string;
  disagg: string;
  value: number | null;
  comment?: string | null | undefined;
}

export interface Issue {
  path: string;
  message: string;
}

export const TOTAL_LABEL = 'Tổng số';

/** The cells one indicator is reported in: the total, then every option of every dimension. */
export function cellsOf(def: Pick<IndicatorDef, 'dimensions'>): { disagg: string; label: string }[] {
  return indicatorCells(def.dimensions).map((c) => ({ disagg: c.disagg, label: c.label ?? TOTAL_LABEL }));
}

export function cellLabel(def: Pick<IndicatorDef, 'dimensions'>, disagg: string): string | undefined {
  return cellsOf(def).find((c) => c.disagg === disagg)?.label;
}

const fmt = (n: number) => n.toLocaleString('vi-VN');

type Add = (d: IndicatorDef, disagg: string, message: string) => void;
type ValueOf = (indicatorId: string, disagg: string) => number | null;

/**
 * Checks one agency's cells for a period (stored values with the sent ones laid over them).
 * `complete` (a submission) also requires a reason for every assigned indicator without a total.
 * Messages name the indicator code and the cell, in Vietnamese.
 */
export function validateValues(
  defs: IndicatorDef[],
  cells: CellInput[],
  opts: { complete: boolean; assigned?: string[] },
): Issue[] {
  const issues: Issue[] = [];
  const add: Add = (d, disagg, message) =>
    issues.push({
      path: indicatorCellPath(d.id, disagg),
      message: `${d.code} – ${cellLabel(d, disagg) ?? disagg}: ${message}`,
    });
  const values = checkCells(defs, cells, issues, add);
  const valueOf: ValueOf = (id, disagg) => values.get(key(id, disagg))?.value ?? null;
  const byCode = new Map(defs.map((d) => [d.code, d]));
  for (const d of defs) {
    if (d.aggregation === 'ratio') continue;
    checkGroupsAgainstTotal(d, valueOf, add);
    const parent = d.partOfCode ? byCode.get(d.partOfCode) : undefined;
    if (parent) checkAgainstParent(d, parent, valueOf, add);
  }
  if (opts.complete) {
    const assigned = new Set(opts.assigned ?? defs.map((d) => d.id));
    for (const d of defs) {
      if (!assigned.has(d.id) || d.aggregation === 'ratio') continue;
      const c = values.get(key(d.id, ''));
      if ((c?.value ?? null) === null && !c?.comment?.trim()) add(d, '', 'Chưa có số liệu: hãy ghi lý do.');
    }
  }
  return issues;
}

/** Each cell on its own: a known, entered (not computed) cell, sent once, within its bounds. */
function checkCells(
  defs: IndicatorDef[],
  cells: CellInput[],
  issues: Issue[],
  add: Add,
): Map<string, CellInput> {
  const byId = new Map(defs.map((d) => [d.id, d]));
  const values = new Map<string, CellInput>();
  for (const c of cells) {
    const d = byId.get(c.indicatorId);
    if (!d) {
      issues.push({
        path: indicatorCellPath(c.indicatorId, c.disagg),
        message: 'Chỉ tiêu không có trong danh mục được giao.',
      });
      continue;
    }
    if (d.aggregation === 'ratio') {
      issues.push({
        path: indicatorCellPath(d.id, c.disagg),
        message: `${d.code}: là tỷ lệ, được tính tự động, không nhập.`,
      });
      continue;
    }
    if (cellLabel(d, c.disagg) === undefined) {
      issues.push({
        path: indicatorCellPath(d.id, c.disagg),
        message: `${d.code}: phân tổ “${c.disagg}” không có trong chỉ tiêu.`,
      });
      continue;
    }
    if (values.has(key(d.id, c.disagg))) {
      add(d, c.disagg, 'ô này được gửi hai lần.');
      continue;
    }
    values.set(key(d.id, c.disagg), c);
    const v = c.value;
    if (v === null) continue;
    if (!Number.isInteger(v) || v < 0) add(d, c.disagg, 'phải là số nguyên không âm.');
    else if (d.max !== null && v > d.max) add(d, c.disagg, `không được lớn hơn ${fmt(d.max)}.`);
    else if (c.disagg === '' && d.min !== null && v < d.min)
      add(d, c.disagg, `không được nhỏ hơn ${fmt(d.min)}.`);
  }
  return values;
}

/** No group, and no dimension's groups together, exceed the total. */
function checkGroupsAgainstTotal(d: IndicatorDef, valueOf: ValueOf, add: Add): void {
  const total = valueOf(d.id, '');
  if (total === null) return;
  for (const dim of d.dimensions) {
    const options = dim.options.map((o) => disaggOf(dim.key, o.key));
    for (const disagg of options) {
      const v = valueOf(d.id, disagg);
      if (v !== null && v > total) add(d, disagg, `không được lớn hơn tổng số (${fmt(total)}).`);
    }
    const sum = sumAgainstTotal(
      total,
      options.map((disagg) => valueOf(d.id, disagg)),
    );
    if (sum?.over)
      add(
        d,
        '',
        `tổng các nhóm theo ${dim.label.toLowerCase()} (${fmt(sum.sum)}) không được lớn hơn tổng số (${fmt(total)}).`,
      );
  }
}

/** A part (e.g. children with disabilities) never exceeds the indicator it is part of, cell by cell. */
function checkAgainstParent(d: IndicatorDef, parent: IndicatorDef, valueOf: ValueOf, add: Add): void {
  for (const { disagg } of cellsOf(d)) {
    const v = valueOf(d.id, disagg);
    const pv = cellLabel(parent, disagg) === undefined ? null : valueOf(parent.id, disagg);
    if (v !== null && pv !== null && v > pv)
      add(d, disagg, `không được lớn hơn chỉ tiêu ${parent.code} (${fmt(pv)}).`);
  }
}
