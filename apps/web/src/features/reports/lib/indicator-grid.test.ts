import { indicatorEntryDto, indicatorValueInput, type IndicatorEntryDto } from '@vte/contracts';
import { describe, expect, it } from 'vitest';
import {
  cellGroups,
  groupSumHint,
  indicatorInputs,
  indicatorStateOf,
  isEntered,
  missingComments,
  registerDiffers,
  rowNeedsComment,
  wholeNumber,
  type IndicatorState,
} from './indicator-grid';
import { IDS, entries, indicator } from './test-fixtures';

/** What the server would accept: every input must pass the contract. */
const valid = (inputs: unknown[]) => indicatorValueInput.array().parse(inputs);

describe('isEntered', () => {
  it('is false only for computed rates', () => {
    expect(entries().map(isEntered)).toEqual([true, true, false]);
  });
});

describe('indicatorStateOf', () => {
  it('keys the values by cell and takes the comment from the total', () => {
    const state = indicatorStateOf(
      entries({ under5: [null, 4, null], under5Comment: 'Chưa có số liệu tháng 6' }),
    );
    expect(state).toEqual({
      [IDS.children]: { values: { '': 120, 'sex=nam': 60, 'sex=nu': 60 }, comment: '' },
      [IDS.under5]: {
        values: { '': null, 'sex=nam': 4, 'sex=nu': null },
        comment: 'Chưa có số liệu tháng 6',
      },
      [IDS.rate]: { values: { '': 12, 'sex=nam': null, 'sex=nu': null }, comment: '' },
    });
  });

  it('falls back to the comment of another cell when the total has none', () => {
    const [children] = entries();
    const entry = {
      ...children!,
      cells: children!.cells.map((c) => (c.disagg === 'sex=nu' ? { ...c, comment: 'Ước tính' } : c)),
    };
    expect(indicatorStateOf([entry])[IDS.children]?.comment).toBe('Ước tính');
  });

  it('is empty for no entries', () => {
    expect(indicatorStateOf([])).toEqual({});
  });
});

describe('rowNeedsComment (only a missing total needs a reason)', () => {
  it('needs one when the total is empty, even if every disaggregation is filled', () => {
    expect(rowNeedsComment({ values: { '': null, 'sex=nam': 3, 'sex=nu': 4 }, comment: '' })).toBe(true);
  });

  it('needs one when the total was never touched or the row is unknown', () => {
    expect(rowNeedsComment({ values: { 'sex=nam': 3 }, comment: '' })).toBe(true);
    expect(rowNeedsComment(undefined)).toBe(true);
  });

  it('does not need one when the total is set, even to 0 and with empty disaggregations', () => {
    expect(rowNeedsComment({ values: { '': 0, 'sex=nam': null, 'sex=nu': null }, comment: '' })).toBe(false);
    expect(rowNeedsComment({ values: { '': 7 }, comment: '' })).toBe(false);
  });
});

describe('missingComments', () => {
  it('lists entered indicators without a total and without a comment, never rates', () => {
    const list = entries({ under5: [null, null, null] });
    const state = indicatorStateOf(list);
    // The rate row has empty disaggregations and no comment, but is computed: never listed.
    state[IDS.rate] = { values: { '': null }, comment: '' };
    expect(missingComments(state, list)).toEqual([IDS.under5]);
  });

  it('treats a blank comment as missing and a real one as given', () => {
    const list = entries();
    const state = indicatorStateOf(list);
    state[IDS.under5] = { values: { '': null }, comment: '   ' };
    expect(missingComments(state, list)).toEqual([IDS.under5]);
    state[IDS.under5] = { values: { '': null }, comment: 'Chưa có số liệu' };
    expect(missingComments(state, list)).toEqual([]);
  });

  it('lists an indicator that has no row in the state at all', () => {
    expect(missingComments({}, entries())).toEqual([IDS.children, IDS.under5]);
  });

  it('lists nothing once every total is filled', () => {
    const list = entries({ under5: [0, 0, 0] });
    expect(missingComments(indicatorStateOf(list), list)).toEqual([]);
  });
});

