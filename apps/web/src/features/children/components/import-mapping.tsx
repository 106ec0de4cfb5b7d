import type { ChildImportDto } from '@vte/contracts';
import { Alert, Button, Card, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/errors';
import { t } from '../../../lib/i18n';
import { useSaveMapping } from '../api/imports';
import { IMPORT_FIELDS, fieldLabel } from '../lib/import-fields';

type ImportMappingProps = { preview: ChildImportDto; onDone: (next: ChildImportDto) => void };

/** header → field, inverted from the server's field → header; one field per column. */
const byHeader = (mapping: Record<string, string>) =>
  Object.fromEntries(Object.entries(mapping).map(([field, header]) => [header, field]));

/** Step 2: the columns as found, each with the field the server guessed; the user corrects the guess. */
export function ImportMapping({ preview, onDone }: ImportMappingProps) {
  const [choice, setChoice] = useState<Record<string, string | undefined>>(byHeader(preview.mapping));
  const save = useSaveMapping(preview.id);
  const taken = new Set(Object.values(choice).filter(Boolean));
  const submit = () => {
    const mapping: Record<string, string> = {};
    for (const [header, field] of Object.entries(choice)) if (field) mapping[field] = header;
    save.mutate(mapping, { onSuccess: onDone });
  };
  const missing = ['fullName', 'dob'].filter((field) => !taken.has(field));
  return (
    <Card>
      <Typography.Paragraph>{t('children.mapping.help', { file: preview.fileName })}</Typography.Paragraph>
      <Table
        rowKey="index"
        size="small"
        pagination={false}
        dataSource={preview.columns}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('children.mapping.column'), dataIndex: 'header' },
          {
            title: t('children.mapping.field'),
            key: 'field',
            render: (_v, column: { header: string }) => (
              <Select
                value={choice[column.header]}
                onChange={(field: string | undefined) => setChoice({ ...choice, [column.header]: field })}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('children.mapping.ignored')}
                className="filter-select"
                popupMatchSelectWidth={false}
                aria-label={column.header}
                data-testid={`mapping-${column.header}`}
                options={IMPORT_FIELDS.map((field) => ({
                  value: field,
                  label: fieldLabel(field),
                  disabled: taken.has(field) && choice[column.header] !== field,
                }))}
              />
            ),
          },
        ]}
      />
      {missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          className="children-gap"
          title={t('children.mapping.missing', { fields: missing.map(fieldLabel).join(', ') })}
        />
      ) : null}
      {save.isError ? <Alert type="error" showIcon title={errorMessage(save.error)} /> : null}
      <div className="import-actions">
        <Button type="primary" onClick={submit} loading={save.isPending} data-testid="mapping-confirm">
          {t('children.mapping.confirm')}
        </Button>
      </div>
    </Card>
  );
}
