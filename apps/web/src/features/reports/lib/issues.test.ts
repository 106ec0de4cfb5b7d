import { indicatorCellPath, type IndicatorValueInput } from '@vte/contracts';
import { describe, expect, it } from 'vitest';
import { hasIssues, issueText, noIssues, placeIssues, rawIssues } from './issues';
import { IDS } from './test-fixtures';

const sent = {
  indicatorValues: [
    { indicatorId: IDS.children, disagg: '', value: 1, comment: null },
    { indicatorId: IDS.children, disagg: 'sex=nam', value: 1, comment: null },
    { indicatorId: IDS.under5, disagg: '', value: null, comment: null },
  ] satisfies IndicatorValueInput[],
  tasks: [{ taskId: IDS.taskA }, { taskId: IDS.taskB }, { taskId: IDS.taskC }, { taskId: 'task-3' }],
};

describe('rawIssues', () => {
  it('reads the issues list of a VALIDATION error and drops the request part of the path', () => {
    const details = {
      issues: [
        { path: 'body.tasks.3.narrative', message: 'Quá dài: tối đa 20000 ký tự' },
        { path: ['body', 'indicatorValues', 2, 'value'], message: 'Giá trị quá lớn' },
        { path: 'querystring.page', message: 'Giá trị quá nhỏ' },
        { path: 'params.id', message: 'Mã định danh không hợp lệ' },
        { path: 'revision', message: 'Kiểu dữ liệu không hợp lệ' },
      ],
    };
    expect(rawIssues(details, 'x')).toEqual([
      { path: ['tasks', '3', 'narrative'], message: 'Quá dài: tối đa 20000 ký tự', indicatorId: undefined },
      { path: ['indicatorValues', '2', 'value'], message: 'Giá trị quá lớn', indicatorId: undefined },
      { path: ['page'], message: 'Giá trị quá nhỏ', indicatorId: undefined },
      { path: ['id'], message: 'Mã định danh không hợp lệ', indicatorId: undefined },
      { path: ['revision'], message: 'Kiểu dữ liệu không hợp lệ', indicatorId: undefined },
    ]);
  });

  it('reads a single-issue details object (INDICATOR_VALUE_INVALID) with its indicator id', () => {
    const details = {
      path: indicatorCellPath(IDS.children, ''),
      message: 'DP.0101 – Tổng số: phải là số nguyên không âm.',
      indicatorId: IDS.children,
    };
    expect(rawIssues(details, 'x')).toEqual([
      {
        path: ['values', IDS.children, 'total'],
        message: 'DP.0101 – Tổng số: phải là số nguyên không âm.',
        indicatorId: IDS.children,
      },
    ]);
  });

  it('uses the fallback message when an issue has none, and keeps an issue with only an indicator id', () => {
    expect(
      rawIssues(
        { issues: [{ path: 'difficulties' }, { indicatorId: IDS.under5, message: '' }] },
        'Dữ liệu không hợp lệ',
      ),
    ).toEqual([
      { path: ['difficulties'], message: 'Dữ liệu không hợp lệ', indicatorId: undefined },
      { path: [], message: 'Dữ liệu không hợp lệ', indicatorId: IDS.under5 },
    ]);
  });

  it('drops what names nothing and ignores details that are not objects', () => {
    expect(rawIssues({ issues: [{ message: 'no path' }, 'text', null, 3] }, 'x')).toEqual([]);
    expect(rawIssues(null, 'x')).toEqual([]);
    expect(rawIssues(undefined, 'x')).toEqual([]);
    expect(rawIssues('VALIDATION', 'x')).toEqual([]);
    expect(rawIssues({}, 'x')).toEqual([]);
  });
});

