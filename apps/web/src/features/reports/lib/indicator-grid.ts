import type { IndicatorEntryDto, IndicatorValueInput } from '@vte/contracts';

/** One indicator row of the grid: a value per cell ('' = total) and one comment for the row. */
export type IndicatorRowState = { values: Record<string, number | null>; comment: string };
export type IndicatorState = Record<string, IndicatorRowState>;

/** Rates are computed from their numerator and denominator, never entered. */
export const isEntered = (entry: IndicatorEntryDto): boolean => entry.indicator.aggregation !== 'ratio';

/** The total of an indicator (no disaggregation). */
export const TOTAL = '';

export const cellKey = (indicatorId: string, disagg: string): string => `${indicatorId}|${disagg}`;
export function parseCellKey(key: string): { indicatorId: string; disagg: string } {
  const at = key.indexOf('|');
  return at < 0
    ? { indicatorId: key, disagg: '' }
    : { indicatorId: key.slice(0, at), disagg: key.slice(at + 1) };
}

export function indicatorStateOf(entries: readonly IndicatorEntryDto[]): IndicatorState {
  const state: IndicatorState = {};
  for (const entry of entries) {
    const values: Record<string, number | null> = {};
    for (const cell of entry.cells) values[cell.disagg] = cell.value;
    const total = entry.cells.find((cell) => cell.disagg === TOTAL);
    const comment = total?.comment ?? entry.cells.find((cell) => cell.comment)?.comment ?? '';
    state[entry.indicator.id] = { values, comment };
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
    for (const cell of entry.cells) {
      const value = row?.values[cell.disagg] ?? null;
      const cellComment = cell.disagg === TOTAL ? comment : null;
      const changedComment = cell.disagg === TOTAL && (cell.comment ?? null) !== comment;
      const cleared = cell.value !== null && value === null;
      if (!all && value === null && !cellComment && !cleared && !changedComment) continue;
      out.push({ indicatorId: entry.indicator.id, disagg: cell.disagg, value, comment: cellComment });
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
