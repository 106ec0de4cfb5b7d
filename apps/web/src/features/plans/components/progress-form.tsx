import { DeleteOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  progressInput,
  progressStatusLabels,
  progressStatuses,
  type PlanDto,
  type ProgressStatus,
  type TaskDto,
} from '@vte/contracts';
import {
  App,
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Upload,
  type UploadFile,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorMessage, parseForm, useApiErrorHandler } from '../../../lib/errors';
import { DATE_FORMAT, formatDate, fromDayjs, todayIso, toDayjs } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { useAddProgress, useRefreshAfterProgress, useUploadEvidence } from '../api/tasks';
import { EVIDENCE_ACCEPT } from './progress-history';

type Values = {
  status: ProgressStatus;
  narrative?: string;
  figures?: { label?: string; value?: number | null; unit?: string }[];
  completedOn?: Dayjs | null;
  periodDue?: string;
};
const FIELDS = ['status', 'narrative', 'figures', 'completedOn', 'periodDue'] as const;
const MAX_BYTES = 10 * 1024 * 1024;

/** The reporting period an update answers: the first due date not yet passed, else the last one. */
function currentPeriod(plan: PlanDto): string | undefined {
  const dues = plan.reporting.flatMap((r) => (r.due ? [r.due] : [])).sort();
  const today = todayIso();
  return dues.find((due) => due >= today) ?? dues[dues.length - 1];
}

type ProgressFormProps = { task: TaskDto; plan: PlanDto };

/** Cập nhật tiến độ: status, what was done, figures, completion date or period; then the evidence files. */
export function ProgressForm({ task, plan }: ProgressFormProps) {
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const add = useAddProgress(task.id);
  const upload = useUploadEvidence();
  const refresh = useRefreshAfterProgress();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const status = Form.useWatch('status', form);
  const yearRound = task.timeframe?.kind === 'year-round' || !task.dueDate;
  const periods = plan.reporting.flatMap((r) =>
    r.due
      ? [
          {
            value: r.due,
            label: t('plans.progress.periodOption', { period: r.period, date: formatDate(r.due) }),
          },
        ]
      : [],
  );

  const submit = async (values: Values) => {
    const body = {
      status: values.status,
      narrative: values.narrative?.trim() || null,
      figures: (values.figures ?? [])
        .filter((f) => f.label?.trim() || f.value != null)
        .map((f) => ({ label: f.label?.trim() ?? '', value: f.value ?? 0, unit: f.unit?.trim() || null })),
      completedOn: values.status === 'done' ? (fromDayjs(values.completedOn) ?? todayIso()) : null,
      periodDue: yearRound ? (values.periodDue ?? null) : null,
    };
    const parsed = parseForm(form, progressInput, body, FIELDS);
    if (!('data' in parsed)) {
      if (parsed.unmatched.length) void message.error(parsed.unmatched.join('; '));
      return;
    }
    setBusy(true);
    try {
      const entry = await add.mutateAsync(parsed.data);
      const failed: string[] = [];
      for (const file of files) {
        if (!file.originFileObj) continue;
        try {
          await upload.mutateAsync({ progressId: entry.id, file: file.originFileObj });
        } catch (error) {
          // Say why each file was refused (type, size, damaged…), not only which (issue 9 item 15).
          failed.push(`${file.name} (${errorMessage(error)})`);
        }
      }
      if (failed.length)
        void message.warning(t('plans.progress.savedSomeFiles', { files: failed.join(', ') }));
      else void message.success(t('plans.progress.saved'));
      form.resetFields();
      setFiles([]);
      refresh(task.id);
    } catch (error) {
      onError(error, form, FIELDS);
    } finally {
      setBusy(false);
    }
  };

  const pick = (file: File) => {
    if (file.size > MAX_BYTES) {
      void message.error(t('plans.progress.fileTooLarge', { name: file.name }));
      return Upload.LIST_IGNORE;
    }
    setFiles((list) => [
      ...list,
      {
        uid: `${Date.now()}-${file.name}`,
        name: file.name,
        originFileObj: file as UploadFile['originFileObj'],
      },
    ]);
    return false;
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(values) => void submit(values)}
      initialValues={{
        status: 'in_progress',
        figures: [],
        periodDue: currentPeriod(plan),
        completedOn: toDayjs(todayIso()),
      }}
      data-testid="progress-form"
    >
      <Form.Item
        name="status"
        label={t('plans.progress.status')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={progressStatuses.map((s) => ({ value: s, label: progressStatusLabels[s] }))}
        />
      </Form.Item>
      {yearRound && periods.length ? (
        <Form.Item
          name="periodDue"
          label={t('plans.progress.periodLabel')}
          extra={t('plans.progress.periodHelp')}
        >
          <Select options={periods} allowClear />
        </Form.Item>
      ) : null}
      {status === 'done' ? (
        <Form.Item name="completedOn" label={t('plans.progress.completedLabel')}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      ) : null}
      <Form.Item name="narrative" label={t('plans.progress.narrative')}>
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 12 }}
          maxLength={10000}
          placeholder={t('plans.progress.narrativeHint')}
        />
      </Form.Item>
      <Form.List name="figures">
        {(fields, { add: addFigure, remove }) => (
          <Form.Item label={t('plans.progress.figures')} extra={t('plans.progress.figuresHelp')}>
            {fields.map((field) => (
              <Space.Compact key={field.key} block className="figure-row">
                <Form.Item
                  name={[field.name, 'label']}
                  noStyle
                  rules={[{ required: true, whitespace: true, message: t('form.required') }]}
                >
                  <Input
                    placeholder={t('plans.progress.figureLabel')}
                    aria-label={t('plans.progress.figureLabel')}
                    style={{ width: '50%' }}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'value']}
                  noStyle
                  rules={[{ required: true, message: t('form.required') }]}
                >
                  <InputNumber
                    min={0}
                    placeholder={t('plans.progress.figureValue')}
                    aria-label={t('plans.progress.figureValue')}
                    style={{ width: '25%' }}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'unit']} noStyle>
                  <Input
                    placeholder={t('plans.progress.figureUnit')}
                    aria-label={t('plans.progress.figureUnit')}
                    style={{ width: '25%' }}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('plans.progress.removeFigure')}
                />
              </Space.Compact>
            ))}
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => addFigure({})}>
              {t('plans.progress.addFigure')}
            </Button>
          </Form.Item>
        )}
      </Form.List>
      <Form.Item label={t('plans.progress.evidence')} extra={t('plans.progress.evidenceHelp')}>
        <Upload
          accept={EVIDENCE_ACCEPT}
          multiple
          fileList={files}
          beforeUpload={pick}
          onRemove={(file) => setFiles((list) => list.filter((f) => f.uid !== file.uid))}
        >
          <Button icon={<UploadOutlined />}>{t('plans.progress.chooseFiles')}</Button>
        </Upload>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="progress-submit">
        {t('plans.progress.submit')}
      </Button>
    </Form>
  );
}
