import { InboxOutlined } from '@ant-design/icons';
import type { ChildImportDto } from '@vte/contracts';
import { Alert, Card, DatePicker, Spin, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../../../lib/errors';
import { DATE_FORMAT, fromDayjs, todayIso, toDayjs } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import type { IdPickerProps } from '../../../lib/types';
import { useUploadImport } from '../api/imports';

const MAX_BYTES = 30 * 1024 * 1024;
const ACCEPT = '.xlsx,.xls,.csv';

/** A unit picker that offers the units valid on a date (the list's as-of date). */
export type DatedUnitPicker = (props: IdPickerProps & { at?: string }) => ReactNode;

type ImportUploadProps = {
  UnitPicker: DatedUnitPicker;
  defaultUnitId: string | null;
  onPreview: (preview: ChildImportDto) => void;
};

/** Step 1: the unit whose list it is, the date the list speaks of, and the file. Nothing saved yet. */
export function ImportUpload({ UnitPicker, defaultUnitId, onPreview }: ImportUploadProps) {
  const [unitId, setUnitId] = useState<string | null>(defaultUnitId);
  const [asOf, setAsOf] = useState(todayIso());
  const [problem, setProblem] = useState<string | null>(null);
  const upload = useUploadImport();

  const choose = (file: File) => {
    upload.reset();
    setProblem(null);
    if (!unitId) setProblem(t('children.import.unitRequired'));
    else if (!/\.(xlsx|xls|csv)$/i.test(file.name)) setProblem(t('children.import.wrongType'));
    else if (file.size > MAX_BYTES) setProblem(t('children.import.tooLarge'));
    else upload.mutate({ unitId, asOf, file }, { onSuccess: onPreview });
    return Upload.LIST_IGNORE;
  };

  const error = problem ?? (upload.isError ? errorMessage(upload.error) : null);
  return (
    <Card>
      <div className="filter-bar">
        <div className="filter-field filter-select-wide">
          <label className="filter-label" htmlFor="children-import-unit">
            {t('children.import.unit')}
          </label>
          <UnitPicker
            id="children-import-unit"
            value={unitId}
            onChange={setUnitId}
            at={asOf}
            data-testid="children-import-unit"
          />
        </div>
        <div className="filter-field">
          <label className="filter-label" htmlFor="children-import-asof">
            {t('children.import.asOf')}
          </label>
          <DatePicker
            id="children-import-asof"
            value={toDayjs(asOf)}
            onChange={(value) => setAsOf(fromDayjs(value) ?? todayIso())}
            format={DATE_FORMAT}
            allowClear={false}
          />
        </div>
      </div>
      <Upload.Dragger
        accept={ACCEPT}
        beforeUpload={choose}
        showUploadList={false}
        multiple={false}
        disabled={upload.isPending}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('children.import.drop')}</p>
        <p className="ant-upload-hint">{t('children.import.dropHint')}</p>
      </Upload.Dragger>
      {upload.isPending ? (
        <div className="upload-busy" role="status">
          <Spin /> <span>{t('children.import.reading')}</span>
        </div>
      ) : null}
      {error ? (
        <Alert
          type="error"
          showIcon
          title={error}
          className="children-gap"
          data-testid="children-import-error"
        />
      ) : null}
      <Typography.Paragraph type="secondary">{t('children.import.privacy')}</Typography.Paragraph>
    </Card>
  );
}
