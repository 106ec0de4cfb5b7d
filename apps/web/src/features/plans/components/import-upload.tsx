import { FileTextOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Select, Spin, Tabs, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import type { IdPickerProps } from '../../../lib/types';
import { usePreviewImport, type ImportPreview } from '../api/import';

export type UnitPickerComponent = (props: IdPickerProps & { at?: string }) => ReactNode;

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.docx,.txt';
const thisYear = new Date().getFullYear();
const yearOptions = Array.from({ length: 7 }, (_v, i) => thisYear + 1 - i).map((y) => ({
  value: y,
  label: String(y),
}));

type ImportUploadProps = {
  UnitPicker: UnitPickerComponent;
  defaultUnit: { id: string; name: string } | null;
  onParsed: (preview: ImportPreview, unitId: string, filename: string | undefined) => void;
};

/** Step 1: which unit's plan, and the document (a .docx/.txt file, or pasted text). Nothing is saved. */
export function ImportUpload({ UnitPicker, defaultUnit, onParsed }: ImportUploadProps) {
  const [unitId, setUnitId] = useState<string | null>(defaultUnit?.id ?? null);
  const [year, setYear] = useState(thisYear);
  const [mode, setMode] = useState<'file' | 'text'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const preview = usePreviewImport();

  const run = (chosen: File | null = file) => {
    setProblem(null);
    if (!unitId) return setProblem(t('plans.upload.unitRequired'));
    if (mode === 'text') {
      if (!text.trim()) return setProblem(t('plans.upload.textRequired'));
      preview.mutate({ unitId, text }, { onSuccess: (result) => onParsed(result, unitId, undefined) });
      return;
    }
    if (!chosen) return setProblem(t('plans.upload.fileRequired'));
    preview.mutate(
      { unitId, file: chosen },
      { onSuccess: (result) => onParsed(result, unitId, chosen.name) },
    );
  };

  const choose = (chosen: File) => {
    preview.reset();
    setProblem(null);
    const name = chosen.name.toLowerCase();
    if (!name.endsWith('.docx') && !name.endsWith('.txt')) {
      setFile(null);
      setProblem(t('plans.upload.wrongType'));
    } else if (chosen.size > MAX_BYTES) {
      setFile(null);
      setProblem(t('plans.upload.tooLarge'));
    } else {
      setFile(chosen);
      if (unitId) run(chosen);
    }
    return Upload.LIST_IGNORE;
  };

  const error = problem ?? (preview.isError ? errorMessage(preview.error) : null);
  return (
    <Card className="import-upload">
      <div className="filter-bar">
        <div className="filter-field filter-select">
          <label className="filter-label" htmlFor="import-year">
            {t('plans.upload.year')}
          </label>
          <Select id="import-year" value={year} onChange={setYear} options={yearOptions} />
        </div>
        <div className="filter-field filter-select-wide">
          <label className="filter-label" htmlFor="import-unit">
            {t('plans.upload.unit')}
          </label>
          <UnitPicker
            id="import-unit"
            value={unitId}
            onChange={setUnitId}
            at={year === thisYear ? undefined : `${year}-06-30`}
            valueLabel={unitId === defaultUnit?.id ? defaultUnit.name : undefined}
            data-testid="import-unit"
          />
        </div>
      </div>
      <Typography.Paragraph type="secondary">{t('plans.upload.yearHelp')}</Typography.Paragraph>
      <Tabs
        activeKey={mode}
        onChange={(key) => {
          setMode(key as 'file' | 'text');
          setProblem(null);
          preview.reset();
        }}
        items={[
          {
            key: 'file',
            label: t('plans.upload.tabFile'),
            children: (
              <Upload.Dragger
                accept={ACCEPT}
                multiple={false}
                showUploadList={false}
                beforeUpload={choose}
                disabled={preview.isPending}
                data-testid="plan-upload-input"
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t('plans.upload.drop')}</p>
                <p className="ant-upload-hint">{t('plans.upload.hint')}</p>
                {file ? (
                  <p className="upload-file" data-testid="upload-file">
                    <FileTextOutlined /> {file.name} ({formatNumber(Math.ceil(file.size / 1024))} KB)
                  </p>
                ) : null}
              </Upload.Dragger>
            ),
          },
          {
            key: 'text',
            label: t('plans.upload.tabText'),
            children: (
              <Input.TextArea
                value={text}
                onChange={(e) => setText(e.target.value)}
                rows={12}
                placeholder={t('plans.upload.textPlaceholder')}
                aria-label={t('plans.upload.tabText')}
                data-testid="plan-paste-text"
              />
            ),
          },
        ]}
      />
      {preview.isPending ? (
        <div className="upload-busy" role="status">
          <Spin /> <span>{t('plans.upload.reading')}</span>
        </div>
      ) : null}
      {error ? (
        <Alert type="error" showIcon title={error} className="upload-error" data-testid="upload-error" />
      ) : null}
      <div className="upload-actions">
        <Typography.Text type="secondary">{t('plans.upload.nothingSaved')}</Typography.Text>
        <Button type="primary" onClick={() => run()} loading={preview.isPending} data-testid="plan-preview">
          {t('plans.upload.extract')}
        </Button>
      </div>
    </Card>
  );
}
