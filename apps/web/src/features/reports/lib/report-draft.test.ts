import { saveAgencyReportInput } from '@vte/contracts';
import { describe, expect, it } from 'vitest';
import { completeFigure, draftOf, hasPrefill, prefillOf, saveInputOf } from './report-draft';
import { IDS, agencyReport, entries, reportTask } from './test-fixtures';

/** The server parses the body with the contract; the helper must produce exactly that, untouched. */
const accepted = (body: unknown) => {
  const parsed = saveAgencyReportInput.parse(body);
  expect(parsed).toEqual(body);
  return parsed;
};

describe('draftOf', () => {
  it('turns the report into editable text, nulls becoming empty strings', () => {
    const report = agencyReport();
    const draft = draftOf(report);
    expect(draft.tasks).toEqual({
      [IDS.taskA]: {
        narrative: 'Đã tổ chức 3 lớp tập huấn.',
        figures: [{ label: 'Lớp tập huấn', value: 3, unit: 'lớp' }],
        attachments: [{ id: IDS.file, filename: 'bien-ban.pdf', mime: 'application/pdf', size: 2048 }],
      },
      [IDS.taskB]: {
        narrative: '',
        figures: [{ label: 'Trẻ được hỗ trợ', value: 15, unit: '' }],
        attachments: [],
      },
    });
    expect(draft.difficulties).toBe('');
    expect(draft.proposals).toBe('Bổ sung kinh phí');
    expect(Object.keys(draft.indicators)).toEqual([IDS.children, IDS.under5, IDS.rate]);
  });

  it('copies attachments so editing the draft never changes the loaded report', () => {
    const report = agencyReport();
    const draft = draftOf(report);
    draft.tasks[IDS.taskA]!.attachments[0]!.filename = 'đổi.pdf';
    expect(report.tasks[0]!.attachments[0]!.filename).toBe('bien-ban.pdf');
  });
});

describe('completeFigure', () => {
  it('needs a label and a finite value', () => {
    expect(completeFigure({ label: 'Lớp', value: 0, unit: '' })).toBe(true);
    expect(completeFigure({ label: '  ', value: 3, unit: '' })).toBe(false);
    expect(completeFigure({ label: 'Lớp', value: null, unit: 'lớp' })).toBe(false);
    expect(completeFigure({ label: 'Lớp', value: Number.NaN, unit: '' })).toBe(false);
    expect(completeFigure({ label: 'Lớp', value: Number.POSITIVE_INFINITY, unit: '' })).toBe(false);
  });
});

describe('saveInputOf', () => {
  it('an untouched draft gives back what was loaded, at the given revision', () => {
    const report = agencyReport();
    const body = accepted(saveInputOf(draftOf(report), report, report.revision, false));
    expect(body).toEqual({
      revision: 4,
      tasks: [
        {
          taskId: IDS.taskA,
          narrative: 'Đã tổ chức 3 lớp tập huấn.',
          figures: [{ label: 'Lớp tập huấn', value: 3, unit: 'lớp' }],
          attachmentIds: [IDS.file],
        },
        {
          taskId: IDS.taskB,
          narrative: null,
          figures: [{ label: 'Trẻ được hỗ trợ', value: 15, unit: null }],
          attachmentIds: [],
        },
      ],
      difficulties: null,
      proposals: 'Bổ sung kinh phí',
      indicatorValues: [
        { indicatorId: IDS.children, disagg: '', value: 120, comment: null },
        { indicatorId: IDS.children, disagg: 'sex=nam', value: 60, comment: null },
        { indicatorId: IDS.children, disagg: 'sex=nu', value: 60, comment: null },
      ],
    });
  });

  it('trims text, sends blanks as null and drops half-typed figures', () => {
    const report = agencyReport();
    const draft = draftOf(report);
    draft.tasks[IDS.taskA] = {
      narrative: '   ',
      figures: [
        { label: '  Lớp tập huấn ', value: 4, unit: '  ' },
        { label: '', value: 9, unit: 'lớp' },
        { label: 'Chưa có số', value: null, unit: '' },
      ],
      attachments: [],
    };
    draft.difficulties = '  Thiếu cán bộ  ';
    draft.proposals = '\n';
    const body = accepted(saveInputOf(draft, report, 5, false));
    expect(body.revision).toBe(5);
    expect(body.tasks[0]).toEqual({
      taskId: IDS.taskA,
      narrative: null,
      figures: [{ label: 'Lớp tập huấn', value: 4, unit: null }],
      attachmentIds: [],
    });
    expect(body.difficulties).toBe('Thiếu cán bộ');
    expect(body.proposals).toBeNull();
  });

  it('sends the tasks of the report in its order, empty when the draft lacks one, never extra ones', () => {
    const report = agencyReport();
    const draft = draftOf(report);
    delete draft.tasks[IDS.taskA];
    draft.tasks[IDS.taskC] = { narrative: 'Không thuộc báo cáo', figures: [], attachments: [] };
    const body = accepted(saveInputOf(draft, report, 4, false));
    expect(body.tasks.map((t) => t.taskId)).toEqual([IDS.taskA, IDS.taskB]);
    expect(body.tasks[0]).toEqual({ taskId: IDS.taskA, narrative: null, figures: [], attachmentIds: [] });
  });

  it('submitting sends every entered cell (not the rate), with the reason on the empty total', () => {
    const report = agencyReport({ indicators: entries() });
    const draft = draftOf(report);
    draft.indicators[IDS.under5] = {
      values: { '': null, 'sex=nam': null, 'sex=nu': null },
      comment: 'Chưa có số liệu',
    };
    const body = accepted(saveInputOf(draft, report, 4, true));
    expect(body.indicatorValues).toHaveLength(6);
    expect(body.indicatorValues.find((v) => v.indicatorId === IDS.under5 && v.disagg === '')).toEqual({
      indicatorId: IDS.under5,
      disagg: '',
      value: null,
      comment: 'Chưa có số liệu',
    });
    expect(body.indicatorValues.some((v) => v.indicatorId === IDS.rate)).toBe(false);
  });
});

describe('prefillOf / hasPrefill', () => {
  it('offers the progress text and figures as editable draft values', () => {
    const task = agencyReport().tasks[1]!;
    expect(prefillOf(task)).toEqual({
      narrative: 'Cập nhật tiến độ: đã hỗ trợ 15 trẻ.',
      figures: [{ label: 'Trẻ được hỗ trợ', value: 15, unit: '' }],
    });
    expect(hasPrefill(task)).toBe(true);
  });

  it('has a prefill with figures alone, and none with only blank text', () => {
    const figuresOnly = reportTask({
      taskId: IDS.taskC,
      number: '3',
      prefill: { narrative: null, figures: [{ label: 'Buổi', value: 2, unit: 'buổi' }], status: null },
    });
    const blank = reportTask({
      taskId: IDS.taskC,
      number: '3',
      prefill: { narrative: '  \n ', figures: [], status: 'done' },
    });
    expect(hasPrefill(figuresOnly)).toBe(true);
    expect(hasPrefill(blank)).toBe(false);
    expect(prefillOf(blank)).toEqual({ narrative: '  \n ', figures: [] });
    expect(hasPrefill(reportTask({ taskId: IDS.taskC, number: '3' }))).toBe(false);
  });
});
