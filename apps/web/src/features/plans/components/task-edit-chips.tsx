import { PlusOutlined } from '@ant-design/icons';
import { assignmentRoleLabels, type AssignmentDto } from '@vte/contracts';
import { Button, Popover, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../../lib/i18n';
import type { RegisterOption } from '../api/import';
import { AgencyChip } from './agency-chip';
import type { Resolution } from './import-model';
import { RegisterSearch } from './register-search';

type Role = AssignmentDto['role'];

/** A saved assignment already points at the register (or a group): start from that. */
export function resolutionsOf(assignments: AssignmentDto[]): Record<string, Resolution> {
  const out: Record<string, Resolution> = {};
  for (const a of assignments) {
    if (a.agencyId) out[a.writtenAs] ??= { type: 'agency', id: a.agencyId, name: a.name, how: 'exact' };
    else if (a.groupId) out[a.writtenAs] ??= { type: 'group', id: a.groupId, name: a.name, how: 'exact' };
    else out[a.writtenAs] ??= { type: 'create', name: a.name, kind: 'other', confirmed: false };
  }
  return out;
}

type AssigneeFieldProps = {
  id?: string;
  value?: string[];
  onChange?: (names: string[]) => void;
  role: Role;
  resolutions: Record<string, Resolution>;
  errorName: string | null;
  unitId: string;
  at: string;
  onOpen: (writtenAs: string) => void;
  /** A register entry picked from the search: its name becomes the written name. */
  onPick: (option: RegisterOption) => void;
  testId?: string;
};

/** Lead or partner agencies of a task as chips, with a register search to add (import review and task edit). */
export function AssigneeField({
  id,
  value = [],
  onChange,
  role,
  resolutions,
  errorName,
  unitId,
  at,
  onOpen,
  onPick,
  testId,
}: AssigneeFieldProps) {
  const [adding, setAdding] = useState(false);
  const roleLabel = assignmentRoleLabels[role];
  const addTitle = t('plans.review.addTitle', { role: roleLabel.toLowerCase() });
  const add = (option: RegisterOption | null) => {
    setAdding(false);
    if (!option) return;
    onPick(option);
    if (!value.includes(option.name)) onChange?.([...value, option.name]);
  };
  return (
    <div className="chip-list" id={id} data-testid={testId ?? `edit-chips-${role}`}>
      {value.map((name) => (
        <AgencyChip
          key={name}
          writtenAs={name}
          resolution={resolutions[name]}
          highlighted={errorName === name}
          onOpen={onOpen}
          onRemove={(writtenAs) => onChange?.(value.filter((n) => n !== writtenAs))}
          roleLabel={roleLabel}
        />
      ))}
      {value.length === 0 ? (
        <Typography.Text type={role === 'lead' ? 'danger' : 'secondary'}>
          {t(role === 'lead' ? 'plans.review.noLead' : 'plans.review.noPartners')}
        </Typography.Text>
      ) : null}
      <Popover
        open={adding}
        onOpenChange={setAdding}
        trigger="click"
        destroyOnHidden
        title={addTitle}
        content={
          <div className="chip-add-popover">
            <RegisterSearch
              unitId={unitId}
              at={at}
              onChange={add}
              autoFocus
              data-testid={`edit-add-${role}`}
            />
          </div>
        }
      >
        <Button size="small" type="dashed" icon={<PlusOutlined />} aria-label={addTitle}>
          {t('plans.review.add')}
        </Button>
      </Popover>
    </div>
  );
}