describe('indicatorInputs', () => {
  it('sends every cell of the entered indicators on submit, the comment only on the total', () => {
    const list = entries();
    const state = indicatorStateOf(list);
    state[IDS.under5] = {
      values: { '': null, 'sex=nam': 2, 'sex=nu': null },
      comment: '  Thiếu số liệu nữ  ',
    };
    const inputs = valid(indicatorInputs(state, list, true));
    expect(inputs).toEqual([
      { indicatorId: IDS.children, disagg: '', value: 120, comment: null },
      { indicatorId: IDS.children, disagg: 'sex=nam', value: 60, comment: null },
      { indicatorId: IDS.children, disagg: 'sex=nu', value: 60, comment: null },
      { indicatorId: IDS.under5, disagg: '', value: null, comment: 'Thiếu số liệu nữ' },
      { indicatorId: IDS.under5, disagg: 'sex=nam', value: 2, comment: null },
      { indicatorId: IDS.under5, disagg: 'sex=nu', value: null, comment: null },
    ]);
  });

  it('never sends a rate, even on submit', () => {
    const list = entries();
    const inputs = indicatorInputs(indicatorStateOf(list), list, true);
    expect(inputs.some((i) => i.indicatorId === IDS.rate)).toBe(false);
  });

  it('a draft save of an untouched empty indicator sends nothing for it', () => {
    const list = entries();
    const inputs = valid(indicatorInputs(indicatorStateOf(list), list, false));
    expect(inputs.map((i) => `${i.indicatorId}|${i.disagg}`)).toEqual([
      `${IDS.children}|`,
      `${IDS.children}|sex=nam`,
      `${IDS.children}|sex=nu`,
    ]);
  });

  it('a draft save sends a value the user cleared, as null', () => {
    const list = entries();
    const state = indicatorStateOf(list);
    state[IDS.children] = { values: { '': 120, 'sex=nam': null, 'sex=nu': 60 }, comment: '' };
    const inputs = valid(indicatorInputs(state, list, false));
    expect(inputs.filter((i) => i.indicatorId === IDS.children)).toEqual([
      { indicatorId: IDS.children, disagg: '', value: 120, comment: null },
      { indicatorId: IDS.children, disagg: 'sex=nam', value: null, comment: null },
      { indicatorId: IDS.children, disagg: 'sex=nu', value: 60, comment: null },
    ]);
  });

  it('a draft save sends a new comment on an empty total, and nothing for its empty cells', () => {
    const list = entries();
    const state = indicatorStateOf(list);
    state[IDS.under5] = {
      values: { '': null, 'sex=nam': null, 'sex=nu': null },
      comment: 'Trạm y tế chưa báo',
    };
    const inputs = valid(indicatorInputs(state, list, false));
    expect(inputs.filter((i) => i.indicatorId === IDS.under5)).toEqual([
      { indicatorId: IDS.under5, disagg: '', value: null, comment: 'Trạm y tế chưa báo' },
    ]);
  });

  it('a draft save sends a removed comment so the server forgets it', () => {
    const list = entries({ under5: [null, null, null], under5Comment: 'Lý do cũ' });
    const state = indicatorStateOf(list);
    state[IDS.under5] = { ...state[IDS.under5]!, comment: '  ' };
    const inputs = valid(indicatorInputs(state, list, false));
    expect(inputs.filter((i) => i.indicatorId === IDS.under5)).toEqual([
      { indicatorId: IDS.under5, disagg: '', value: null, comment: null },
    ]);
  });

  it('treats indicators missing from the state as empty', () => {
    const list = entries();
    expect(indicatorInputs({} as IndicatorState, list, false)).toEqual([
      // The stored values of DP.0101 were cleared (no row = nothing typed): sent as null.
      { indicatorId: IDS.children, disagg: '', value: null, comment: null },
      { indicatorId: IDS.children, disagg: 'sex=nam', value: null, comment: null },
      { indicatorId: IDS.children, disagg: 'sex=nu', value: null, comment: null },
    ]);
    expect(indicatorInputs({}, list, true)).toHaveLength(6);
  });
});