describe('placeIssues', () => {
  const issue = (path: string, message: string, indicatorId?: string) => ({
    path: path ? path.split('.') : [],
    message,
    indicatorId,
  });

  it('puts indicator-rule issues (values.<id>.<disagg|total>) on the indicator row', () => {
    const placed = placeIssues(
      [
        issue(indicatorCellPath(IDS.children, 'sex=nu'), 'DP.0101 – Nữ: không được lớn hơn 100.'),
        issue(indicatorCellPath(IDS.children, ''), 'DP.0101 – Tổng số: thiếu.'),
        issue(indicatorCellPath(IDS.under5, ''), 'DP.0201 – Tổng số: cần ghi lý do.'),
      ],
      sent,
    );
    expect(placed).toEqual({
      indicators: {
        [IDS.children]: ['DP.0101 – Nữ: không được lớn hơn 100.', 'DP.0101 – Tổng số: thiếu.'],
        [IDS.under5]: ['DP.0201 – Tổng số: cần ghi lý do.'],
      },
      tasks: {},
      fields: {},
      other: [],
    });
  });

  it('resolves schema issues on indicatorValues.<n> through the sent body', () => {
    const placed = placeIssues(
      [issue('indicatorValues.2', 'Thiếu'), issue('indicatorValues.1.value', 'Giá trị quá lớn')],
      sent,
    );
    expect(placed.indicators).toEqual({ [IDS.under5]: ['Thiếu'], [IDS.children]: ['Giá trị quá lớn'] });
    expect(placed.other).toEqual([]);
  });

  it('resolves tasks.<n>.<field> through the sent body (body.tasks.3.narrative)', () => {
    const raw = rawIssues(
      {
        issues: [
          { path: 'body.tasks.3.narrative', message: 'Quá dài' },
          { path: 'body.tasks.0.figures.1.value', message: 'Giá trị quá lớn' },
        ],
      },
      'x',
    );
    const placed = placeIssues(raw, sent);
    expect(placed.tasks).toEqual({ 'task-3': ['Quá dài'], [IDS.taskA]: ['Giá trị quá lớn'] });
  });

  it('puts difficulties and proposals on their fields', () => {
    const placed = placeIssues([issue('difficulties', 'Quá dài'), issue('proposals', 'Quá dài')], sent);
    expect(placed.fields).toEqual({ difficulties: ['Quá dài'], proposals: ['Quá dài'] });
  });

  it('an explicit indicator id wins over the path', () => {
    const placed = placeIssues([issue('tasks.0.narrative', 'Chỉ tiêu lỗi', IDS.under5)], sent);
    expect(placed.indicators).toEqual({ [IDS.under5]: ['Chỉ tiêu lỗi'] });
    expect(placed.tasks).toEqual({});
  });

  it('keeps what no field can show, without duplicates', () => {
    const placed = placeIssues(
      [
        issue('indicatorValues.9.value', 'Ngoài danh sách'),
        issue('indicatorValues.abc', 'Ngoài danh sách'),
        issue('tasks.4.narrative', 'Nhiệm vụ lạ'),
        issue('tasks', 'Quá nhiều mục: tối đa 300'),
        issue('values', 'Không có chỉ tiêu'),
        issue('revision', 'Kiểu dữ liệu không hợp lệ'),
        issue('', 'Chung'),
      ],
      sent,
    );
    expect(placed).toEqual({
      indicators: {},
      tasks: {},
      fields: {},
      other: [
        'Ngoài danh sách',
        'Nhiệm vụ lạ',
        'Quá nhiều mục: tối đa 300',
        'Không có chỉ tiêu',
        'Kiểu dữ liệu không hợp lệ',
        'Chung',
      ],
    });
  });

  it('does not repeat a message on the same row', () => {
    const placed = placeIssues(
      [issue('tasks.1.narrative', 'Quá dài'), issue('tasks.1.narrative', 'Quá dài')],
      sent,
    );
    expect(placed.tasks).toEqual({ [IDS.taskB]: ['Quá dài'] });
  });
});

describe('hasIssues', () => {
  it('is false for no issues and true for any bucket', () => {
    expect(hasIssues(noIssues())).toBe(false);
    expect(hasIssues({ ...noIssues(), indicators: { a: ['x'] } })).toBe(true);
    expect(hasIssues({ ...noIssues(), tasks: { a: ['x'] } })).toBe(true);
    expect(hasIssues({ ...noIssues(), fields: { difficulties: ['x'] } })).toBe(true);
    expect(hasIssues({ ...noIssues(), other: ['x'] })).toBe(true);
  });

  it('gives a fresh object each time (no shared state between forms)', () => {
    const a = noIssues();
    a.other.push('x');
    expect(noIssues().other).toEqual([]);
  });
});

describe('issueText', () => {
  it('joins the distinct messages of a validation error', () => {
    const error = {
      code: 'VALIDATION',
      details: {
        issues: [
          { path: 'body.a', message: 'Một' },
          { path: 'body.b', message: 'Hai' },
          { path: 'body.c', message: 'Một' },
        ],
      },
    };
    expect(issueText(error, 'Lỗi')).toBe('Một; Hai');
  });

  it('reads INDICATOR_VALUE_INVALID and REPORT_PERIOD_DATES details too', () => {
    expect(
      issueText(
        { code: 'INDICATOR_VALUE_INVALID', details: { path: 'values.x.total', message: 'DP.0101: sai' } },
        'Lỗi',
      ),
    ).toBe('DP.0101: sai');
    expect(
      issueText(
        { code: 'REPORT_PERIOD_DATES', details: { issues: [{ path: 'dueDate', message: 'Hạn trước kỳ' }] } },
        'Lỗi',
      ),
    ).toBe('Hạn trước kỳ');
  });

  it('falls back for other codes, details without messages, and non-errors', () => {
    expect(
      issueText({ code: 'REPORT_STALE', details: { issues: [{ path: 'revision', message: 'Cũ' }] } }, 'Lỗi'),
    ).toBe('Lỗi');
    expect(issueText({ code: 'VALIDATION', details: { issues: [{ path: 'a' }] } }, 'Lỗi')).toBe('Lỗi');
    expect(issueText({ code: 'VALIDATION' }, 'Lỗi')).toBe('Lỗi');
    expect(issueText(new Error('boom'), 'Lỗi')).toBe('Lỗi');
    expect(issueText(null, 'Lỗi')).toBe('Lỗi');
    expect(issueText('VALIDATION', 'Lỗi')).toBe('Lỗi');
  });
});
