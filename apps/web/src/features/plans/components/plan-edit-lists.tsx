import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { UpdatePlanInput } from '@vte/contracts';
import { Button, Input } from 'antd';
import { t } from '../../../lib/i18n';
import { ReportingEntryFields } from './reporting-entry-fields';
import { TextListEditor } from './text-list-editor';

/** Form controls (value/onChange, as antd Form.Item passes them) for the plan's list parts. */

type TextListFieldProps = {
  id: string;
  value?: string[];
  onChange?: (items: string[]) => void;
  addLabel: string;
  itemLabel: (index: number) => string;
  multiline?: boolean;
  maxLength?: number;
};

export function TextListField({ value, onChange, ...rest }: TextListFieldProps) {
  return <TextListEditor items={value ?? []} onChange={(items) => onChange?.(items)} {...rest} />;
}

type Organisation = NonNullable<UpdatePlanInput['organisation']>;
type Reporting = NonNullable<UpdatePlanInput['reporting']>;

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button
      type="text"
      icon={<DeleteOutlined />}
      onClick={onClick}
      aria-label={t('plans.review.removeItem', { item: label })}
    />
  );
}

type ListProps<T> = { id?: string; value?: T; onChange?: (value: T) => void };

/** Section IV: each agency and what it is asked to do. */
export function OrganisationField({ id, value = [], onChange }: ListProps<Organisation>) {
  const set = (index: number, patch: Partial<Organisation[number]>) =>
    onChange?.(value.map((o, i) => (i === index ? { ...o, ...patch } : o)));
  return (
    <div className="text-list" id={id}>
      {value.map((item, index) => {
        const label = t('plans.review.organisationN', { n: index + 1 });
        return (
          <div className="edit-org-item" key={index}>
            <div className="text-list-item">
              <Input
                value={item.agency ?? ''}
                onChange={(e) => set(index, { agency: e.target.value || null })}
                placeholder={t('plans.field.orgAgency')}
                aria-label={`${label}: ${t('plans.field.orgAgency')}`}
                maxLength={300}
              />
              <RemoveButton label={label} onClick={() => onChange?.(value.filter((_o, i) => i !== index))} />
            </div>
            <Input.TextArea
              value={item.responsibilities}
              onChange={(e) => set(index, { responsibilities: e.target.value })}
              autoSize={{ minRows: 2, maxRows: 10 }}
              aria-label={`${label}: ${t('plans.field.orgResponsibilities')}`}
              className="review-gap"
            />
          </div>
        );
      })}
      <Button
        type="dashed"
        size="small"
        icon={<PlusOutlined />}
        onClick={() => onChange?.([...value, { agency: null, responsibilities: '' }])}
      >
        {t('plans.edit.addOrganisation')}
      </Button>
    </div>
  );
}

/** Section V: the reporting periods and their deadlines. */
export function ReportingField({ id, value = [], onChange }: ListProps<Reporting>) {
  const set = (index: number, patch: Partial<Reporting[number]>) =>
    onChange?.(value.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <div className="text-list" id={id}>
      {value.map((entry, index) => (
        <div className="text-list-item review-inline" key={index}>
          <ReportingEntryFields entry={entry} onChange={(patch) => set(index, patch)} />
          <RemoveButton
            label={t('plans.review.reportN', { n: index + 1 })}
            onClick={() => onChange?.(value.filter((_r, i) => i !== index))}
          />
        </div>
      ))}
      <Button
        type="dashed"
        size="small"
        icon={<PlusOutlined />}
        onClick={() => onChange?.([...value, { period: '', due: null, dueRule: 'before' }])}
      >
        {t('plans.review.addReport')}
      </Button>
    </div>
  );
}