describe('wholeNumber', () => {
  it.each([
    ['12', 12],
    ['12.5', 12],
    ['0', 0],
    ['-1', 0],
    ['1e3', 1000],
    [' 7 ', 7],
    [12, 12],
    [12.9, 12],
    [-0.5, 0],
    [0, 0],
    [100_000_000, 100_000_000],
  ])('%j → %j', (input, expected) => {
    expect(wholeNumber(input)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    [null],
    [undefined],
    ['abc'],
    ['12,5'],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    ['Infinity'],
  ])('%j → null (an empty or unreadable box is "no data", never 0)', (input) => {
    expect(wholeNumber(input)).toBeNull();
  });
});

/** An indicator with two dimensions (the seeded environment and form of abuse, shortened). */
const ENV = {
  key: 'env',
  label: 'Môi trường xâm hại',
  options: [
    { key: 'gia-dinh', label: 'Gia đình' },
    { key: 'truong-hoc', label: 'Trường học' },
  ],
};
const FORM = {
  key: 'form',
  label: 'Hình thức xâm hại',
  options: [
    { key: 'bao-luc', label: 'Bạo lực' },
    { key: 'boc-lot', label: 'Bóc lột' },
    { key: 'khac', label: 'Hình thức gây tổn hại khác' },
  ],
};
const abuse = (disaggs: string[], dimensions = [ENV, FORM]): IndicatorEntryDto =>
  indicatorEntryDto.parse({
    indicator: indicator({ id: IDS.children, code: 'DP.0701', dimensions }),
    cells: disaggs.map((disagg) => ({ disagg, label: disagg || 'Tổng số', value: null, comment: null })),
  });
const shape = (entry: IndicatorEntryDto) => {
  const { total, groups } = cellGroups(entry);
  return {
    total: total?.disagg ?? null,
    groups: groups.map((g) => [g.key, g.label, g.cells.map((c) => c.disagg)]),
  };
};

describe('cellGroups', () => {
  it('puts the total first, then one group per dimension in the indicator order', () => {
    const entry = abuse(['', 'env=gia-dinh', 'env=truong-hoc', 'form=bao-luc', 'form=boc-lot', 'form=khac']);
    expect(shape(entry)).toEqual({
      total: '',
      groups: [
        ['env', 'Môi trường xâm hại', ['env=gia-dinh', 'env=truong-hoc']],
        ['form', 'Hình thức xâm hại', ['form=bao-luc', 'form=boc-lot', 'form=khac']],
      ],
    });
  });

  it('follows the dimension and option order, not the order of the cells', () => {
    const entry = abuse(['form=khac', 'env=truong-hoc', '', 'form=bao-luc', 'env=gia-dinh', 'form=boc-lot']);
    expect(shape(entry)).toEqual({
      total: '',
      groups: [
        ['env', 'Môi trường xâm hại', ['env=gia-dinh', 'env=truong-hoc']],
        ['form', 'Hình thức xâm hại', ['form=bao-luc', 'form=boc-lot', 'form=khac']],
      ],
    });
  });

  it('keeps the cell objects themselves (label and value)', () => {
    const [children] = entries();
    const { total, groups } = cellGroups(children!);
    expect(total).toBe(children!.cells[0]);
    expect(groups[0]!.cells).toEqual([
      { disagg: 'sex=nam', label: 'Nam', value: 60, comment: null },
      { disagg: 'sex=nu', label: 'Nữ', value: 60, comment: null },
    ]);
  });

  it('leaves out a dimension without cells and keeps a group with only some of its options', () => {
    expect(shape(abuse(['', 'form=boc-lot']))).toEqual({
      total: '',
      groups: [['form', 'Hình thức xâm hại', ['form=boc-lot']]],
    });
  });

  it('keeps cells of an unknown dimension or option in a last unlabelled group, never drops them', () => {
    const entry = abuse(['', 'env=gia-dinh', 'env=cu', 'sex=nam'], [ENV]);
    expect(shape(entry)).toEqual({
      total: '',
      groups: [
        ['env', 'Môi trường xâm hại', ['env=gia-dinh']],
        [null, null, ['env=cu', 'sex=nam']],
      ],
    });
  });

  it('has only the total for an indicator without dimensions, and no total when the cell is absent', () => {
    expect(shape(abuse([''], []))).toEqual({ total: '', groups: [] });
    expect(shape(abuse(['env=gia-dinh'], [ENV]))).toEqual({
      total: null,
      groups: [['env', 'Môi trường xâm hại', ['env=gia-dinh']]],
    });
  });
});

describe('groupSumHint', () => {
  const group = { cells: cellGroups(entries()[0]!).groups[0]!.cells };

  it('shows the sum of the entered options next to the total when they differ', () => {
    expect(groupSumHint({ '': 8, 'sex=nam': 3, 'sex=nu': 4 }, group)).toEqual({
      sum: 7,
      total: 8,
      over: false,
    });
    // An empty option counts as nothing entered, not as 0 of a mismatch to hide.
    expect(groupSumHint({ '': 8, 'sex=nam': 3, 'sex=nu': null }, group)).toEqual({
      sum: 3,
      total: 8,
      over: false,
    });
  });

  it('flags a sum above the total (the server refuses it)', () => {
    expect(groupSumHint({ '': 5, 'sex=nam': 3, 'sex=nu': 4 }, group)).toEqual({
      sum: 7,
      total: 5,
      over: true,
    });
  });

  it('says nothing when the sum matches, when no option is entered, or without a total', () => {
    expect(groupSumHint({ '': 7, 'sex=nam': 3, 'sex=nu': 4 }, group)).toBeNull();
    expect(groupSumHint({ '': 0, 'sex=nam': 0 }, group)).toBeNull();
    expect(groupSumHint({ '': 7, 'sex=nam': null, 'sex=nu': null }, group)).toBeNull();
    expect(groupSumHint({ '': 7 }, group)).toBeNull();
    expect(groupSumHint({ '': null, 'sex=nam': 3, 'sex=nu': 4 }, group)).toBeNull();
    expect(groupSumHint({ 'sex=nam': 3 }, group)).toBeNull();
  });

  it('counts only the cells of its own group', () => {
    expect(groupSumHint({ '': 4, 'sex=nam': 3, 'sex=nu': 1, 'age=0-5': 9 }, group)).toBeNull();
  });
});

describe('register of children figures', () => {
  const withRegister = (): IndicatorEntryDto => ({
    ...entries()[0]!,
    register: {
      source: 'Sổ theo dõi trẻ em, tính đến 30/06/2025',
      date: '2025-06-30',
      cells: { '': 120, 'sex=nam': 60 },
    },
    overrideReason: null,
  });

  it('sees a figure that differs from the register, not an empty or equal one', () => {
    const entry = withRegister();
    const state = indicatorStateOf([entry])[entry.indicator.id]!;
    expect(state.overrideReason).toBe('');
    expect(registerDiffers(entry, state)).toBe(false);
    expect(registerDiffers(entry, { ...state, values: { ...state.values, 'sex=nam': null } })).toBe(false);
    expect(registerDiffers(entry, { ...state, values: { ...state.values, '': 125 } })).toBe(true);
  });

  it('sends the reason with the cells of that indicator', () => {
    const entry = withRegister();
    const row = indicatorStateOf([entry])[entry.indicator.id]!;
    const state: IndicatorState = {
      [entry.indicator.id]: { ...row, values: { ...row.values, '': 125 }, overrideReason: ' 5 trẻ mới đến ' },
    };
    const inputs = valid(indicatorInputs(state, [entry], false));
    expect(inputs.find((i) => i.disagg === '')).toMatchObject({
      value: 125,
      overrideReason: '5 trẻ mới đến',
    });
  });
});
