import {
  TOTAL_DISAGG,
  disaggOf,
  sumAgainstTotal,
  type IndicatorCellDto,
  type IndicatorEntryDto,
  type IndicatorValueInput,
} from '@vte/contracts';

/**
 * One indicator row of the grid: a value per cell ('' = total), one comment for the row, and for
 * indicators the register of children computes, the reason a figure differs from the register's.
 */
export type IndicatorRowState = {
  values: Record<string, number | null>;
  comment: string;
  overrideReason?: string;
};
export type IndicatorState = Record<string, IndicatorRowState>;

/** Rates are computed from their numerator and denominator, never entered. */
export const isEntered = (entry: IndicatorEntryDto): boolean => entry.indicator.aggregation !== 'ratio';

/** The total of an indicator (no disaggregation); cell keys and the sum rule live in the contracts. */
export const TOTAL = TOTAL_DISAGG;

export function indicatorStateOf(entries: readonly IndicatorEntryDto[]): IndicatorState {
  const state: IndicatorState = {};
  for (const entry of entries) {
    const values: Record<string, number | null> = {};
    for (const cell of entry.cells) values[cell.disagg] = cell.value;
    const total = entry.cells.find((cell) => cell.disagg === TOTAL);
    const comment = total?.comment ?? entry.cells.find((cell) => cell.comment)?.comment ?? '';
    const register = entry.register || entry.overrideReason;
    state[entry.indicator.id] = {
      values,
      comment,
      ...(register ? { overrideReason: entry.overrideReason ?? '' } : {}),
    };
  }
  return state;
}

/**
 * Mirrors the server rule: an indicator without a total ("no data") needs a comment saying why.
 * Disaggregations may stay empty. The comment travels on the total cell.
 */
export function rowNeedsComment(row: IndicatorRowState | undefined, _entry?: IndicatorEntryDto): boolean {
  const total = row?.values[TOTAL];
  return total === null || total === undefined;
}

/** The cells whose value differs from the register of children's figure (they need a reason). */
export function registerDiffers(entry: IndicatorEntryDto, row: IndicatorRowState | undefined): boolean {
  const cells = entry.register?.cells;
  if (!cells || !row) return false;
  return Object.entries(cells).some(([disagg, figure]) => {
    const value = row.values[disagg] ?? null;
    return figure !== null && value !== null && value !== figure;
  });
}

/** Indicators without a total and without a comment: submitting them would be refused. */
export function missingComments(state: IndicatorState, entries: readonly IndicatorEntryDto[]): string[] {
  return entries
    .filter(isEntered)
    .filter((entry) => {
      const row = state[entry.indicator.id];
      return rowNeedsComment(row, entry) && !(row?.comment ?? '').trim();
    })
    .map((entry) => entry.indicator.id);
}

/**
 * The values to send. A draft save sends only what carries information (a value, a comment, or a
 * value the user cleared): the server lays them over what it has, so an unfinished grid never blocks
 * autosave. Submitting sends every cell. The row's comment goes on the total cell.
 */
export function indicatorInputs(
  state: IndicatorState,
  entries: readonly IndicatorEntryDto[],
  all: boolean,
): IndicatorValueInput[] {
  const out: IndicatorValueInput[] = [];
  for (const entry of entries.filter(isEntered)) {
    const row = state[entry.indicator.id];
    const comment = row?.comment.trim() || null;
    const overrideReason = row?.overrideReason?.trim() || null;
    for (const cell of entry.cells) {
      const value = row?.values[cell.disagg] ?? null;
      const cellComment = cell.disagg === TOTAL ? comment : null;
      const changedComment = cell.disagg === TOTAL && (cell.comment ?? null) !== comment;
      const cleared = cell.value !== null && value === null;
      if (!all && value === null && !cellComment && !cleared && !changedComment) continue;
      out.push({
        indicatorId: entry.indicator.id,
        disagg: cell.disagg,
        value,
        comment: cellComment,
        ...(overrideReason ? { overrideReason } : {}),
      });
    }
  }
  return out;
}

/** A whole number from an input, or null for an empty box (blank text is empty, not 0). */
export function wholeNumber(value: unknown): number | null {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === ''))
    return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? Math.max(0, Math.trunc(number)) : null;
}

/** The option cells of one dimension ("Giới tính": Nam, Nữ), in the dimension's option order. */
export type CellGroup = {
  /** The dimension key; null for cells that match no dimension of the indicator (kept, never dropped). */
  key: string | null;
  label: string | null;
  cells: IndicatorCellDto[];
};

/**
 * The cells of an indicator laid out for entry: the total first, then one group per dimension in
 * the indicator's order. A dimension without cells is left out; cells whose key names no known
 * dimension or option go, in their own order, into a last unlabelled group.
 */
export function cellGroups(entry: IndicatorEntryDto): {
  total: IndicatorCellDto | null;
  groups: CellGroup[];
} {
  const byKey = new Map(entry.cells.map((cell) => [cell.disagg, cell]));
  const placed = new Set<string>([TOTAL]);
  const groups: CellGroup[] = [];
  for (const dimension of entry.indicator.dimensions) {
    const cells = dimension.options
      .map((option) => byKey.get(disaggOf(dimension.key, option.key)))
      .filter((cell): cell is IndicatorCellDto => cell !== undefined);
    for (const cell of cells) placed.add(cell.disagg);
    if (cells.length > 0) groups.push({ key: dimension.key, label: dimension.label, cells });
  }
  const rest = entry.cells.filter((cell) => !placed.has(cell.disagg));
  if (rest.length > 0) groups.push({ key: null, label: null, cells: rest });
  return { total: byKey.get(TOTAL) ?? null, groups };
}

/**
 * The sum of a group's entered values against the total, when both are known and they differ
 * ("Cộng: 7 / Tổng: 8"): a hint, since options may stay empty. `over` means the server will refuse it.
 */
export function groupSumHint(
  values: Record<string, number | null | undefined>,
  group: Pick<CellGroup, 'cells'>,
): { sum: number; total: number; over: boolean } | null {
  const r = sumAgainstTotal(
    values[TOTAL],
    group.cells.map((cell) => values[cell.disagg]),
  );
  return r && r.sum !== r.total ? r : null;
}
