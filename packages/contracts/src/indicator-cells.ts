// Rules of the indicator grid that the server (validation, aggregation) and the web (entry grid,
// hints) must agree on, kept once here: how cells are named, and the sum of a dimension's options
// against the total.

/** A dimension as the cell rules need it: its key and its options' keys and labels, in order. */
export interface CellDimension {
  key: string;
  options: readonly { key: string; label: string }[];
}

/** The total of an indicator: the cell with no disaggregation. */
export const TOTAL_DISAGG = '';

/** The disaggregation key of one option of one dimension: "sex=nu". */
export const disaggOf = (dimensionKey: string, optionKey: string): string => `${dimensionKey}=${optionKey}`;

/** The cells one indicator is reported in: the total, then every option of every dimension. */
export function indicatorCells(
  dimensions: readonly CellDimension[],
): { disagg: string; dimension: string | null; label: string | null }[] {
  return [
    { disagg: TOTAL_DISAGG, dimension: null, label: null },
    ...dimensions.flatMap((d) =>
      d.options.map((o) => ({ disagg: disaggOf(d.key, o.key), dimension: d.key, label: o.label })),
    ),
  ];
}

/** One key per (indicator, cell), for maps of values. */
export const cellKey = (indicatorId: string, disagg: string): string => `${indicatorId}|${disagg}`;

export function parseCellKey(key: string): { indicatorId: string; disagg: string } {
  const at = key.indexOf('|');
  return at < 0
    ? { indicatorId: key, disagg: TOTAL_DISAGG }
    : { indicatorId: key.slice(0, at), disagg: key.slice(at + 1) };
}

/**
 * The entered options of one dimension summed against the total. Options may stay empty, so only a
 * sum above the total is wrong (`over`: the server refuses it); below it is a hint. Null when the
 * total or every option is empty.
 */
export function sumAgainstTotal(
  total: number | null | undefined,
  options: readonly (number | null | undefined)[],
): { sum: number; total: number; over: boolean } | null {
  if (total === null || total === undefined) return null;
  const entered = options.filter((v): v is number => v !== null && v !== undefined);
  if (entered.length === 0) return null;
  const sum = entered.reduce((a, b) => a + b, 0);
  return { sum, total, over: sum > total };
}
